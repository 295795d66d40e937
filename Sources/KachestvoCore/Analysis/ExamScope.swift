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
    /// in `subject` for `year`, in dataset order; organisations without one are left out. Together
    /// they add up to `aggregate(of:year:subject:)`.
    public func results(in scope: ExamScope, year: Int, subject: Identifier<Subject>) -> [ScopedResult] {
        guard let subjectSlot = subjectIndex[subject] else { return [] }
        var found: [ScopedResult] = []
        forEachResult(in: scope, year: year) { org, index in
            if Int(records.resultSubjectSlot[index]) == subjectSlot {
                found.append(ScopedResult(organisation: org, result: dataset.examResults[index]))
            }
        }
        return found
    }

    /// Calls `body` with each organisation of the scope and the index of each of its results in
    /// `year`. The scope's organisations are marked from its subtree, then visited in dataset order,
    /// so that the result arrays are read front to back rather than in the tree's name order.
    func forEachResult(in scope: ExamScope, year: Int, _ body: (_ organisation: Int, _ result: Int) -> Void) {
        guard let node = node(of: scope), let yearSlot = yearIndex[year] else { return }
        let tree = hierarchy(scope.view)
        var inScope = [Bool](repeating: false, count: dataset.organisations.count)
        tree.forEachInSubtree(of: node) { current in
            if case .organisation(let org) = tree.nodes[current] { inScope[org] = true }
        }
        for org in inScope.indices where inScope[org] {
            for index in records.results(of: org) where Int(records.resultYearSlot[Int(index)]) == yearSlot {
                body(org, Int(index))
            }
        }
    }
}

extension RegionIndex {
    /// The histogram of school means of every subject of `subjects` within the scope for `year`, in
    /// one pass over the scope's results (each organisation bins its own mean once, whatever its
    /// number of candidates).
    public func meanHistograms(in scope: ExamScope, year: Int,
                               subjects: [Identifier<Subject>]) -> [Identifier<Subject>: ScoreHistogram] {
        guard node(of: scope) != nil, yearIndex[year] != nil else { return [:] }
        var wanted = [Int](repeating: -1, count: dataset.subjects.count)
        for (position, subject) in subjects.enumerated() {
            if let slot = subjectIndex[subject] { wanted[slot] = position }
        }
        var means = [[Double]](repeating: [], count: subjects.count)
        forEachResult(in: scope, year: year) { _, index in
            let slot = Int(records.resultSubjectSlot[index])
            if slot >= 0, wanted[slot] >= 0 { means[wanted[slot]].append(dataset.examResults[index].mean) }
        }
        var histograms: [Identifier<Subject>: ScoreHistogram] = [:]
        for (position, id) in subjects.enumerated() {
            guard let subject = subject(id) else { continue }
            histograms[id] = ScoreHistogram(values: means[position], scale: subject.scale)
        }
        return histograms
    }
}
