/// A figure by which an area (a municipality with its schools) can be compared with the others, as
/// the Map screen colours its tiles: each school's own value and the area's over its schools.
public enum AreaIndicator: String, CaseIterable, Sendable, Hashable {
    /// ЕГЭ Russian: the participant-weighted mean score.
    case russianMean
    /// ЕГЭ profile maths: the participant-weighted mean score.
    case profileMathMean
    /// Every ЕГЭ subject together: the share of participants below the year's minimum.
    case belowMinimumShare
    /// The share of schools carrying a flag of concern in the year (a school's value: how many).
    case flaggedShare
    /// The mean financing coefficient of the schools funded in the year.
    case financingCoefficient

    static let russian: Identifier<Subject> = "ege-rus"
    static let profileMath: Identifier<Subject> = "ege-math-profile"

    /// Whether the value is a share 0…1 (shown as a percentage).
    public var isShare: Bool { self == .belowMinimumShare || self == .flaggedShare }

    /// The value of school `org` (a dataset index) in `year`, nil where it has none.
    public func value(organisation org: Int, year: Int, index: RegionIndex, digest: RegionDigest) -> Double? {
        switch self {
        case .russianMean: return index.result(organisation: org, year: year, subject: Self.russian)?.mean
        case .profileMathMean: return index.result(organisation: org, year: year, subject: Self.profileMath)?.mean
        case .belowMinimumShare: return Self.egeTotal(index.results(organisation: org, year: year), index).belowMinimumShare
        case .flaggedShare:
            guard let slot = digest.years.firstIndex(of: year), org < digest.concernCounts[slot].count else { return nil }
            return Double(digest.concernCounts[slot][org])
        case .financingCoefficient: return index.financing(organisation: org, year: year)?.coefficient
        }
    }

    /// Every municipality's figure in `year`, by dataset index: a city's includes its districts'.
    /// Exam figures come from the index's aggregates; the others from one pass over the schools.
    public func figures(year: Int, index: RegionIndex, digest: RegionDigest) -> [AreaFigure] {
        let tree = index.administrative
        let nodes = tree.nodeOfMunicipality
        switch self {
        case .russianMean, .profileMathMean:
            let subject = self == .russianMean ? Self.russian : Self.profileMath
            return nodes.map { node in
                let total = node < 0 ? .empty : index.aggregate(node: node, in: .administrative, year: year, subject: subject)
                return AreaFigure(value: total.mean, basis: total.participants)
            }
        case .belowMinimumShare:
            let subjects = index.dataset.subjects.filter { $0.exam == .ege }.map(\.id)
            return nodes.map { node in
                var total = ExamAggregate.empty
                if node >= 0 {
                    for subject in subjects { total.add(index.aggregate(node: node, in: .administrative, year: year, subject: subject)) }
                }
                return AreaFigure(value: total.belowMinimumShare, basis: total.participants)
            }
        case .flaggedShare, .financingCoefficient:
            var sums = [Double](repeating: 0, count: nodes.count), counts = [Int](repeating: 0, count: nodes.count)
            for org in index.dataset.organisations.indices {
                guard let value = value(organisation: org, year: year, index: index, digest: digest) else { continue }
                let contribution = self == .flaggedShare ? (value > 0 ? 1.0 : 0.0) : value
                var node = tree.parents[max(0, tree.nodeOfOrganisation[org])]
                while node > Hierarchy.rootNode, case .municipality(let municipality) = tree.nodes[node] {
                    sums[municipality] += contribution
                    counts[municipality] += 1
                    node = tree.parents[node]
                }
            }
            return nodes.indices.map { AreaFigure(value: counts[$0] == 0 ? nil : sums[$0] / Double(counts[$0]), basis: counts[$0]) }
        }
    }

    /// The ЕГЭ results among `results` summed.
    private static func egeTotal(_ results: [ExamResult], _ index: RegionIndex) -> ExamAggregate {
        var total = ExamAggregate.empty
        for result in results where index.subject(result.subjectId)?.exam == .ege { total.add(ExamAggregate(result)) }
        return total
    }
}

/// An area's value of an `AreaIndicator` and what it rests on: participants for exam figures,
/// schools for the others.
public struct AreaFigure: Sendable, Hashable {
    public var value: Double?
    public var basis: Int

    public init(value: Double?, basis: Int) {
        self.value = value
        self.basis = basis
    }
}
