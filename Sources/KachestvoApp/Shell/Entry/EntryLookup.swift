import KachestvoCore

/// What a form or grid looks up in the dataset edits apply to (`EditLoop.working`): through the
/// model's index, which holds that very dataset unless a rebuild is under way, and by a pass over
/// the rebuild's dataset until it is done — at 40,000 schools a pass is a millisecond a key.
struct EntryLookup {
    /// The dataset edits apply to.
    let dataset: Dataset
    /// The model's index, when it holds `dataset`.
    private let index: RegionIndex?

    init(_ state: AppState) {
        dataset = EditLoop.working(state)
        index = state.editing.rebuild == nil ? state.model.index : nil
    }

    /// The organisations naming `id` as their centre, one of each role (`FieldRules.dependants`).
    func dependants(of id: Identifier<Organisation>) -> [Organisation] {
        index.map { FieldRules.dependants(of: id, in: $0) } ?? FieldRules.dependants(of: id, in: dataset)
    }

    /// The positions of every УМЦ and КЦ in `dataset.organisations`, in order.
    var centrePositions: [Int] {
        if let index { return index.centrePositions }
        let all = dataset.organisations
        return all.indices.filter { all[$0].role == .methodologicalCentre || all[$0].role == .consultingCentre }
    }

    /// The school's results of `year`.
    func results(of school: Identifier<Organisation>, year: Int) -> [ExamResult] {
        guard let index else { return Array(dataset.examResults.lazy.filter { $0.organisationId == school && $0.year == year }) }
        return index.organisationIndex[school].map { index.results(organisation: $0, year: year) } ?? []
    }
}
