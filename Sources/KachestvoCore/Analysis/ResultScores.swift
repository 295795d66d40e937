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
    private var standardised: [Double]
    private var percentiles: [Double]
    /// `participation[org * yearCount + year]`: candidates and those below the minimum over all the
    /// organisation's results of the year, summed in the same pass as its score.
    private var participation: [Participation]
    /// Per year, the scored organisations in rank order: what a percentile counts.
    private var ranked: [[RankedScore]]
    private let minimumParticipants: Int

    /// Candidates of one organisation in one year, over every subject, and how many of them scored
    /// below the minimum.
    public struct Participation: Hashable, Sendable {
        public var participants: Int
        public var belowMinimum: Int
    }

    /// A score and its organisation, ordered by score, then organisation (ties rank in dataset order).
    private struct RankedScore: Comparable {
        var score: Double
        var organisation: Int32

        static func < (lhs: RankedScore, rhs: RankedScore) -> Bool {
            (lhs.score, lhs.organisation) < (rhs.score, rhs.organisation)
        }
    }

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

        self.minimumParticipants = minimumParticipants
        let organisationCount = dataset.organisations.count
        var standardised = [Double](repeating: .nan, count: organisationCount * yearCount)
        var participation = [Participation](repeating: Participation(participants: 0, belowMinimum: 0), count: organisationCount * yearCount)
        for org in 0..<organisationCount {
            Self.standardise(organisation: org, results: results, records: records, stats: stats, subjectCount: subjectCount,
                             minimumParticipants: minimumParticipants, into: &standardised, participation: &participation)
        }
        self.standardised = standardised
        self.participation = participation
        ranked = (0..<yearCount).map { year in
            (0..<organisationCount).compactMap { org in
                let score = standardised[org * yearCount + year]
                return score.isNaN ? nil : RankedScore(score: score, organisation: Int32(org))
            }.sorted()
        }
        var percentiles = [Double](repeating: .nan, count: organisationCount * yearCount)
        for (year, scored) in ranked.enumerated() {
            for (rank, entry) in scored.enumerated() {
                percentiles[Int(entry.organisation) * yearCount + year] = Self.percentile(rank: rank, of: scored.count)
            }
        }
        self.percentiles = percentiles
    }

    /// Writes one organisation's standardised score of every year (NaN when unscored) and its
    /// participation into its cells.
    private static func standardise(organisation org: Int, results: ChunkedArray<ExamResult>, records: OrganisationRecords,
                                    stats: [SubjectStats?], subjectCount: Int, minimumParticipants: Int,
                                    into standardised: inout [Double], participation: inout [Participation]) {
        let yearCount = records.yearCount
        let cells = (org * yearCount)..<((org + 1) * yearCount)
        for cell in cells { participation[cell] = Participation(participants: 0, belowMinimum: 0) }
        withUnsafeTemporaryAllocation(of: (weighted: Double, weight: Int).self, capacity: yearCount) { sums in
            sums.initialize(repeating: (0, 0))
            for resultIndex in records.results(of: org).map(Int.init) {
                let year = Int(records.resultYearSlot[resultIndex]), subject = Int(records.resultSubjectSlot[resultIndex])
                guard year >= 0 else { continue }
                let result = results[resultIndex]
                participation[org * yearCount + year].participants += result.participants
                participation[org * yearCount + year].belowMinimum += result.belowMinimum
                guard subject >= 0, let subjectStats = stats[year * subjectCount + subject] else { continue }
                sums[year].weighted += Double(result.participants) * (result.mean - subjectStats.mean) / subjectStats.spread
                sums[year].weight += result.participants
            }
            for year in 0..<yearCount {
                standardised[org * yearCount + year] = sums[year].weight >= minimumParticipants
                    ? sums[year].weighted / Double(sums[year].weight) : .nan
            }
        }
    }

    private static func percentile(rank: Int, of count: Int) -> Double {
        count == 1 ? 0.5 : Double(rank) / Double(count - 1)
    }

    /// Recomputes one organisation's scores and percentiles after its results changed, with the
    /// region's statistics as they are; the other organisations' percentiles stay as they were.
    mutating func rescore(organisation org: Int, results: ChunkedArray<ExamResult>, records: OrganisationRecords) {
        let before = Array(standardised[(org * yearCount)..<((org + 1) * yearCount)])
        Self.standardise(organisation: org, results: results, records: records, stats: stats, subjectCount: subjectCount,
                         minimumParticipants: minimumParticipants, into: &standardised, participation: &participation)
        for year in 0..<yearCount {
            let cell = org * yearCount + year
            if !before[year].isNaN {
                let old = RankedScore(score: before[year], organisation: Int32(org))
                let position = Self.rank(of: old, in: ranked[year])
                if position < ranked[year].count, ranked[year][position] == old { ranked[year].remove(at: position) }
            }
            guard !standardised[cell].isNaN else {
                percentiles[cell] = .nan
                continue
            }
            let entry = RankedScore(score: standardised[cell], organisation: Int32(org))
            let rank = Self.rank(of: entry, in: ranked[year])
            ranked[year].insert(entry, at: rank)
            percentiles[cell] = Self.percentile(rank: rank, of: ranked[year].count)
        }
    }

    /// How many entries of the sorted `scored` precede `entry` (binary search).
    private static func rank(of entry: RankedScore, in scored: [RankedScore]) -> Int {
        var low = 0, high = scored.count
        while low < high {
            let middle = (low + high) / 2
            if scored[middle] < entry { low = middle + 1 } else { high = middle }
        }
        return low
    }

    public func subjectStats(yearSlot: Int, subjectSlot: Int) -> SubjectStats? {
        stats[yearSlot * subjectCount + subjectSlot]
    }

    /// The standardised score, or nil when the school had too few candidates that year.
    public func score(organisation: Int, yearSlot: Int) -> Double? {
        let value = standardised[organisation * yearCount + yearSlot]
        return value.isNaN ? nil : value
    }

    /// Candidates of the organisation in the year over all its results, and how many were below the minimum.
    public func participation(organisation: Int, yearSlot: Int) -> Participation {
        participation[organisation * yearCount + yearSlot]
    }

    public func percentile(organisation: Int, yearSlot: Int) -> Double? {
        let value = percentiles[organisation * yearCount + yearSlot]
        return value.isNaN ? nil : value
    }
}
