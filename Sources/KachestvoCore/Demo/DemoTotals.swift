/// Participant-weighted totals of the generated results, by group (0 = the region, 1 + k = the subtree
/// of КЦ number k), subject (index into `DemoSubjects.all`) and year; used for forecasts and reasons.
struct DemoTotals {
    private static let groups = 1 + DemoNetwork.consultingCentres.count
    private var participants: [Int]
    private var meanSum: [Double]
    private var below: [Int]

    init() {
        let cells = Self.groups * DemoSubjects.all.count * DemoSubjects.years.count
        participants = Array(repeating: 0, count: cells)
        meanSum = Array(repeating: 0, count: cells)
        below = Array(repeating: 0, count: cells)
    }

    private func cell(group: Int, subject: Int, year: Int) -> Int {
        (group * DemoSubjects.all.count + subject) * DemoSubjects.years.count + year - DemoSubjects.years[0]
    }

    /// Counts one result into the region and into its КЦ's subtree.
    mutating func add(_ result: ExamResult, subject: Int, consultingCentre: Int) {
        for group in [0, 1 + consultingCentre] {
            let index = cell(group: group, subject: subject, year: result.year)
            participants[index] += result.participants
            meanSum[index] += result.mean * Double(result.participants)
            below[index] += result.belowMinimum
        }
    }

    /// Participant-weighted mean; the region when `consultingCentre` is nil.
    func mean(subject: Int, year: Int, consultingCentre: Int? = nil) -> Double {
        let index = cell(group: consultingCentre.map { $0 + 1 } ?? 0, subject: subject, year: year)
        return participants[index] == 0 ? 0 : meanSum[index] / Double(participants[index])
    }

    /// Share of participants below the minimum, 0…1.
    func belowShare(subject: Int, year: Int, consultingCentre: Int? = nil) -> Double {
        let index = cell(group: consultingCentre.map { $0 + 1 } ?? 0, subject: subject, year: year)
        return participants[index] == 0 ? 0 : Double(below[index]) / Double(participants[index])
    }
}
