import Bilingual
import Foundation
import KachestvoCore
import TerminalKit

/// A council meeting as a form: its date, topic, whether it is open, and its participants and
/// agenda as one line each, items split by `;`. The field ids are the data file's names, so
/// `FieldRules` checks each as it is left.
enum MeetingForm {
    static func fields(_ meeting: CouncilMeeting, isNew: Bool, _ context: ScreenContext) -> [FormField] {
        [
            .line("date", label: context.text(.councilDate), kind: .date, text: isNew ? "" : meeting.date.dotted, isRequired: true),
            .line("topic", label: context.text(.councilTopic), kind: .text(maxLength: 2000), text: meeting.topic, isRequired: true),
            .toggle("open", label: context.text(.formOpenMeeting), isOn: meeting.open),
            .line("participants", label: context.text(.formParticipants), kind: .text(maxLength: 10_000),
                  text: meeting.participants.joined(separator: "; ")),
            .line("agenda", label: context.text(.formAgenda), kind: .text(maxLength: 10_000), text: meeting.agenda.joined(separator: "; ")),
        ]
    }

    static func meeting(_ base: CouncilMeeting, texts: [String: String]) -> CouncilMeeting {
        var meeting = base
        if let date = texts["date"].flatMap(day) { meeting.date = date }
        if let topic = texts["topic"] { meeting.topic = topic.trimmingCharacters(in: .whitespaces) }
        if let open = texts["open"] { meeting.open = open == "true" }
        if let participants = texts["participants"] { meeting.participants = items(participants) }
        if let agenda = texts["agenda"] { meeting.agenda = items(agenda) }
        return meeting
    }

    /// `a; b;; c ` → [a, b, c].
    static func items(_ text: String) -> [String] {
        text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// A day typed ДД.ММ.ГГГГ; nil for anything else (the field's own check says what is wrong).
    static func day(_ text: String) -> Day? {
        guard case .valid(.date(let date)) = TextFieldKind.date.parse(text, isRequired: true) else { return nil }
        return Day(year: date.year, month: date.month, day: date.day)
    }
}

/// A forecast as a form: the indicator, subject and scope as pickers (the scope — the region, a
/// municipality or an organisation — filtered as it is typed), the year and the planned value, whose
/// range follows the indicator and subject: shares 0…100 %, means on the subject's scale (0…100 for
/// ЕГЭ, 2…5 for ОГЭ), 100s a count.
enum ForecastForm {
    static func fields(_ forecast: Forecast, isNew: Bool, _ dataset: Dataset, _ context: ScreenContext) -> [FormField] {
        let subject = dataset.subjects.first { $0.id == forecast.subjectId }
        let indicators = Indicator.allCases.map { PickerOption(id: $0.rawValue, label: ForecastText.indicatorName($0, nil, context)) }
        let subjects = dataset.subjects.map { PickerOption(id: $0.id.rawValue, label: "\($0.exam.abbreviation) · \($0.name)") }
        var scopes = [PickerOption(id: scopeText(.region), label: context.text(.region))]
        scopes += dataset.municipalities.map { PickerOption(id: scopeText(.municipality($0.id)), label: "\($0.name) · \(context.text(.municipality))") }
        scopes += dataset.organisations.map { org in
            PickerOption(id: scopeText(.organisation(org.id)), label: [org.role.abbreviation, org.name].filter { !$0.isEmpty }.joined(separator: " · "))
        }
        let planned = NumberText.fixed(ForecastText.shown(forecast.planned, forecast.indicator),
                                       digits: ForecastText.digits(forecast.indicator, subject), context.language)
        var fields: [FormField] = [
            .picker("indicator", label: context.text(.councilIndicator), options: indicators, chosen: forecast.indicator.rawValue, isRequired: true),
            .picker("subjectId", label: context.text(.subject), options: subjects, chosen: forecast.subjectId.rawValue, isRequired: true),
            .picker("scope", label: context.text(.councilScope), options: scopes, chosen: scopeText(forecast.scope), isRequired: true),
            .line("year", label: context.text(.year), kind: .integer(2000...2100), text: String(forecast.year), isRequired: true),
            .line("planned", label: context.text(.councilPlanned), kind: .decimal(), text: isNew ? "" : planned, isRequired: true),
        ]
        fit(&fields[4], indicator: forecast.indicator, subject: subject, context)
        return fields
    }

    /// After a key: the planned value's range and label follow the indicator and subject chosen.
    static func follow(_ form: inout FormState, _ dataset: Dataset, _ context: ScreenContext) {
        let texts = RecordForms.texts(form)
        guard let indicator = texts["indicator"].flatMap(Indicator.init(rawValue:)) else { return }
        let subject = dataset.subjects.first { $0.id.rawValue == texts["subjectId"] }
        form.update("planned") { fit(&$0, indicator: indicator, subject: subject, context) }
    }

    private static func fit(_ field: inout FormField, indicator: Indicator, subject: Subject?, _ context: ScreenContext) {
        guard case .line(let editor, _) = field.input else { return }
        let range: ClosedRange<Double> = switch indicator {
        case .mean: subject?.scale.range ?? 0...100
        case .belowMinimumShare, .highShare: 0...100
        case .hundreds: 0...100_000
        }
        field.input = .line(editor, indicator == .hundreds ? .integer(0...100_000) : .decimal(range))
        field.label = ForecastText.isShare(indicator) ? context.text(.formPlannedPercent) : context.text(.councilPlanned)
    }

    static func forecast(_ base: Forecast, texts: [String: String]) -> Forecast {
        var forecast = base
        if let indicator = texts["indicator"].flatMap(Indicator.init(rawValue:)) { forecast.indicator = indicator }
        if let subject = texts["subjectId"], !subject.isEmpty { forecast.subjectId = Identifier(subject) }
        if let scope = texts["scope"].flatMap(scope) { forecast.scope = scope }
        if let year = texts["year"].flatMap(RecordForms.integer) { forecast.year = year }
        if let planned = texts["planned"].flatMap(RecordForms.decimal) {
            forecast.planned = ForecastText.isShare(forecast.indicator) ? planned / 100 : planned
        }
        return forecast
    }

    /// `region`, `municipality:ID`, `organisation:ID`: a scope as its picker's option id.
    static func scopeText(_ scope: Scope) -> String {
        switch scope {
        case .region: "region"
        case .municipality(let id): "municipality:\(id.rawValue)"
        case .organisation(let id): "organisation:\(id.rawValue)"
        }
    }

    static func scope(_ text: String) -> Scope? {
        if text == "region" { return .region }
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let id = String(text[text.index(after: colon)...])
        switch text[..<colon] {
        case "municipality": return .municipality(Identifier(id))
        case "organisation": return .organisation(Identifier(id))
        default: return nil
        }
    }
}
