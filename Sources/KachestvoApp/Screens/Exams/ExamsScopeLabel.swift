import KachestvoCore

/// How the Exams screen names its scope, and where `v` takes it.
enum ExamsScopeLabel {
    /// The scope's place from the region down: «Новосибирская область › КЦ МАОУ лицей № 9 › УМЦ …».
    static func path(of scope: ExamScope, _ context: ScreenContext) -> [String] {
        let index = context.model.index
        guard let node = index.node(of: scope) else { return [context.model.dataset.regionName] }
        let tree = index.hierarchy(scope.view)
        return tree.path(to: node).map { step in
            switch tree.nodes[step] {
            case .region: return index.dataset.regionName
            case .organisation(let org):
                let organisation = index.dataset.organisations[org]
                let role = organisation.role.abbreviation
                return role.isEmpty ? organisation.name : "\(role) \(organisation.name)"
            case .municipality(let municipality): return index.dataset.municipalities[municipality].name
            case .unassigned: return context.text(.unassigned)
            }
        }
    }

    /// How many organisations the scope holds: a centre with its network, a municipality, the region.
    static func organisations(in scope: ExamScope, _ context: ScreenContext) -> Int {
        guard let node = context.model.index.node(of: scope) else { return 0 }
        return context.model.totals.organisations(node: node, view: scope.view)
    }

    /// The same place in the other tree: an organisation stays itself (a centre then stands alone, or
    /// again with its network); a municipality, which the network has not, gives the region.
    static func otherView(of scope: ExamScope, _ index: RegionIndex) -> ExamScope {
        let view: Hierarchy.View = scope.view == .network ? .administrative : .network
        let moved = ExamScope(key: scope.key, view: view)
        return index.node(of: moved) == nil ? ExamScope(key: .region, view: view) : moved
    }
}
