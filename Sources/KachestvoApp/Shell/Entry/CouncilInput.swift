import Bilingual
import KachestvoCore
import TerminalKit

/// Entry on the Council screen: a meeting's or a forecast's card (the record forms), a decision's
/// form — a decision is part of its meeting, so its commit is one change of the meeting's
/// `decisions` — and the delete questions; the meeting's delete refused while forecasts or
/// directions refer to it. Every council record but an organisation's forecast belongs to the whole
/// region, so a session with a `--scope` is refused before a form opens.
enum CouncilInput {
    static func open(_ entry: CouncilEntry, _ dataset: Dataset, _ state: inout AppState) {
        func meeting(_ id: Identifier<CouncilMeeting>) -> CouncilMeeting? { dataset.meetings.first { $0.id == id } }
        func forecast(_ id: Identifier<Forecast>) -> Forecast? { dataset.forecasts.first { $0.id == id } }
        switch entry {
        case .addMeeting:
            let new = CouncilMeeting(id: "", date: CouncilMeeting.latestRecordedDay(of: dataset) ?? Day(year: 2000, month: 1, day: 1)!,
                                     topic: "", open: false, participants: [], agenda: [], decisions: [])
            guard allowed(Change([.add(.meeting(new))], summary: BilingualText(ru: "", en: "")), dataset, &state) else { return }
            EntryInput.openForm(.meeting(new), isNew: true, &state)
        case .editMeeting(let id):
            guard let found = meeting(id), allowed(.meeting(found), dataset, &state) else { return }
            EntryInput.openForm(.meeting(found), isNew: false, &state)
        case .deleteMeeting(let id):
            guard let found = meeting(id), allowed(.meeting(found), dataset, &state) else { return }
            if let reason = ReferenceCheck.refusal(deleting: .meeting(id), in: dataset) {
                state.context.message = "\(state.text(.deleteRefused)): \(reason.text(state.language))"
                return
            }
            ask(.meeting(found), about: "\(found.date.dotted) «\(found.topic)»", change: nil, &state)
        case .addDecision(let id):
            guard let found = meeting(id), allowed(.meeting(found), dataset, &state) else { return }
            state.overlay = .decisionForm(DecisionEditor(meeting: found, index: nil, form: FormState(fields: decisionFields(nil, state))))
        case .editDecision(let id, let index):
            guard let found = meeting(id), found.decisions.indices.contains(index), allowed(.meeting(found), dataset, &state) else { return }
            state.overlay = .decisionForm(DecisionEditor(meeting: found, index: index,
                                                         form: FormState(fields: decisionFields(found.decisions[index], state))))
        case .deleteDecision(let id, let index):
            guard let found = meeting(id), found.decisions.indices.contains(index), allowed(.meeting(found), dataset, &state) else { return }
            var changed = found
            let decision = changed.decisions.remove(at: index)
            ask(.meeting(found), about: decision.text, change: decisionChange(found, changed, .deleted), &state)
        case .addForecast(let id):
            guard let found = meeting(id) else { return }
            let subject = state.model.digest.headlineSubject ?? dataset.subjects.first?.id ?? ""
            let new = Forecast(id: "", meetingId: id, indicator: .mean, subjectId: subject, scope: .region,
                               year: found.date.examYear, planned: 0)
            EntryInput.openForm(.forecast(new), isNew: true, &state)
        case .editForecast(let id):
            guard let found = forecast(id), allowed(.forecast(found), dataset, &state) else { return }
            EntryInput.openForm(.forecast(found), isNew: false, &state)
        case .deleteForecast(let id):
            guard let found = forecast(id), allowed(.forecast(found), dataset, &state) else { return }
            let subject = dataset.subjects.first { $0.id == found.subjectId }
            let what = "\(ForecastText.indicatorName(found.indicator, subject, state.context)) · \(subject?.name ?? found.subjectId.rawValue)"
                + " · \(ForecastText.scope(found.scope, state.context)) · \(found.year)"
            ask(.forecast(found), about: what, change: nil, &state)
        }
    }

    private static func ask(_ record: RecordValue, about what: String, change: Change?, _ state: inout AppState) {
        state.overlay = .deleteQuestion(DeleteQuestion(target: change.map { .part($0) } ?? .record(record), prompt: ConfirmPrompt(
            title: state.text(.deleteTitle), question: "\(state.text(.deleteQuestion)) «\(what)»?")))
    }

    /// Whether the session's scope lets this record be changed; says why not in the status bar.
    private static func allowed(_ record: RecordValue, _ dataset: Dataset, _ state: inout AppState) -> Bool {
        allowed(Change([.delete(record)], summary: BilingualText(ru: "", en: "")), dataset, &state)
    }

    private static func allowed(_ probe: Change, _ dataset: Dataset, _ state: inout AppState) -> Bool {
        guard let reason = state.editing.scope.check(probe, in: dataset) else { return true }
        EntryInput.refuse(reason, &state)
        return false
    }

    // MARK: A new meeting or forecast

    /// The record a new card commits, with an id like the others' and never one the dataset has: a
    /// meeting's from its date (`meeting-2019-01-15`, with the prefix the others have), a forecast's from what it is about
    /// (`forecast-2019-region-ege-rus-mean`).
    static func added(_ record: RecordValue, _ dataset: Dataset) -> (record: RecordValue, summary: BilingualText) {
        switch record {
        case .meeting(var meeting):
            // The prefix the dataset's meetings put before their date (`meeting-2017-09-28`), if they do.
            let prefix = dataset.meetings.lazy.compactMap { $0.id.rawValue.hasSuffix($0.date.iso) ? String($0.id.rawValue.dropLast($0.date.iso.count)) : nil }
                .first ?? "meeting-"
            meeting.id = Identifier(unique(prefix + meeting.date.iso, among: Set(dataset.meetings.map(\.id.rawValue))))
            return (.meeting(meeting), BilingualText(ru: "Добавлено заседание \(meeting.date.dotted) «\(meeting.topic)»",
                                                     en: "Meeting of \(meeting.date.iso) «\(meeting.topic)» added"))
        case .forecast(var forecast):
            let scope = switch forecast.scope {
            case .region: "region"
            case .municipality(let id): id.rawValue
            case .organisation(let id): id.rawValue
            }
            let indicator = switch forecast.indicator {
            case .mean: "mean"
            case .belowMinimumShare: "below"
            case .highShare: "high"
            case .hundreds: "hundreds"
            }
            let base = "forecast-\(forecast.year)-\(scope)-\(forecast.subjectId.rawValue)-\(indicator)"
            forecast.id = Identifier(unique(base, among: Set(dataset.forecasts.map(\.id.rawValue))))
            return (.forecast(forecast), BilingualText(ru: "Добавлен прогноз \(forecast.id)", en: "Forecast \(forecast.id) added"))
        default:
            return (record, ChangeBuilder.add(record).summary)
        }
    }

    /// `base`, or `base-2`, `base-3`… the first the dataset does not have.
    static func unique(_ base: String, among ids: Set<String>) -> String {
        guard ids.contains(base) else { return base }
        var number = 2
        while ids.contains("\(base)-\(number)") { number += 1 }
        return "\(base)-\(number)"
    }

    /// The Council screen selects what was just added: the meeting, or the forecast in its pane.
    static func reveal(_ record: RecordValue, _ state: inout AppState) {
        switch record {
        case .meeting(let meeting):
            CouncilNavigator.select(meeting: meeting.id, &state.screens.council)
            state.screens.council.focus = .meetings
        case .forecast(let forecast):
            state.screens.council.forecast = forecast.id
            state.screens.council.focus = .forecasts
        default: return
        }
        CouncilNavigator.reconcile(&state.screens.council, state.context)
    }

    // MARK: A decision

    private static func decisionFields(_ decision: CouncilMeeting.Decision?, _ state: AppState) -> [FormField] {
        [
            .line("text", label: state.text(.formDecisionText), kind: .text(maxLength: 2000), text: decision?.text ?? "", isRequired: true),
            .line("due", label: state.text(.stepDue), kind: .date, text: decision?.due?.dotted ?? ""),
            .line("organisationIds", label: state.text(.formDecisionOrganisations), kind: .text(maxLength: 10_000),
                  text: decision?.organisationIds.map(\.rawValue).joined(separator: ", ") ?? ""),
        ]
    }

    /// The meeting with the decision as the form holds it, in its place (last, for a new one).
    private static func meeting(_ editor: DecisionEditor, texts: [String: String]) -> (CouncilMeeting, index: Int) {
        var meeting = editor.meeting
        let decision = CouncilMeeting.Decision(
            text: (texts["text"] ?? "").trimmingCharacters(in: .whitespaces),
            organisationIds: (texts["organisationIds"] ?? "").split(separator: ",")
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.map { Identifier($0) },
            due: texts["due"].flatMap(MeetingForm.day))
        guard let index = editor.index else {
            meeting.decisions.append(decision)
            return (meeting, meeting.decisions.count - 1)
        }
        meeting.decisions[index] = decision
        return (meeting, index)
    }

    private enum DecisionChange { case added, changed, deleted }

    private static func decisionChange(_ old: CouncilMeeting, _ new: CouncilMeeting, _ kind: DecisionChange) -> Change {
        let day = old.date.dotted
        let summary = switch kind {
        case .added: BilingualText(ru: "Добавлено решение заседания \(day)", en: "Decision added to the meeting of \(old.date.iso)")
        case .changed: BilingualText(ru: "Изменено решение заседания \(day)", en: "Decision of the meeting of \(old.date.iso) changed")
        case .deleted: BilingualText(ru: "Удалено решение заседания \(day)", en: "Decision of the meeting of \(old.date.iso) deleted")
        }
        return ChangeBuilder.change(from: .meeting(old), to: .meeting(new), summary: summary)
    }

    static func handle(_ key: Key, _ editor: DecisionEditor, _ state: inout AppState) -> [AppEffect] {
        var editor = editor
        if EntryInput.answeringDiscard(key, &editor.discard, &state) {
            if state.overlay != nil { state.overlay = .decisionForm(editor) }
            return []
        }
        let dataset = EditLoop.working(state), language = state.language
        let texts = RecordForms.texts(editor.form), before = editor
        let outcome = editor.form.apply(key, language: language) { field, text in
            var all = texts
            all[field] = text
            let (meeting, index) = Self.meeting(before, texts: all)
            return FieldRules.problems(ofDecision: index, field: field, in: meeting, dataset: dataset).first?.text(language)
        }
        editor.form.reveal(in: EntryView.formArea(state), measure: state.context.textWidth)
        state.overlay = .decisionForm(editor)
        switch outcome {
        case .commit:
            let (meeting, index) = Self.meeting(editor, texts: RecordForms.texts(editor.form))
            let change = decisionChange(editor.meeting, meeting, editor.index == nil ? .added : .changed)
            return EntryInput.commitAndClose(change, &state) {
                $0.screens.council.decision = index
                $0.screens.council.focus = .decisions
            }
        case .cancel(let askFirst):
            EntryInput.cancel(askFirst: askFirst, &editor.discard, &state)
            if state.overlay != nil { state.overlay = .decisionForm(editor) }
        default: break
        }
        return []
    }
}
