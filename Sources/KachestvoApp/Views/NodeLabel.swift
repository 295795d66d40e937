import KachestvoCore

/// Names of hierarchy nodes as the Network screen shows them.
enum NodeLabel {
    static func name(_ node: Int, _ state: AppState) -> String {
        let dataset = state.model.dataset
        switch state.model.index.hierarchy(state.network.view).nodes[node] {
        case .region: return dataset.regionName
        case .organisation(let org): return dataset.organisations[org].name
        case .municipality(let municipality): return dataset.municipalities[municipality].name
        case .unassigned: return state.text(.unassigned)
        }
    }

    /// Title of Miller column `depth`: what its items are.
    static func columnTitle(_ depth: Int, _ state: AppState) -> String {
        let parent = state.network.parent(ofColumn: depth)
        if depth == 0 {
            return state.text(state.network.view == .network ? .columnConsultingCentres : .columnMunicipalities)
        }
        return name(parent, state)
    }

    /// The breadcrumb: region › КЦ › УМЦ › school.
    static func breadcrumb(_ state: AppState) -> [String] {
        [state.model.dataset.regionName] + state.network.selection.map { name($0, state) }
    }
}
