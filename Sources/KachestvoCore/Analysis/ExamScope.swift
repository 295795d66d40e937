/// The part of the region an exam table is taken over — the region, a КЦ or УМЦ with its network, a
/// municipality, or one school: a node of one of the two trees, held by identity so that it
/// survives a new model. A КЦ in the network tree stands for its whole network; the same
/// organisation in the administrative tree is the school alone.
public struct ExamScope: Hashable, Sendable {
    public var key: NodeKey
    public var view: Hierarchy.View

    public init(key: NodeKey, view: Hierarchy.View) {
        self.key = key
        self.view = view
    }

    public static let region = ExamScope(key: .region, view: .network)

    public var isRegion: Bool { key == .region }
}

/// One organisation's result within a scope, with the organisation's place in the dataset.
public struct ScopedResult: Hashable, Sendable {
    public var organisation: Int
    public var result: ExamResult

    public init(organisation: Int, result: ExamResult) {
        self.organisation = organisation
        self.result = result
    }
}

extension RegionIndex {
    /// The node `scope` names, or nil when its tree has no such node (a removed school).
    public func node(of scope: ExamScope) -> Int? { node(for: scope.key, in: scope.view) }

    /// The scope one level up in its own tree (school → УМЦ → КЦ → region, or school → city district
    /// → ГО → region); nil for the region and for a scope that is not in the tree.
    public func parent(of scope: ExamScope) -> ExamScope? {
        guard let node = node(of: scope), let parent = hierarchy(scope.view).parent(of: node) else { return nil }
        return ExamScope(key: key(of: parent, in: scope.view), view: scope.view)
    }

    /// The figures of the whole scope (as the aggregate table keeps them); empty when it is not there.
    public func aggregate(of scope: ExamScope, year: Int, subject: Identifier<Subject>) -> ExamAggregate {
        guard let node = node(of: scope) else { return .empty }
        return aggregate(node: node, in: scope.view, year: year, subject: subject)
    }

    /// Every organisation of the scope — its centres included, as in the aggregates — with its result
    /// in `subject` for `year`, in tree order; organisations without one are left out. Together they
    /// add up to `aggregate(of:year:subject:)`.
    public func results(in scope: ExamScope, year: Int, subject: Identifier<Subject>) -> [ScopedResult] {
        guard let node = node(of: scope), let yearSlot = yearIndex[year], let subjectSlot = subjectIndex[subject] else { return [] }
        let tree = hierarchy(scope.view)
        var found: [ScopedResult] = []
        tree.forEachInSubtree(of: node) { current in
            guard case .organisation(let org) = tree.nodes[current],
                  let index = records.result(of: org, yearSlot: yearSlot, subjectSlot: subjectSlot) else { return }
            found.append(ScopedResult(organisation: org, result: dataset.examResults[index]))
        }
        return found
    }
}

extension RegionIndex {
    /// The histogram of school means of every subject of `subjects` within the scope for `year`, in
    /// one walk over the scope's organisations (each bins its own mean once, whatever the pupils).
    public func meanHistograms(in scope: ExamScope, year: Int,
                               subjects: [Identifier<Subject>]) -> [Identifier<Subject>: ScoreHistogram] {
        guard let node = node(of: scope), let yearSlot = yearIndex[year] else { return [:] }
        var wanted = [Int](repeating: -1, count: dataset.subjects.count)
        for (position, subject) in subjects.enumerated() {
            if let slot = subjectIndex[subject] { wanted[slot] = position }
        }
        var means = [[Double]](repeating: [], count: subjects.count)
        let tree = hierarchy(scope.view)
        tree.forEachInSubtree(of: node) { current in
            guard case .organisation(let org) = tree.nodes[current] else { return }
            for index in records.results(of: org).map(Int.init) where Int(records.resultYearSlot[index]) == yearSlot {
                let slot = Int(records.resultSubjectSlot[index])
                if slot >= 0, wanted[slot] >= 0 { means[wanted[slot]].append(dataset.examResults[index].mean) }
            }
        }
        var histograms: [Identifier<Subject>: ScoreHistogram] = [:]
        for (position, id) in subjects.enumerated() {
            guard let subject = subject(id) else { continue }
            histograms[id] = ScoreHistogram(values: means[position], scale: subject.scale)
        }
        return histograms
    }
}
