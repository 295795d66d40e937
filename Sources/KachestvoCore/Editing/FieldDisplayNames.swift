import Bilingual

extension RecordKey.Kind {
    /// What the user calls `field` of this kind of record, for change summaries: «педагогов» /
    /// "teachers" for `teachers`; nil for a field it does not have. The journal keeps the JSON key.
    public func displayName(of field: String) -> BilingualText? {
        displayNames[field]
    }

    /// Every editable field's name for the user, by its JSON key (`FieldDisplayNameTests` checks
    /// that these are exactly the fields of `EditableRecords`).
    var displayNames: [String: BilingualText] {
        switch self {
        case .municipality: Self.municipalityNames
        case .organisation: Self.organisationNames
        case .examResult: Self.examResultNames
        case .financing: Self.financingNames
        case .supportCase: Self.supportCaseNames
        case .meeting: Self.meetingNames
        case .forecast: Self.forecastNames
        case .thresholds: Self.thresholdNames
        }
    }

    private static func t(_ ru: String, _ en: String) -> BilingualText { BilingualText(ru: ru, en: en) }

    private static let municipalityNames = [
        "name": t("название", "name"), "kind": t("тип", "kind"), "parentId": t("входит в", "part of"),
    ]

    private static let organisationNames = [
        "name": t("название", "name"), "kind": t("тип", "kind"), "legalForm": t("правовая форма", "legal form"),
        "municipalityId": t("муниципалитет", "municipality"), "settlement": t("населённый пункт", "settlement"),
        "pupils": t("обучающихся", "pupils"), "teachers": t("педагогов", "teachers"), "rural": t("сельская", "rural"),
        "small": t("малокомплектная", "small school"), "role": t("роль", "role"), "centreId": t("центр", "centre"),
    ]

    private static let examResultNames = [
        "participants": t("участников", "participants"), "mean": t("средний балл", "mean"),
        "belowMinimum": t("ниже минимума", "below the minimum"), "high": t("81–100 баллов", "81–100 points"),
        "hundreds": t("100 баллов", "100 points"), "marks": t("отметки", "marks"),
    ]

    private static let financingNames = [
        "normative": t("норматив", "normative"), "coefficient": t("коэффициент", "coefficient"),
        "raised": t("повышенный коэффициент", "raised coefficient"),
    ]

    private static let supportCaseNames = [
        "organisationId": t("организация", "organisation"), "reasons": t("причины", "reasons"),
        "curatorId": t("куратор", "curator"), "plan": t("план", "plan"), "status": t("статус", "status"),
        "opened": t("открыт", "opened"), "closed": t("закрыт", "closed"), "transitions": t("история", "history"),
    ]

    private static let meetingNames = [
        "date": t("дата", "date"), "topic": t("тема", "topic"), "open": t("открытое", "open"),
        "participants": t("участники", "participants"), "agenda": t("повестка", "agenda"), "decisions": t("решения", "decisions"),
    ]

    private static let forecastNames = [
        "meetingId": t("заседание", "meeting"), "indicator": t("показатель", "indicator"), "subjectId": t("предмет", "subject"),
        "scope": t("охват", "scope"), "year": t("год", "year"), "planned": t("план", "planned"),
    ]

    private static let thresholdNames = [
        "lowResultZ": t("низкий результат (z)", "low result (z)"),
        "failsMinimumShare": t("доля ниже минимума", "share below the minimum"),
        "persistentLowYears": t("лет низких результатов", "years of low results"),
        "persistentWindow": t("окно лет", "window of years"), "stableHighZ": t("стабильно высокий (z)", "stable high (z)"),
        "declineZ": t("снижение (z)", "decline (z)"), "declineYears": t("лет снижения", "years of decline"),
        "suspiciousJumpZ": t("подозрительный скачок (z)", "suspicious jump (z)"),
        "fundedNoEffectPercentile": t("финансирование без эффекта (перцентиль)", "funded, no effect (percentile)"),
        "effectiveNoFundingPercentile": t("эффект без финансирования (перцентиль)", "effective, no funding (percentile)"),
        "needsSupportScore": t("порог нужды в поддержке", "needs-support score"),
        "lowResultWeight": t("вес низкого результата", "low result weight"),
        "minimumParticipants": t("минимум участников", "minimum participants"), "riskWeights": t("веса риска", "risk weights"),
    ]
}
