import Foundation
import KachestvoCore

/// What the Support screen lists, computed once per model generation, year and filter and kept in
/// its state, never per key or frame: the data's «today», the cases passing the filter in list
/// order, the candidates of the year, and the values each filter field can take.
struct SupportFigures: Sendable, Equatable {
    private(set) var generation: UUID?
    private(set) var year = 0
    private(set) var filter = SupportCaseFilter()
    /// The day overdue steps are judged on: the latest day the cases record, nil without cases.
    private(set) var asOf: Day?
    /// Indices of `dataset.supportCases` passing the filter, in list order.
    private(set) var cases: [Int] = []
    private(set) var candidates: [SupportCandidate] = []
    private(set) var choices = SupportFilterChoices()

    /// Brings the figures up to the context and the filter, recomputing only what changed.
    mutating func update(_ context: ScreenContext, filter: SupportCaseFilter) {
        let index = context.model.index
        let newModel = generation != context.model.generation
        if newModel {
            asOf = SupportCase.latestRecordedDay(of: index.dataset.supportCases)
            choices = SupportFilterChoices(index)
        }
        if newModel || year != context.year { candidates = index.supportCandidates(year: context.year) }
        if newModel || self.filter != filter { cases = asOf.map { filter.cases(in: index, on: $0) } ?? [] }
        (generation, year, self.filter) = (context.model.generation, context.year, filter)
    }

    /// Rows of the cases list: the Σ row and one per case.
    var caseRowCount: Int { cases.count + 1 }
    var candidateRowCount: Int { candidates.count + 1 }

    /// The position of a row in its list.
    func position(of row: SupportRow<Identifier<SupportCase>>, in dataset: Dataset) -> Int {
        guard case .entry(let id) = row else { return 0 }
        return (cases.firstIndex { dataset.supportCases[$0].id == id }).map { $0 + 1 } ?? 0
    }

    func position(of row: SupportRow<Identifier<Organisation>>) -> Int {
        guard case .entry(let id) = row else { return 0 }
        return (candidates.firstIndex { $0.organisation == id }).map { $0 + 1 } ?? 0
    }

    func caseRow(at position: Int, in dataset: Dataset) -> SupportRow<Identifier<SupportCase>> {
        position <= 0 || position > cases.count ? .all : .entry(dataset.supportCases[cases[position - 1]].id)
    }

    func candidateRow(at position: Int) -> SupportRow<Identifier<Organisation>> {
        position <= 0 || position > candidates.count ? .all : .entry(candidates[position - 1].organisation)
    }
}
