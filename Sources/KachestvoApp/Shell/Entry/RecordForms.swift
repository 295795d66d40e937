import Bilingual
import KachestvoCore
import TerminalKit

/// What the record forms share: each kind's fields and how a record is read back from them, the
/// data's rules for the field being left, and the title.
enum RecordForms {
    static func fields(_ record: RecordValue, isNew: Bool, _ lookup: EntryLookup, _ context: ScreenContext) -> [FormField] {
        switch record {
        case .organisation(let org): OrganisationForm.fields(org, lookup, context)
        case .financing(let financing): FinancingForm.fields(financing, context)
        case .meeting(let meeting): MeetingForm.fields(meeting, isNew: isNew, context)
        case .forecast(let forecast): ForecastForm.fields(forecast, isNew: isNew, lookup.dataset, context)
        default: []
        }
    }

    /// `original` with every field the form holds as text.
    static func record(_ original: RecordValue, texts: [String: String]) -> RecordValue {
        switch original {
        case .organisation(let org): .organisation(OrganisationForm.organisation(org, texts: texts))
        case .financing(let financing): .financing(FinancingForm.financing(financing, texts: texts))
        case .meeting(let meeting): .meeting(MeetingForm.meeting(meeting, texts: texts))
        case .forecast(let forecast): .forecast(ForecastForm.forecast(forecast, texts: texts))
        default: original
        }
    }

    static func title(_ editor: RecordEditor, _ state: AppState) -> String {
        switch editor.original {
        case .organisation(let org): editor.isNew ? state.text(.formNewSchool) : "\(state.text(.formOrganisation)) · \(org.id)"
        case .financing(let financing):
            "\(state.text(.financingTitle)) · \(state.model.index.organisation(financing.organisationId)?.name ?? financing.organisationId.rawValue) · \(AcademicYear(year: financing.year).label)"
        case .meeting(let meeting): editor.isNew ? state.text(.formNewMeeting) : "\(state.text(.councilMeeting)) · \(meeting.id)"
        case .forecast(let forecast): editor.isNew ? state.text(.formNewForecast) : "\(state.text(.councilForecast)) · \(forecast.id)"
        default: ""
        }
    }

    /// The texts of every field of `form`, by id.
    static func texts(_ form: FormState) -> [String: String] {
        Dictionary(uniqueKeysWithValues: form.fields.map { ($0.id, $0.text) })
    }

    /// The data's rules for one field as the user leaves it, on the record as the form holds it.
    static func validator(_ editor: RecordEditor, _ dataset: Dataset, _ language: Language) -> FormValidator {
        let texts = texts(editor.form)
        let last = LastProblems()
        return { field, text in
            var all = texts
            all[field] = text
            return last.problems(of: record(editor.original, texts: all), dataset, dependants: editor.dependants)[field]?.first?.text(language)
        }
    }

    /// The problems of the record last asked about: a commit checks every field of one record (a
    /// grid's, every cell of a row), and its rules check the whole record at once.
    final class LastProblems {
        private var last: (record: RecordValue, problems: [String?: [BilingualText]])?

        func problems(of record: RecordValue, _ dataset: Dataset, dependants: [Organisation]?) -> [String?: [BilingualText]] {
            if let last, last.record == record { return last.problems }
            let problems = FieldRules.problems(in: record, dataset: dataset, dependants: dependants)
            last = (record, problems)
            return problems
        }
    }

    /// A whole number as typed, spaces between digit groups allowed.
    static func integer(_ text: String) -> Int? { Int(text.filter { $0 != " " }) }

    /// A decimal number typed with `,` or `.`.
    static func decimal(_ text: String) -> Double? {
        Double(String(text.filter { $0 != " " }.map { $0 == "," ? "." : $0 }))
    }
}

/// A school's financing for one year as a form: the normative per pupil, the coefficient, raised.
enum FinancingForm {
    static func fields(_ financing: Financing, _ context: ScreenContext) -> [FormField] {
        [
            .line("normative", label: context.text(.normative), kind: .decimal(0...10_000_000),
                  text: NumberText.fixed(financing.normative, digits: 0, context.language), isRequired: true),
            .line("coefficient", label: context.text(.coefficient), kind: .decimal(0...10),
                  text: NumberText.fixed(financing.coefficient, digits: 2, context.language), isRequired: true),
            .toggle("raised", label: context.text(.raisedCoefficient), isOn: financing.raised),
        ]
    }

    static func financing(_ base: Financing, texts: [String: String]) -> Financing {
        var financing = base
        if let value = texts["normative"].flatMap(RecordForms.decimal) { financing.normative = value }
        if let value = texts["coefficient"].flatMap(RecordForms.decimal) { financing.coefficient = value }
        if let raised = texts["raised"] { financing.raised = raised == "true" }
        return financing
    }
}
