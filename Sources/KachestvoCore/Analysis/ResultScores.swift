import Foundation

/// How each organisation did relative to the region, year by year, on one comparable scale.
///
/// For every year and subject the region's distribution of school means (schools with at least
/// `minimumParticipants` candidates) gives a mean and a spread; a school's *standardised score* is
/// the participant-weighted mean over its subjects of (school mean − region mean) / spread. Its
/// *percentile* ranks that score among the year's scored schools (0 = lowest, 1 = highest).
public struct ResultScores: Sendable {
    /// Region mean and spread of school means for one year and subject.
    public struct SubjectStats: Hashable, Sendable {
        public var mean: Double
        public var spread: Double
        public var schools: Int
    }

    private let yearCount: Int
    private let subjectCount: Int
    /// `stats[year * subjectCount + subject]`.
    private let stats: [SubjectStats?]
    /// `standardised[org * yearCount + year]`, NaN when unscored.
    private let standardised: [Double]
    private let percentiles: [Double]

    init(dataset: Dataset, records: OrganisationRecords, yearCount: Int, subjectCount: Int, minimumParticipants: Int) {
        self.yearCount = yearCount
        self.subjectCount = subjectCount
        let results = dataset.examResults
        var sums = [(n: Int, sum: Double, squares: Double)](repeating: (0, 0, 0), count: yearCount * subjectCount)
        for (index, result) in results.enumerated() {
            let year = Int(records.resultYearSlot[index]), subject = Int(records.resultSubjectSlot[index])
            guard year >= 0, subject >= 0, result.participants >= minimumParticipants else { continue }
            let slot = year * subjectCount + subject
            sums[slot].n += 1
            sums[slot].sum += result.mean
            sums[slot].squares += result.mean * result.mean
        }
        let stats: [SubjectStats?] = sums.map { entry in
            guard entry.n >= 2 else { return nil }
            let mean = entry.sum / Double(entry.n)
            let variance = max(0, entry.squares / Double(entry.n) - mean * mean)
            let spread = variance.squareRoot()
            return spread > 1e-9 ? SubjectStats(mean: mean, spread: spread, schools: entry.n) : nil
        }
        self.stats = stats

        let organisationCount = dataset.organisations.count
        var weighted = [Double](repeating: 0, count: organisationCount * yearCount)
        var weights = [Int](repeating: 0, count: organisationCount * yearCount)
        for org in 0..<organisationCount {
            for resultIndex in records.results(of: org).map(Int.init) {
                let year = Int(records.resultYearSlot[resultIndex]), subject = Int(records.resultSubjectSlot[resultIndex])
                guard year >= 0, subject >= 0, let subjectStats = stats[year * subjectCount + subject] else { continue }
                let result = results[resultIndex]
                let cell = org * yearCount + year
                weighted[cell] += Double(result.participants) * (result.mean - subjectStats.mean) / subjectStats.spread
                weights[cell] += result.participants
            }
        }
        var standardised = [Double](repeating: .nan, count: organisationCount * yearCount)
        for cell in standardised.indices where weights[cell] >= minimumParticipants {
            standardised[cell] = weighted[cell] / Double(weights[cell])
        }
        self.standardised = standardised
        percentiles = ResultScores.percentiles(of: standardised, organisations: organisationCount, years: yearCount)
    }

    private static func percentiles(of scores: [Double], organisations: Int, years: Int) -> [Double] {
        var result = [Double](repeating: .nan, count: scores.count)
        for year in 0..<years {
            let scored = (0..<organisations).filter { !scores[$0 * years + year].isNaN }
            let ranked = scored.sorted { scores[$0 * years + year] < scores[$1 * years + year] }
            let denominator = Double(max(1, ranked.count - 1))
            for (rank, org) in ranked.enumerated() {
                result[org * years + year] = ranked.count == 1 ? 0.5 : Double(rank) / denominator
            }
        }
        return result
    }

    public func subjectStats(yearSlot: Int, subjectSlot: Int) -> SubjectStats? {
        stats[yearSlot * subjectCount + subjectSlot]
    }

    /// The standardised score, or nil when the school had too few candidates that year.
    public func score(organisation: Int, yearSlot: Int) -> Double? {
        let value = standardised[organisation * yearCount + yearSlot]
        return value.isNaN ? nil : value
    }

    public func percentile(organisation: Int, yearSlot: Int) -> Double? {
        let value = percentiles[organisation * yearCount + yearSlot]
        return value.isNaN ? nil : value
    }
}
