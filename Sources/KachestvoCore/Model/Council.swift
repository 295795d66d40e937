/// A meeting of the project council (совет по реализации проекта).
public struct CouncilMeeting: Codable, Hashable, Sendable, Identifiable {
    /// A decision of the meeting, optionally naming the organisations it concerns.
    public struct Decision: Codable, Hashable, Sendable {
        public var text: String
        public var organisationIds: [Identifier<Organisation>]
        public var due: Day?

        public init(text: String, organisationIds: [Identifier<Organisation>] = [], due: Day? = nil) {
            self.text = text
            self.organisationIds = organisationIds
            self.due = due
        }
    }

    public var id: Identifier<CouncilMeeting>
    public var date: Day
    public var topic: String
    /// An open meeting (открытое заседание) admits guests.
    public var open: Bool
    public var participants: [String]
    public var agenda: [String]
    public var decisions: [Decision]

    public init(
        id: Identifier<CouncilMeeting>, date: Day, topic: String, open: Bool,
        participants: [String], agenda: [String], decisions: [Decision]
    ) {
        self.id = id
        self.date = date
        self.topic = topic
        self.open = open
        self.participants = participants
        self.agenda = agenda
        self.decisions = decisions
    }
}

/// A stage of the project (2011 start, …, the regional innovation sites from 01.09.2017).
public struct ProjectStage: Codable, Hashable, Sendable, Identifiable {
    public var id: Identifier<ProjectStage>
    public var name: String
    public var start: Day
    public var end: Day?
    public var summary: String

    public init(id: Identifier<ProjectStage>, name: String, start: Day, end: Day?, summary: String) {
        self.id = id
        self.name = name
        self.start = start
        self.end = end
        self.summary = summary
    }
}

/// A direction of work set for a stage (основное направление развития проекта).
public struct ProjectDirection: Codable, Hashable, Sendable, Identifiable {
    public var id: Identifier<ProjectDirection>
    public var stageId: Identifier<ProjectStage>
    public var title: String
    /// The meeting that adopted it, when known.
    public var meetingId: Identifier<CouncilMeeting>?
    /// The interaction scheme (схема взаимодействия) for this direction, in words.
    public var interactionScheme: String

    public init(
        id: Identifier<ProjectDirection>, stageId: Identifier<ProjectStage>, title: String,
        meetingId: Identifier<CouncilMeeting>?, interactionScheme: String
    ) {
        self.id = id
        self.stageId = stageId
        self.title = title
        self.meetingId = meetingId
        self.interactionScheme = interactionScheme
    }
}
