import KachestvoCore

/// Where the user is on the Overview screen — the pane, the figure and the КЦ chosen, by identity —
/// and the figures of the model and year last shown, so moving costs nothing.
public struct OverviewState: Sendable, Equatable {
    /// The panes Tab moves between: the figures and flags, and the bars per КЦ.
    enum Pane: Sendable {
        case figures, centres
    }

    var pane: Pane = .figures
    var figure: OverviewItem = .schools
    /// The КЦ whose bar is chosen; nil until the figures are there.
    var centre: Identifier<Organisation>?
    /// Nil until the first refresh.
    var figures: OverviewFigures?

    public init() {}

    /// The item the cursor is on in the focused pane.
    var selected: OverviewItem {
        if pane == .centres, let centre { return .centre(centre) }
        return figure
    }
}
