import Dispatch

/// The model layer every screen reads: a dataset plus everything derived from it once at load —
/// lookups by id, the two hierarchies, aggregates of every inner node, standardised scores and
/// flags. Nothing here is recomputed per keystroke.
public struct RegionIndex: Sendable {
    public internal(set) var dataset: Dataset
    public let organisationIndex: [Identifier<Organisation>: Int]
    public let municipalityIndex: [Identifier<Municipality>: Int]
    public let subjectIndex: [Identifier<Subject>: Int]
    /// Years with data, oldest first; `yearIndex[year]` is the year's slot.
    public let years: [Int]
    public let yearIndex: [Int: Int]
    public internal(set) var network: Hierarchy
    public internal(set) var administrative: Hierarchy
    /// Each municipality's and organisation's place in name order, by which both trees are sorted.
    public let namePlaces: NamePlaces
    public internal(set) var scores: ResultScores
    var records: OrganisationRecords
    var networkAggregates: AggregateTable
    var administrativeAggregates: AggregateTable
    /// `flagTable[yearSlot * organisationCount + org]`.
    var flagTable: [[FlagFinding]]
    /// The support cases of each organisation, as positions in `dataset.supportCases`.
    var supportCaseIndices: [Int: [Int]]

    public init(_ dataset: Dataset) {
        self.init(dataset, names: NamePlaces(dataset))
    }

    /// The index of `dataset` taking the names' order from `earlier` (the outline's index, shown while
    /// the records loaded) when both have the same organisations and municipalities, instead of
    /// collating every name again.
    public init(_ dataset: Dataset, namesOf earlier: RegionIndex) {
        let same = earlier.dataset.organisations == dataset.organisations && earlier.dataset.municipalities == dataset.municipalities
        self.init(dataset, names: same ? earlier.namePlaces : NamePlaces(dataset))
    }

    /// The index with the names' order already known (a snapshot's digest holds it), and its inner
    /// nodes' aggregates starting from `aggregates` where they fit (a digest's, for an outline).
    private init(_ dataset: Dataset, names: NamePlaces, aggregates: InnerAggregates? = nil) {
        self.dataset = dataset
        namePlaces = names
        // The organisations' lookup beside the municipalities' and the administrative tree; then the
        // network tree beside the results' slots in two halves; then the two aggregate tables and the
        // scores — each step on both cores.
        let (organisationIndex, (municipalityIndex, administrative, years)) = Concurrently.run(
            { Dictionary(firstPositionsOf: dataset.organisations.map(\.id)) },
            {
                let municipalityIndex = Dictionary(firstPositionsOf: dataset.municipalities.map(\.id))
                return (municipalityIndex, HierarchyBuilder.administrative(dataset, municipalityIndex: municipalityIndex, names: names),
                        RegionIndex.years(of: dataset))
            })
        let subjectIndex = Dictionary(firstPositionsOf: dataset.subjects.map(\.id))
        (self.organisationIndex, self.municipalityIndex, self.subjectIndex) = (organisationIndex, municipalityIndex, subjectIndex)
        self.years = years
        let yearIndex = Dictionary(uniqueKeysWithValues: years.enumerated().map { ($1, $0) })
        self.yearIndex = yearIndex
        let (parts, network) = ResultSlots.halves(
            of: dataset, organisationIndex: organisationIndex, yearIndex: yearIndex, subjectIndex: subjectIndex,
            besides: { HierarchyBuilder.network(dataset, organisationIndex: organisationIndex, names: names) })
        let records = OrganisationRecords(dataset, parts: parts, organisationIndex: organisationIndex, yearIndex: yearIndex)
        (self.network, self.administrative, self.records) = (network, administrative, records)
        let subjectCount = subjectIndex.count, yearCount = years.count
        (networkAggregates, administrativeAggregates, scores) = Concurrently.run(
            { RegionIndex.aggregates(of: dataset, records: records, tree: network, yearCount: yearCount, subjectCount: subjectCount,
                                     from: aggregates?.network) },
            { RegionIndex.aggregates(of: dataset, records: records, tree: administrative, yearCount: yearCount, subjectCount: subjectCount,
                                     from: aggregates?.administrative) },
            { ResultScores(dataset: dataset, records: records, yearCount: yearCount, subjectCount: subjectCount,
                           minimumParticipants: dataset.thresholds.minimumParticipants) })
        supportCaseIndices = RegionIndex.supportCaseIndices(of: dataset.supportCases, organisationIndex: organisationIndex)
        flagTable = []
        flagTable = FlagEngine.canFire(in: dataset)
            ? RegionIndex.evaluateFlags(FlagEngine(index: self), organisations: dataset.organisations.count, years: years.count)
            : [[FlagFinding]](repeating: [], count: dataset.organisations.count * years.count)
    }

    /// The index of an outline (a dataset without its records) with what the full dataset's digest
    /// knows: its inner nodes carry the digest's aggregates, so groups show their figures before the
    /// records are read, and its trees take the digest's name order instead of collating every name.
    /// Aggregates or places that do not fit the outline are ignored.
    public init(_ outline: Dataset, digest: RegionDigest) {
        self.init(outline, names: digest.names.fits(outline) ? digest.names : NamePlaces(outline), aggregates: digest.aggregates)
    }

    /// The aggregates of every inner node of both trees, for a digest.
    public var innerAggregates: InnerAggregates {
        InnerAggregates(network: networkAggregates.cells, administrative: administrativeAggregates.cells)
    }

    /// The support cases of each organisation, as positions in `cases`.
    static func supportCaseIndices(of cases: [SupportCase], organisationIndex: [Identifier<Organisation>: Int]) -> [Int: [Int]] {
        var indices: [Int: [Int]] = [:]
        for (index, supportCase) in cases.enumerated() {
            guard let org = organisationIndex[supportCase.organisationId] else { continue }
            indices[org, default: []].append(index)
        }
        return indices
    }

    /// The years listed or with results, oldest first; results come in runs of one year, so only
    /// a change of year is hashed.
    private static func years(of dataset: Dataset) -> [Int] {
        var years = Set(dataset.academicYears.map(\.year))
        var previous: Int?
        // Read in place: copying each result out of the array costs more than looking at its year.
        dataset.examResults.withBuffers(in: dataset.examResults.indices) { results, _ in
            for index in results.indices where results[index].year != previous {
                years.insert(results[index].year)
                previous = results[index].year
            }
        }
        return years.sorted()
    }

    /// The aggregate table of one tree, every result added along its school's path to `cells` (zeros when
    /// nil or of another shape).
    private static func aggregates(of dataset: Dataset, records: OrganisationRecords, tree: Hierarchy,
                                   yearCount: Int, subjectCount: Int, from cells: [ExamAggregate]?) -> AggregateTable {
        var table = AggregateTable(hierarchy: tree, yearCount: yearCount, subjectCount: subjectCount, cells: cells)
        for org in dataset.organisations.indices {
            for index in records.results(of: org).map(Int.init) {
                let year = Int(records.resultYearSlot[index]), subject = Int(records.resultSubjectSlot[index])
                guard year >= 0, subject >= 0 else { continue }
                table.apply(ExamAggregate(dataset.examResults[index]), at: tree.nodeOfOrganisation[org], in: tree,
                            yearSlot: year, subjectSlot: subject)
            }
        }
        return table
    }

    /// Every organisation's flags for every year, on all cores: each (year, organisation) is
    /// evaluated on its own, from the finished scores.
    private static func evaluateFlags(_ engine: FlagEngine, organisations: Int, years: Int) -> [[FlagFinding]] {
        let count = organisations * years
        let chunk = 512
        return [[FlagFinding]](unsafeUninitializedCapacity: count) { buffer, initialised in
            nonisolated(unsafe) let table = buffer
            DispatchQueue.concurrentPerform(iterations: (count + chunk - 1) / chunk) { part in
                for cell in (part * chunk)..<min(count, (part + 1) * chunk) {
                    (table.baseAddress! + cell).initialize(to: engine.evaluate(organisation: cell % organisations, yearSlot: cell / organisations))
                }
            }
            initialised = count
        }
    }

    public func hierarchy(_ view: Hierarchy.View) -> Hierarchy {
        view == .network ? network : administrative
    }

    // MARK: Lookups

    public func organisation(_ id: Identifier<Organisation>) -> Organisation? {
        organisationIndex[id].map { dataset.organisations[$0] }
    }

    public func municipality(_ id: Identifier<Municipality>) -> Municipality? {
        municipalityIndex[id].map { dataset.municipalities[$0] }
    }

    public func subject(_ id: Identifier<Subject>) -> Subject? {
        subjectIndex[id].map { dataset.subjects[$0] }
    }

    /// The latest year with data, if any.
    public var latestYear: Int? { years.last }

    /// All results of one organisation in one year, in subject order.
    public func results(organisation org: Int, year: Int) -> [ExamResult] {
        guard let yearSlot = yearIndex[year] else { return [] }
        return records.results(of: org, yearSlot: yearSlot).map { dataset.examResults[$0] }
    }

    public func result(organisation org: Int, year: Int, subject: Identifier<Subject>) -> ExamResult? {
        guard let yearSlot = yearIndex[year], let subjectSlot = subjectIndex[subject],
              let index = records.result(of: org, yearSlot: yearSlot, subjectSlot: subjectSlot) else { return nil }
        return dataset.examResults[index]
    }

    public func financing(organisation org: Int, year: Int) -> Financing? {
        guard let slot = yearIndex[year], let index = records.financing(of: org, yearSlot: slot) else { return nil }
        return dataset.financing[index]
    }

    /// The risk profile for the year, or the latest one before it.
    public func riskProfile(organisation org: Int, year: Int) -> RiskProfile? {
        guard let latest = years.lastIndex(where: { $0 <= year }) else { return nil }
        return riskProfile(organisation: org, yearSlot: latest)
    }

    /// The risk profile for the year slot, or the latest one before it.
    func riskProfile(organisation org: Int, yearSlot: Int) -> RiskProfile? {
        records.latestRisk(of: org, upTo: yearSlot).map { dataset.riskProfiles[$0] }
    }

    public func supportCases(organisation org: Int) -> [SupportCase] {
        (supportCaseIndices[org] ?? []).map { dataset.supportCases[$0] }
    }

    public func flags(organisation org: Int, year: Int) -> [FlagFinding] {
        let count = dataset.organisations.count
        guard let slot = yearIndex[year], org >= 0, org < count else { return [] }
        return flagTable[slot * count + org]
    }

    /// Organisations carrying `flag` in `year`, in dataset order.
    public func organisations(flagged flag: Flag, year: Int) -> [Int] {
        let count = dataset.organisations.count
        guard let slot = yearIndex[year] else { return [] }
        return (0..<count).filter { flagTable[slot * count + $0].contains { $0.flag == flag } }
    }

    // MARK: Aggregates

    /// Exam figures of a node's whole subtree (or a school's own result) for one year and subject.
    public func aggregate(node: Int, in view: Hierarchy.View, year: Int, subject: Identifier<Subject>) -> ExamAggregate {
        guard let yearSlot = yearIndex[year], let subjectSlot = subjectIndex[subject] else { return .empty }
        let table = view == .network ? networkAggregates : administrativeAggregates
        if let stored = table.stored(node: node, yearSlot: yearSlot, subjectSlot: subjectSlot) { return stored }
        guard case .organisation(let org) = hierarchy(view).nodes[node],
              let index = records.result(of: org, yearSlot: yearSlot, subjectSlot: subjectSlot) else { return .empty }
        return ExamAggregate(dataset.examResults[index])
    }

    /// The region's figures for one year and subject.
    public func regionAggregate(year: Int, subject: Identifier<Subject>) -> ExamAggregate {
        aggregate(node: Hierarchy.rootNode, in: .network, year: year, subject: subject)
    }
}
