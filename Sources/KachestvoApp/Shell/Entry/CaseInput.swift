import Bilingual
import KachestvoCore
import TerminalKit

/// A support case changed from the Support screen: `e` moves its status on — the next status among
/// those the workflow allows, the day (ДД.ММ.ГГГГ, today or the case's last day when that is later)
/// and a comment, as `SupportCaseChanges.transition` —
/// and `a` adds a step to its plan (title, due day).
enum CaseInput {
    static func open(_ id: Identifier<SupportCase>, for purpose: CaseEditor.Purpose, _ dataset: Dataset, _ state: inout AppState) {
        guard let supportCase = dataset.supportCases.first(where: { $0.id == id }) else { return }
        let probe = Change([Edit(record: .supportCase(id), field: "status", old: .text(supportCase.status.rawValue),
                                 new: .text(supportCase.status.rawValue))], summary: BilingualText(ru: "", en: ""))
        if let reason = state.editing.scope.check(probe, in: dataset) { return EntryInput.refuse(reason, &state) }
        guard purpose == .transition else {
            let fields: [FormField] = [
                .line("title", label: state.text(.stepName), kind: .text(maxLength: 2000), isRequired: true),
                .line("due", label: state.text(.stepDue), kind: .date, isRequired: true),
            ]
            state.overlay = .caseForm(CaseEditor(supportCase: supportCase, purpose: .addStep, form: FormState(fields: fields)))
            return
        }
        let next = supportCase.status.allowedNext
        guard let first = next.first else {
            state.context.message = state.text(.transitionNone)
            return
        }
        let fields: [FormField] = [
            .picker("status", label: state.text(.transitionStatus), options: next.map {
                PickerOption(id: $0.rawValue, label: SupportStatusText.name($0, state.language))
            }, chosen: first.rawValue, isRequired: true),
            .line("day", label: state.text(.transitionDay), kind: .date,
                  text: SupportCaseChanges.suggestedDay(for: supportCase, today: state.context.today).dotted, isRequired: true),
            .line("comment", label: state.text(.transitionComment), kind: .text(maxLength: 2000)),
        ]
        state.overlay = .caseForm(CaseEditor(supportCase: supportCase, purpose: .transition, form: FormState(fields: fields)))
    }

    static func handle(_ key: Key, _ editor: CaseEditor, _ state: inout AppState) -> [AppEffect] {
        var editor = editor
        if EntryInput.answeringDiscard(key, &editor.discard, &state) {
            if state.overlay != nil { state.overlay = .caseForm(editor) }
            return []
        }
        let outcome = editor.form.apply(key, language: state.language)
        editor.form.reveal(in: EntryView.formArea(state), measure: state.context.textWidth)
        state.overlay = .caseForm(editor)
        switch outcome {
        case .commit(let values) where editor.purpose == .addStep:
            guard case .date(let date) = values["due"], let due = Day(year: date.year, month: date.month, day: date.day) else { return [] }
            let step = SupportCase.PlanStep(title: values["title"].textValue, due: due, done: false)
            return EntryInput.commitAndClose(SupportCaseChanges.addStep(step, to: editor.supportCase), &state) { _ in }
        case .commit(let values):
            guard case .choice(let option) = values["status"], let status = SupportCase.Status(rawValue: option.id),
                  case .date(let date) = values["day"], let day = Day(year: date.year, month: date.month, day: date.day) else {
                return []
            }
            let comment = values["comment"].textValue
            do throws(EditError) {
                let change = try SupportCaseChanges.transition(editor.supportCase, to: status, on: day, comment: comment)
                return EntryInput.commitAndClose(change, &state) { _ in }
            } catch {
                editor.form.setMessage(error.message.text(state.language), for: "day")
                editor.form.focus(on: "day")
                state.overlay = .caseForm(editor)
            }
        case .cancel(let askFirst):
            EntryInput.cancel(askFirst: askFirst, &editor.discard, &state)
            if state.overlay != nil { state.overlay = .caseForm(editor) }
        default: break
        }
        return []
    }
}

private extension FormValue {
    /// The text of a text field; empty for a blank one.
    var textValue: String {
        if case .text(let text) = self { return text }
        return ""
    }
}
