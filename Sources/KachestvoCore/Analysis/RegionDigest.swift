/// The figures the dashboard's columns and group panes show, derived once from a full index: for
/// every organisation and year its mean in the headline subject and how many concern and positive
/// flags it carries, and the exam aggregates of every inner node of both trees. Small beside the
/// records it comes from, so a data file's snapshot keeps it in front: a reopened file shows every
/// one of these figures before its records are read (`RegionIndex(_:digest:)`), its trees in the
/// name order kept here.
public struct RegionDigest: Sendable {
    /// Years with data, oldest first — the slots of the arrays below.
    public let years: [Int]
    /// The subject whose mean the columns show next to each name (ЕГЭ Russian when present).
    public let headlineSubject: Identifier<Subject>?
    /// `[yearSlot][organisation]`: the organisation's own mean in the headline subject, NaN when none.
    public internal(set) var headlineMeans: [[Double]]
    /// `[yearSlot][organisation]`: flags that call for attention (not `isPositive`).
    public internal(set) var concernCounts: [[UInt8]]
    /// `[yearSlot][organisation]`: positive flags (stable high, effective without extra funding).
    public internal(set) var positiveCounts: [[UInt8]]
    /// The aggregates of the inner nodes of both trees, as the index keeps them.
    public internal(set) var aggregates: InnerAggregates
    /// Where each name stands in name order.
    public let names: NamePlaces

    /// The digest of a full index.
    public init(_ index: RegionIndex) {
        years = index.years
        let subject = Self.headlineSubject(of: index.dataset.subjects)
        headlineSubject = subject
        let organisations = index.dataset.organisations.indices
        let hasResults = !index.dataset.examResults.isEmpty
        let subjectSlot = subject.flatMap { index.subjectIndex[$0] }
        let (records, results, yearCount) = (index.records, index.dataset.examResults, index.years.count)
        let flags = index.flagTable, count = organisations.count
        // The means in one pass over each school's results (an outline has none to look at), beside the
        // flag counts on the other core.
        (headlineMeans, (concernCounts, positiveCounts)) = Concurrently.run({
            var means = [[Double]](repeating: [Double](repeating: .nan, count: count), count: yearCount)
            guard hasResults, let subjectSlot else { return means }
            for org in organisations {
                for result in records.results(of: org).map(Int.init) where records.resultSubjectSlot[result] == subjectSlot {
                    let yearSlot = Int(records.resultYearSlot[result])
                    if yearSlot >= 0, means[yearSlot][org].isNaN { means[yearSlot][org] = results[result].mean }
                }
            }
            return means
        }, {
            (((0..<yearCount).map { slot in organisations.map { Self.count(flags[slot * count + $0], positive: false) } }),
             ((0..<yearCount).map { slot in organisations.map { Self.count(flags[slot * count + $0], positive: true) } }))
        })
        aggregates = index.innerAggregates
        names = index.namePlaces
    }

    /// A digest read back as `init(_:)` made it; the store checks that its shape fits the outline.
    public init(years: [Int], headlineSubject: Identifier<Subject>?, headlineMeans: [[Double]],
                concernCounts: [[UInt8]], positiveCounts: [[UInt8]], aggregates: InnerAggregates, names: NamePlaces) {
        self.years = years
        self.headlineSubject = headlineSubject
        self.headlineMeans = headlineMeans
        self.concernCounts = concernCounts
        self.positiveCounts = positiveCounts
        self.aggregates = aggregates
        self.names = names
    }

    /// The subject the columns show: ЕГЭ Russian, else the first 100-point ЕГЭ subject, else the first.
    public static func headlineSubject(of subjects: [Subject]) -> Identifier<Subject>? {
        subjects.first { $0.id.rawValue == "ege-rus" }?.id
            ?? subjects.first { $0.exam == .ege && $0.scale == .score100 }?.id
            ?? subjects.first?.id
    }

    /// Whether the digest describes an index of `organisations` organisations over `years`, with
    /// aggregate tables of the shapes `index` expects.
    public func fits(_ index: RegionIndex) -> Bool {
        let count = index.dataset.organisations.count
        return years == index.years && headlineSubject == Self.headlineSubject(of: index.dataset.subjects)
            && [headlineMeans.count, concernCounts.count, positiveCounts.count].allSatisfy { $0 == years.count }
            && headlineMeans.allSatisfy { $0.count == count } && concernCounts.allSatisfy { $0.count == count }
            && positiveCounts.allSatisfy { $0.count == count } && index.innerAggregates.hasShape(of: aggregates)
    }

    /// Takes organisation `org`'s figures anew from `index` after an edit, with the inner aggregates.
    public mutating func refresh(organisation org: Int, from index: RegionIndex) {
        for (slot, year) in years.enumerated() {
            headlineMeans[slot][org] = headlineSubject.flatMap { index.result(organisation: org, year: year, subject: $0)?.mean } ?? .nan
            let flags = index.flags(organisation: org, year: year)
            concernCounts[slot][org] = Self.count(flags, positive: false)
            positiveCounts[slot][org] = Self.count(flags, positive: true)
        }
        aggregates = index.innerAggregates
    }

    private static func count(_ findings: [FlagFinding], positive: Bool) -> UInt8 {
        UInt8(min(Int(UInt8.max), findings.reduce(0) { $0 + ($1.flag.isPositive == positive ? 1 : 0) }))
    }
}

/// The exam aggregates of every inner node (region, КЦ, УМЦ, municipalities) of both trees, for every
/// year and subject, in the order the index's tables keep them.
public struct InnerAggregates: Sendable, Equatable {
    public var network: [ExamAggregate]
    public var administrative: [ExamAggregate]

    public init(network: [ExamAggregate], administrative: [ExamAggregate]) {
        self.network = network
        self.administrative = administrative
    }

    func hasShape(of other: InnerAggregates) -> Bool {
        network.count == other.network.count && administrative.count == other.administrative.count
    }
}
