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
        /// The day it was marked done, when that was recorded (`"doneOn"`, absent otherwise).
        public var doneOn: Day?

        public init(title: String, due: Day, done: Bool, doneOn: Day? = nil) {
            self.title = title
            self.due = due
            self.done = done
            self.doneOn = doneOn
        }
    }

    /// One change of status, as the workflow recorded it: from, to, on which day and why.
    public struct Transition: Codable, Hashable, Sendable {
        public var from: Status
        public var to: Status
        public var day: Day
        public var comment: String

        public init(from: Status, to: Status, day: Day, comment: String) {
            self.from = from
            self.to = to
            self.day = day
            self.comment = comment
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
    /// The status changes made since the case was opened, oldest first. Files written before it
    /// existed have none: the key is optional in the file and left out when empty.
    public var transitions: [Transition]

    public init(
        id: Identifier<SupportCase>, organisationId: Identifier<Organisation>, reasons: [String],
        curatorId: Identifier<Organisation>, plan: [PlanStep], status: Status, opened: Day, closed: Day? = nil,
        transitions: [Transition] = []
    ) {
        self.id = id
        self.organisationId = organisationId
        self.reasons = reasons
        self.curatorId = curatorId
        self.plan = plan
        self.status = status
        self.opened = opened
        self.closed = closed
        self.transitions = transitions
    }

    private enum CodingKeys: String, CodingKey {
        case id, organisationId, reasons, curatorId, plan, status, opened, closed, transitions
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(Identifier<SupportCase>.self, forKey: .id)
        organisationId = try container.decode(Identifier<Organisation>.self, forKey: .organisationId)
        reasons = try container.decode([String].self, forKey: .reasons)
        curatorId = try container.decode(Identifier<Organisation>.self, forKey: .curatorId)
        plan = try container.decode([PlanStep].self, forKey: .plan)
        status = try container.decode(Status.self, forKey: .status)
        opened = try container.decode(Day.self, forKey: .opened)
        closed = try container.decodeIfPresent(Day.self, forKey: .closed)
        transitions = try container.decodeIfPresent([Transition].self, forKey: .transitions) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(organisationId, forKey: .organisationId)
        try container.encode(reasons, forKey: .reasons)
        try container.encode(curatorId, forKey: .curatorId)
        try container.encode(plan, forKey: .plan)
        try container.encode(status, forKey: .status)
        try container.encode(opened, forKey: .opened)
        try container.encodeIfPresent(closed, forKey: .closed)
        if !transitions.isEmpty { try container.encode(transitions, forKey: .transitions) }
    }
}
