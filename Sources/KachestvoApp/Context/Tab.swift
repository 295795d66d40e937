import KachestvoCore

/// The seven screens of the dashboard, in tab order (DESIGN.md §3).
public enum Tab: Int, CaseIterable, Sendable, Hashable {
    case overview = 1, network, exams, funding, support, council, map

    public var title: UIText {
        switch self {
        case .overview: .tabOverview
        case .network: .tabNetwork
        case .exams: .tabExams
        case .funding: .tabFunding
        case .support: .tabSupport
        case .council: .tabCouncil
        case .map: .tabMap
        }
    }
}
