import Bilingual
import KachestvoCore
import TerminalKit

/// Settles the conflicts of a save one at a time: both values shown, the user keeps theirs (what
/// the file holds already) or mine — which is then committed and saved as a change of its own.
enum ConflictInput {
    /// Opens the question for the first conflict still to settle, if any.
    static func open(_ state: inout AppState) {
        guard let conflict = state.editing.conflicts.first else { return }
        state.overlay = .conflict(ConflictQuestion(conflict: conflict, prompt: ConfirmPrompt(
            title: state.text(.conflictTitle), question: conflict.message.text(state.language),
            yesLabel: state.text(.conflictKeepMine), noLabel: state.text(.conflictKeepTheirs))))
    }

    static func handle(_ key: Key, _ question: ConflictQuestion, _ state: inout AppState) -> [AppEffect] {
        var question = question
        guard let answer = question.prompt.apply(key) else {
            state.overlay = .conflict(question)
            return []
        }
        state.overlay = nil
        state.editing.conflicts.removeFirst()
        var effects: [AppEffect] = []
        if answer == .yes {
            let conflict = question.conflict
            let change = Change([Edit(record: conflict.record, field: conflict.field, old: conflict.theirs, new: conflict.mine)],
                                summary: BilingualText(ru: "Оставлено своё значение: \(conflict.record)",
                                                       en: "Kept my value: \(conflict.record)"))
            effects = EditLoop.commit(change, &state)
        }
        if state.editing.conflicts.isEmpty, state.editing.status == .conflict {
            state.editing.status = state.editing.unsaved.isEmpty ? .saved : .saving
        }
        open(&state)
        return effects
    }
}
