/// How a council's forecast came out: the actual value of its indicator for its subject, scope and
/// year, read from the same aggregates the Exams screen shows, and what the council's decisions
/// are judged against — the data's own latest day, never the clock.
extension RegionIndex {
    /// The part of the region a forecast's scope covers, as the Exams screen takes it: the region; a
    /// municipality (with its city districts) in the administrative tree; an organisation in the
    /// network tree, where a КЦ or УМЦ stands for its whole network.
    public func examScope(of scope: Scope) -> ExamScope {
        switch scope {
        case .region: .region
        case .municipality(let id): ExamScope(key: .municipality(id), view: .administrative)
        case .organisation(let id): ExamScope(key: .organisation(id), view: .network)
        }
    }

    /// The value of the forecast's indicator for its subject, scope and year; nil when that year has
    /// no results there yet (or the scope is gone).
    public func actual(of forecast: Forecast) -> Double? {
        aggregate(of: examScope(of: forecast.scope), year: forecast.year, subject: forecast.subjectId).value(of: forecast.indicator)
    }
}

extension CouncilMeeting {
    /// Whether the decision's due day has passed by `day`.
    public static func isOverdue(_ decision: Decision, on day: Day) -> Bool {
        decision.due.map { $0 < day } ?? false
    }

    /// The latest day the data records — a meeting's date, a support case opened or closed — the
    /// «today» decisions' due days are judged on; nil when it records none.
    public static func latestRecordedDay(of dataset: Dataset) -> Day? {
        [SupportCase.latestRecordedDay(of: dataset.supportCases), dataset.meetings.map(\.date).max()].compactMap { $0 }.max()
    }
}
