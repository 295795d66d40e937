import KachestvoCore

/// What a screen asks the shell to open for data entry on its selection (`e`, `a`, `d`, `r`): the
/// shell opens the form, grid or question as an overlay, as it opens a drill list.
public enum EntryRequest: Hashable, Sendable {
    /// Edit this organisation's card.
    case edit(Identifier<Organisation>)
    /// Add a school supported by `centre` (a УМЦ), in `municipality` when known.
    case add(centre: Identifier<Organisation>?, municipality: Identifier<Municipality>?)
    /// Delete this organisation, after asking.
    case delete(Identifier<Organisation>)
    /// Edit (or add) this school's financing for the academic year ending in `year`.
    case financing(Identifier<Organisation>, year: Int)
    /// Open a support case (proposed) for this school: a candidate with no open case.
    case openCase(Identifier<Organisation>)
    /// Delete this support case (one opened by mistake), after asking.
    case deleteCase(Identifier<SupportCase>)
    /// Move this support case's status on, with the day and a comment.
    case transition(Identifier<SupportCase>)
    /// Add a step to this support case's plan.
    case addStep(Identifier<SupportCase>)
    /// Edit, mark done (or not done) or delete step `index` of this support case's plan.
    case step(Identifier<SupportCase>, index: Int, StepAction)
    /// Enter the exam results of this school for the academic year ending in `year`.
    case results(Identifier<Organisation>, year: Int)
    /// Add, edit or delete a council meeting, one of its decisions or one of its forecasts.
    case council(CouncilEntry)
}

/// What the Council screen's entry keys ask for, on its selection.
public enum CouncilEntry: Hashable, Sendable {
    case addMeeting
    case editMeeting(Identifier<CouncilMeeting>)
    case deleteMeeting(Identifier<CouncilMeeting>)
    /// A new decision of the meeting, or its decision at `index` edited or deleted.
    case addDecision(Identifier<CouncilMeeting>)
    case editDecision(Identifier<CouncilMeeting>, index: Int)
    case deleteDecision(Identifier<CouncilMeeting>, index: Int)
    /// A new forecast set at the meeting.
    case addForecast(Identifier<CouncilMeeting>)
    case editForecast(Identifier<Forecast>)
    case deleteForecast(Identifier<Forecast>)
}

/// What is done to one step of a support case's plan from the Support detail pane.
public enum StepAction: Hashable, Sendable {
    /// Its title and due day in a form.
    case edit
    /// Done with the day it was done (in a form), or not done again when it was done.
    case toggleDone
    /// Deleted, after asking.
    case delete
}
