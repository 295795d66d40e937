/// A targeted-support case (адресная поддержка): a school that needs methodological help, the centre
/// that curates it, the plan, and where the case stands.
public struct SupportCase: Codable, Hashable, Sendable, Identifiable {
    /// The workflow of a case. `allowedNext` is the only way a status may change.
    public enum Status: String, Codable, Sendable, CaseIterable {
        case proposed     // предложено
        case active       // в работе
        case monitoring   // мониторинг результатов
        case closed       // завершено
        case cancelled    // отменено

        public var allowedNext: [Status] {
            switch self {
            case .proposed: [.active, .cancelled]
            case .active: [.monitoring, .cancelled]
            case .monitoring: [.closed, .active]
            case .closed, .cancelled: []
            }
        }

        /// Open cases still need attention.
        public var isOpen: Bool { self == .proposed || self == .active || self == .monitoring }

        public var russianName: String {
            switch self {
            case .proposed: "предложено"
            case .active: "в работе"
            case .monitoring: "мониторинг"
            case .closed: "завершено"
            case .cancelled: "отменено"
            }
        }
    }

    /// One step of the support plan.
    public struct PlanStep: Codable, Hashable, Sendable {
        public var title: String
        public var due: Day
        public var done: Bool

        public init(title: String, due: Day, done: Bool) {
            self.title = title
            self.due = due
            self.done = done
        }
    }

    public var id: Identifier<SupportCase>
    public var organisationId: Identifier<Organisation>
    public var reasons: [String]
    /// The УМЦ or КЦ that curates the case.
    public var curatorId: Identifier<Organisation>
    public var plan: [PlanStep]
    public var status: Status
    public var opened: Day
    public var closed: Day?

    public init(
        id: Identifier<SupportCase>, organisationId: Identifier<Organisation>, reasons: [String],
        curatorId: Identifier<Organisation>, plan: [PlanStep], status: Status, opened: Day, closed: Day? = nil
    ) {
        self.id = id
        self.organisationId = organisationId
        self.reasons = reasons
        self.curatorId = curatorId
        self.plan = plan
        self.status = status
        self.opened = opened
        self.closed = closed
    }
}
