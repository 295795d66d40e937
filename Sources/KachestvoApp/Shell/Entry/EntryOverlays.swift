import KachestvoCore
import TerminalKit

/// An organisation's card open in a form (`e`, or `a` for a new school).
public struct OrganisationEditor: Hashable, Sendable {
    /// The organisation as it was (for a new one, the defaults the form started from).
    var original: Organisation
    var isNew: Bool
    var form: FormState
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
    var grid: GridState
    var discard: ConfirmPrompt?
}

/// «Delete this organisation?» before `d` deletes it.
public struct DeleteQuestion: Hashable, Sendable {
    var record: RecordValue
    var prompt: ConfirmPrompt
}

/// A field both this user and another set differently: which value to keep.
public struct ConflictQuestion: Hashable, Sendable {
    var conflict: EditConflict
    /// Yes keeps mine; the safe answer, theirs, is what the file holds already.
    var prompt: ConfirmPrompt
}
