import KachestvoCore

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

    /// Title of Miller column `depth` whose items are the children of `parent`: what its items are.
    static func columnTitle(_ depth: Int, parent: Int, _ state: NetworkState, _ context: ScreenContext) -> String {
        if depth == 0 {
            return context.text(state.view == .network ? .columnConsultingCentres : .columnMunicipalities)
        }
        return name(parent, state, context)
    }

    /// The breadcrumb of the selection's `path`: region › КЦ › УМЦ › school.
    static func breadcrumb(_ path: [Int], _ state: NetworkState, _ context: ScreenContext) -> [String] {
        [context.model.dataset.regionName] + path.map { name($0, state, context) }
    }
}
