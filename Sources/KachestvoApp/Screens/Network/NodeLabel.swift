import KachestvoCore
import TerminalKit

/// Names of hierarchy nodes as the Network screen shows them.
enum NodeLabel {
    static func name(_ node: Int, _ state: NetworkState, _ context: ScreenContext) -> String {
        let dataset = context.model.dataset
        switch NetworkNavigator.hierarchy(state, context).nodes[node] {
        case .region: return dataset.regionName
        case .organisation(let org): return dataset.organisations[org].name
        case .municipality(let municipality): return dataset.municipalities[municipality].name
        case .unassigned: return context.text(.unassigned)
        }
    }

    /// Title of the Miller column whose items are the children of `parent`: what its items are.
    static func columnTitle(of parent: Int, _ state: NetworkState, _ context: ScreenContext) -> String {
        guard parent != Hierarchy.rootNode else {
            return context.text(state.view == .network ? .columnConsultingCentres : .columnMunicipalities)
        }
        return name(parent, state, context)
    }

    /// The names of the rows `visible` of a column of sibling `nodes`, each fitted into `width` so
    /// that no two rows read the same: the full names when every sibling's fits, else the short ones
    /// (legal form taken off, standard phrases abbreviated) with the legal form put back after the
    /// name where two would be the same without it; organisations of the same name carry where they
    /// are (`placed`). What still does not fit is cut where it keeps the rows apart.
    static func rowNames(_ nodes: [Int], visible: Range<Int>, width: Int, _ state: NetworkState,
                         _ context: ScreenContext) -> [String] {
        let measure = context.textWidth
        let full = visible.map { name(nodes[$0], state, context) }
        let allFit = nodes.allSatisfy { measure.width(of: name($0, state, context)) <= width }
        var names = allFit ? full : full.map(OrganisationShortName.of)
        if !allFit {
            names = disambiguated(names, from: full) { index in
                OrganisationShortName.legalForm(of: full[index]).map { "\(names[index]) · \($0)" }
            }
        }
        return measure.distinctlyClipped(placed(names, nodes: Array(nodes[visible]), state, context), to: width)
    }

    /// `names` where a name is shared by rows whose `identities` differ, each such row renamed by
    /// `rename` (nil keeps its name).
    private static func disambiguated<Identity: Hashable>(_ names: [String], from identities: [Identity],
                                                          rename: (Int) -> String?) -> [String] {
        var owners: [String: Set<Identity>] = [:]
        for (name, identity) in zip(names, identities) { owners[name, default: []].insert(identity) }
        return names.indices.map { index in
            (owners[names[index]]?.count ?? 0) > 1 ? rename(index) ?? names[index] : names[index]
        }
    }

    /// `names` of `nodes` where organisations share a name, each followed by where it is: its
    /// settlement, or its municipality when the settlement has the same name too, or else its id.
    private static func placed(_ names: [String], nodes: [Int], _ state: NetworkState, _ context: ScreenContext) -> [String] {
        let tree = NetworkNavigator.hierarchy(state, context)
        let index = context.model.index
        let organisations: [Organisation?] = nodes.map { node in
            guard case .organisation(let org) = tree.nodes[node] else { return nil }
            return index.dataset.organisations[org]
        }
        let places: [(Organisation) -> String] = [
            \.settlement,
            { index.municipality($0.municipalityId)?.name ?? $0.municipalityId.rawValue },
            \.id.rawValue,
        ]
        var result = names
        for rows in Dictionary(grouping: names.indices, by: { names[$0] }).values where rows.count > 1 {
            let shared = rows.compactMap { organisations[$0] }
            guard shared.count == rows.count,
                  let place = places.first(where: { place in Set(shared.map(place)).count == shared.count }) else { continue }
            for (row, organisation) in zip(rows, shared) { result[row] = "\(names[row]) (\(place(organisation)))" }
        }
        return result
    }

    /// The breadcrumb of the selection's `path`: region › КЦ › УМЦ › school.
    static func breadcrumb(_ path: [Int], _ state: NetworkState, _ context: ScreenContext) -> [String] {
        [context.model.dataset.regionName] + path.filter { $0 != Hierarchy.rootNode }.map { name($0, state, context) }
    }
}
