import KachestvoCore

/// Where the user is on the Network screen: the selected node at each depth of the Miller columns,
/// the hierarchy shown, the sort, and which pane has focus. Every node is held by its `NodeKey`, so
/// the place survives a re-sort, a change of view or year, and the arrival of a new model.
public struct NetworkState: Sendable, Equatable {
    /// How siblings in a column are ordered: by name (as `NameCollationKey` orders names), by the
    /// headline mean, by pupils, by concern flags.
    public enum SortMode: CaseIterable, Sendable {
        case name, result, size, flags

        /// Names run А→Я unless reversed; figures run highest first.
        public var descendsByDefault: Bool { self != .name }

        public var label: UIText {
            switch self {
            case .name: .sortName
            case .result: .sortResult
            case .size: .sortSize
            case .flags: .sortFlags
            }
        }
    }

    /// The panes Tab cycles through.
    public enum Pane: CaseIterable, Sendable {
        case columns, detail
    }

    public var view: Hierarchy.View = .network
    /// `selection[d]` is the node chosen in column `d`; the last one has focus. `[.region]` selects
    /// the region above the top column.
    public var selection: [NodeKey] = []
    /// Last child chosen under each parent, per hierarchy, so going back and in again returns there.
    public var remembered: [Hierarchy.View: [NodeKey: NodeKey]] = [:]
    /// First visible row of each column, keyed by the column's parent.
    public var scrollOffsets: [NodeKey: Int] = [:]
    public var sort: SortMode = .name
    /// Whether `S` turned the sort against its usual direction.
    public var sortReversed = false
    public var focus: Pane = .columns
    public var detailScroll: Int = 0

    public init() {}

    public var focusedKey: NodeKey? { selection.last }

    /// Whether the region itself is selected (Esc from the top column): one node above the top
    /// column, with the region's totals in the detail pane.
    public var isAtRegion: Bool { selection == [.region] }

    /// Whether the columns run from the highest figure, or from the end of the alphabet, down.
    public var sortDescends: Bool { sort.descendsByDefault != sortReversed }

    /// The parent whose children fill column `depth`.
    public func parent(ofColumn depth: Int) -> NodeKey {
        depth == 0 ? .region : selection[depth - 1]
    }
}
