import KachestvoCore
import TerminalKit

/// The organisations behind a number, as the shell lists them over any screen: sorted by value or
/// by name, either way, with one selected. Enter opens the selected one on the Network screen.
public struct DrillList: Sendable, Equatable {
    /// What the list is sorted by.
    public enum Order: Sendable, Equatable { case value, name }

    public private(set) var drill: OrganisationDrill
    public private(set) var order: Order
    public private(set) var ascending: Bool
    public var selected = 0
    /// The first row shown, kept between frames like every list's scroll.
    public var offset = 0

    /// The list of `drill`, by value from the highest when the rows have values, else by name.
    init(_ drill: OrganisationDrill, _ model: AppModel) {
        self.drill = drill
        let hasValues = drill.rows.contains { $0.value != nil }
        order = hasValues ? .value : .name
        ascending = !hasValues
        sortRows(model)
        selected = 0  // A new list opens at its top, not wherever its first row was sorted to.
    }

    var count: Int { drill.rows.count }

    /// The selected organisation, if the list is not empty.
    var selectedOrganisation: Identifier<Organisation>? {
        drill.rows.indices.contains(selected) ? drill.rows[selected].id : nil
    }

    /// Sorts by the next key (value ↔ name), keeping the selected organisation selected.
    mutating func cycleOrder(_ model: AppModel) {
        order = order == .value ? .name : .value
        ascending = order == .name
        sortRows(model)
    }

    /// Reverses the order, keeping the selected organisation selected.
    mutating func reverse(_ model: AppModel) {
        ascending.toggle()
        sortRows(model)
    }

    private mutating func sortRows(_ model: AppModel) {
        let kept = selectedOrganisation
        let places = model.digest.names.organisation
        let index = model.index.organisationIndex
        func place(_ row: DrilledOrganisation) -> Int32 { index[row.id].map { places[$0] } ?? .max }
        let ascending = ascending
        switch order {
        case .name:
            drill.rows.sort { ascending ? place($0) < place($1) : place($0) > place($1) }
        case .value:
            // Organisations without a value stay last either way; equal values go by name.
            drill.rows.sort { lhs, rhs in
                switch (lhs.value, rhs.value) {
                case let (left?, right?) where left != right: ascending ? left < right : left > right
                case (nil, .some): false
                case (.some, nil): true
                default: place(lhs) < place(rhs)
                }
            }
        }
        selected = kept.flatMap { id in drill.rows.firstIndex { $0.id == id } } ?? 0
    }
}

/// Keys while a drill list is open: move, sort (`s` value/name, `S` reverse), Enter opens the
/// organisation on the Network screen, Esc closes the list.
enum DrillListInput {
    private static let keys = CommandTable.all.filter {
        [.quit, .goBack, .drillIn, .moveDown, .moveUp, .pageDown, .pageUp, .moveTop, .moveBottom, .sort, .reverseSort]
            .contains($0.id)
    }

    static func handle(_ key: Key, _ state: inout AppState) -> [AppEffect] {
        guard case .drill(var list) = state.overlay else { return [] }
        let page = max(1, DrillListOverlay.visibleRows(state) - 1)
        switch CommandTable.command(for: key, among: keys) {
        case .quit?, .goBack?:
            state.overlay = nil
            return []
        case .drillIn?:
            state.overlay = nil
            if let organisation = list.selectedOrganisation { open(organisation, &state) }
            return []
        case .moveDown?: list.selected += 1
        case .moveUp?: list.selected -= 1
        case .pageDown?: list.selected += page
        case .pageUp?: list.selected -= page
        case .moveTop?: list.selected = 0
        case .moveBottom?: list.selected = list.count - 1
        case .sort?: list.cycleOrder(state.model)
        case .reverseSort?: list.reverse(state.model)
        default: return []
        }
        list.selected = min(max(0, list.selected), max(0, list.count - 1))
        state.overlay = .drill(list)
        return []
    }

    /// Shows `organisation` on the Network screen, where every organisation has its place.
    private static func open(_ organisation: Identifier<Organisation>, _ state: inout AppState) {
        state.tab = .network
        _ = ScreenRegistry.module(for: .network).reveal(organisation, &state)
    }
}
