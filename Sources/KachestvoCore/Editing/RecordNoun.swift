import Bilingual

extension RecordKey.Kind {
    /// What a record of this kind is called, for summaries and reasons: «организация» / "organisation".
    public var noun: BilingualText {
        switch self {
        case .municipality: BilingualText(ru: "муниципалитет", en: "municipality")
        case .organisation: BilingualText(ru: "организация", en: "organisation")
        case .examResult: BilingualText(ru: "результат экзамена", en: "exam result")
        case .financing: BilingualText(ru: "финансирование", en: "financing record")
        case .supportCase: BilingualText(ru: "случай адресной поддержки", en: "support case")
        case .meeting: BilingualText(ru: "заседание совета", en: "council meeting")
        case .forecast: BilingualText(ru: "прогноз", en: "forecast")
        case .thresholds: BilingualText(ru: "пороги флагов", en: "flag thresholds")
        }
    }
}

extension RecordKey {
    /// `организация nso-0042`; with the dataset at hand, its organisation by name: `организация
    /// «МКОУ СОШ № 1»`, `финансирование «МКОУ СОШ № 1» 2023/2024`.
    func named(in dataset: Dataset? = nil) -> BilingualText {
        let noun = kind.noun
        guard let label = label(in: dataset) ?? (idText.isEmpty ? nil : idText) else { return noun }
        return BilingualText(ru: "\(noun.ru) \(label)", en: "\(noun.en) \(label)")
    }

    /// The organisation's name in quotes, with a yearly record's year (and subject); nil when the
    /// dataset does not know the organisation.
    private func label(in dataset: Dataset?) -> String? {
        guard let dataset, let id = organisationId, let name = dataset.organisation(id)?.name else {
            return nil
        }
        switch self {
        case .examResult(_, let year, let subject):
            let subjectName = dataset.subjects.first { $0.id == subject }?.name ?? subject.rawValue
            return "«\(name)» \(AcademicYear(year: year).label) \(subjectName)"
        case .financing(_, let year): return "«\(name)» \(AcademicYear(year: year).label)"
        default: return "«\(name)»"
        }
    }
}
