import KachestvoCore

/// A row of a Support list, by identity: the Σ row of the whole list above the entries, or one entry.
public enum SupportRow<ID: Hashable & Sendable>: Hashable, Sendable {
    case all
    case entry(ID)
}

/// Where the user is on the Support screen: the filter and the field `x` changes, the selected case
/// and candidate (by identity), each list's scroll, which pane has focus and which list the detail
/// pane describes, the step of the case's plan selected there — and the figures computed for the
/// current model, year and filter.
public struct SupportState: Sendable, Equatable {
    /// The panes Tab cycles through.
    public enum Pane: CaseIterable, Sendable {
        case cases, candidates, detail
    }

    /// The filter's fields, in the order `f` steps through them.
    public enum FilterField: CaseIterable, Sendable {
        case status, curator, centre, municipality
    }

    public var filter = SupportCaseFilter()
    public var field: FilterField = .status
    public var focus: Pane = .cases
    /// The list the detail pane shows the selection of: the one focused last.
    public var described: Pane = .cases
    public var caseRow: SupportRow<Identifier<SupportCase>> = .all
    public var candidateRow: SupportRow<Identifier<Organisation>> = .all
    /// First visible row of each list (the Σ row is row 0).
    public var caseOffset = 0
    public var candidateOffset = 0
    public var detailScroll = 0
    /// The selected step of the described case's plan, shown while the detail pane has focus.
    public var step = 0
    var figures = SupportFigures()

    public init() {}
}
