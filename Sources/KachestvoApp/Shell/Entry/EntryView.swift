import Bilingual
import KachestvoCore
import TerminalKit

/// Draws the entry overlays: the organisation form and the results grid in a box over the screen
/// with their keys on its last line, and the questions (discard, delete, conflict) over them.
enum EntryView {
    private static func frame(_ state: AppState) -> Rect {
        let body = state.context.layout.body
        return body.centered(width: min(body.width - 4, 84), height: body.height - 2)
    }

    /// Where the form's fields go: the box less its border, padding and key line.
    static func formArea(_ state: AppState) -> Rect {
        let box = frame(state)
        return Rect(x: box.x + 2, y: box.y + 1, width: max(0, box.width - 4), height: max(0, box.height - 3))
    }

    static func gridArea(_ state: AppState) -> Rect { formArea(state) }

    private static func styles(_ state: AppState) -> FormStyles { FormStyles { state.style($0) } }

    private static func box(_ title: String, keys: EntryText, _ state: AppState, into buffer: inout Buffer) {
        let box = frame(state)
        let content = Dialog(title: title, width: box.width, height: box.height, style: state.style(.text),
                             borderStyle: state.style(.focusedBorder), titleStyle: state.style(.title))
            .render(into: &buffer, area: state.context.layout.body)
        buffer.write(state.text(keys), x: content.x, y: content.maxY - 1, maxWidth: content.width,
                     style: state.style(.muted), overflow: .ellipsis)
    }

    static func render(_ editor: RecordEditor, _ state: AppState, into buffer: inout Buffer) {
        box(RecordForms.title(editor, state), keys: .formKeys, state, into: &buffer)
        Form(editor.form, language: state.language, styles: styles(state)).render(into: &buffer, area: formArea(state))
        if let prompt = editor.discard { question(prompt, state, into: &buffer) }
    }

    static func render(_ editor: CaseEditor, _ state: AppState, into buffer: inout Buffer) {
        let status = SupportStatusText.name(editor.supportCase.status, state.language)
        let title = switch editor.purpose {
        case .open: state.text(.caseOpenTitle)
        case .transition: state.text(.transitionTitle)
        case .addStep: state.text(.stepTitle)
        case .editStep: state.text(.stepEditTitle)
        case .markDone: state.text(.stepDoneTitle)
        }
        let plan = editor.supportCase.plan
        let subject = switch editor.purpose {
        case .editStep(let index), .markDone(let index): plan.indices.contains(index) ? "«\(plan[index].title)»" : status
        case .open, .transition, .addStep: status
        }
        box("\(title) · \(editor.supportCase.id) · \(subject)", keys: .formKeys, state, into: &buffer)
        Form(editor.form, language: state.language, styles: styles(state)).render(into: &buffer, area: formArea(state))
        if let prompt = editor.discard { question(prompt, state, into: &buffer) }
    }

    static func render(_ editor: DecisionEditor, _ state: AppState, into buffer: inout Buffer) {
        let title = editor.index.map { "\(state.text(.councilDecision)) \($0 + 1)" } ?? state.text(.formNewDecision)
        box("\(title) · \(state.text(.councilMeeting)) \(editor.meeting.date.dotted)", keys: .formKeys, state, into: &buffer)
        Form(editor.form, language: state.language, styles: styles(state)).render(into: &buffer, area: formArea(state))
        if let prompt = editor.discard { question(prompt, state, into: &buffer) }
    }

    static func render(_ editor: ResultsEditor, _ state: AppState, into buffer: inout Buffer) {
        box("\(state.text(.gridTitle)) · \(editor.name) · \(AcademicYear(year: editor.year).label)", keys: .gridKeys,
            state, into: &buffer)
        GridEditor(editor.grid, language: state.language, styles: styles(state)).render(into: &buffer, area: gridArea(state))
        if let prompt = editor.discard { question(prompt, state, into: &buffer) }
    }

    static func question(_ prompt: ConfirmPrompt, _ state: AppState, into buffer: inout Buffer) {
        prompt.render(into: &buffer, area: state.context.layout.body, language: state.language, styles: styles(state))
    }
}
