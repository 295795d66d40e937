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
    /// `организация nso-0042` / `organisation nso-0042`.
    var named: BilingualText {
        let noun = kind.noun
        return idText.isEmpty ? noun : BilingualText(ru: "\(noun.ru) \(idText)", en: "\(noun.en) \(idText)")
    }
}
