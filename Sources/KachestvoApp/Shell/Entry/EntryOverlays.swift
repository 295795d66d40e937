import KachestvoCore
import TerminalKit

/// A record's card open in a form: an organisation (`e`, or `a` for a new school) or a school's
/// financing for a year (`m`).
public struct RecordEditor: Hashable, Sendable {
    /// The record as it was (for a new one, the defaults the form started from).
    var original: RecordValue
    var isNew: Bool
    var form: FormState
    /// For an organisation's card, those naming it as their centre, one of each role (what its role
    /// is checked against), found when the card opened; nil for other records.
    var dependants: [Organisation]?
    /// The question whether to throw away what was typed (Esc on a changed form).
    var discard: ConfirmPrompt?
}

/// One school's exam results for one year in a grid (`r`): a row per subject, ЕГЭ first.
public struct ResultsEditor: Hashable, Sendable {
    var organisation: Identifier<Organisation>
    var name: String
    var year: Int
    var subjects: [Subject]
    /// The results as the grid was opened.
    var original: [ExamResult]
    /// The cells' texts as the grid was opened (means rounded for showing).
    var opened: [[String]]
    var grid: GridState
    var discard: ConfirmPrompt?
}

/// A support case opened or changed from the Support screen: a new one for a candidate, its status moved on (the next status the
/// workflow allows, the day, a comment), a step added to its plan (title, due day), step `index`
/// edited (title, due day) or marked done (the day).
public struct CaseEditor: Hashable, Sendable {
    enum Purpose: Hashable, Sendable { case open, transition, addStep, editStep(Int), markDone(Int) }
    var supportCase: SupportCase
    var purpose: Purpose
    var form: FormState
    var discard: ConfirmPrompt?
}

/// A decision of a council meeting in a form: a new one (`index` nil) or the one at `index`.
public struct DecisionEditor: Hashable, Sendable {
    /// The meeting as it was when the form opened.
    var meeting: CouncilMeeting
    var index: Int?
    var form: FormState
    var discard: ConfirmPrompt?
}

/// «Delete this organisation?» (or this part of a record) before `d` deletes it.
public struct DeleteQuestion: Hashable, Sendable {
    /// A record (its references checked again on yes); a part of one, such as a meeting's decision,
    /// with the change that takes it away; or step `index` of a case's plan as it was asked about.
    enum Target: Hashable, Sendable {
        case record(RecordValue)
        case part(Change)
        case step(Identifier<SupportCase>, index: Int, SupportCase.PlanStep)
    }
    var target: Target
    var prompt: ConfirmPrompt
}

/// A field both this user and another set differently: which value to keep.
public struct ConflictQuestion: Hashable, Sendable {
    var conflict: EditConflict
    /// Yes keeps mine; the safe answer, theirs, is what the file holds already.
    var prompt: ConfirmPrompt
}
