import Bilingual

/// Whether a record can be deleted without breaking references to it: a УМЦ or КЦ with the schools
/// it supports or the cases it curates, a school with results, financing, risk profiles, support cases
/// or decisions naming it, a meeting a forecast or direction points to, a municipality with
/// organisations or city districts. Each reason names what refers and how many.
public enum ReferenceCheck {
    /// Why `record` cannot be deleted from `dataset`; empty when it can.
    public static func reasons(deleting record: RecordKey, in dataset: Dataset) -> [BilingualText] {
        switch record {
        case .organisation(let id): organisationReasons(id, dataset)
        case .municipality(let id): municipalityReasons(id, dataset)
        case .meeting(let id):
            [reason(dataset.forecasts.count { $0.meetingId == id }, ru: "прогнозов, принятых на заседании", en: "forecasts set at the meeting"),
             reason(dataset.directions.count { $0.meetingId == id }, ru: "направлений, принятых на заседании", en: "directions adopted at the meeting")]
                .compactMap { $0 }
        case .examResult, .financing, .supportCase, .forecast, .thresholds: []
        }
    }

    /// The reasons as one refusal, for `EditError.refused`; nil when the delete is fine.
    public static func refusal(deleting record: RecordKey, in dataset: Dataset) -> BilingualText? {
        let reasons = reasons(deleting: record, in: dataset)
        guard !reasons.isEmpty else { return nil }
        let noun = record.named()
        return BilingualText(ru: "нельзя удалить (\(noun.ru)): на запись ссылаются — " + reasons.map(\.ru).joined(separator: "; "),
                             en: "cannot delete \(noun.en): it is referred to by " + reasons.map(\.en).joined(separator: "; "))
    }

    private static func organisationReasons(_ id: Identifier<Organisation>, _ dataset: Dataset) -> [BilingualText] {
        [
            reason(dataset.organisations.count { $0.centreId == id }, ru: "организаций, которые курирует этот центр",
                   en: "organisations this centre supports"),
            reason(dataset.examResults.count { $0.organisationId == id }, ru: "результатов экзаменов", en: "exam results"),
            reason(dataset.financing.count { $0.organisationId == id }, ru: "записей о финансировании", en: "financing records"),
            reason(dataset.riskProfiles.count { $0.organisationId == id }, ru: "профилей рисков", en: "risk profiles"),
            reason(dataset.supportCases.count { $0.organisationId == id }, ru: "случаев адресной поддержки этой школы",
                   en: "support cases of this school"),
            reason(dataset.supportCases.count { $0.curatorId == id }, ru: "случаев поддержки, которые курирует центр",
                   en: "support cases it curates"),
            reason(dataset.meetings.reduce(0) { $0 + $1.decisions.count { $0.organisationIds.contains(id) } },
                   ru: "решений совета, где она названа", en: "council decisions naming it"),
            reason(dataset.forecasts.count { $0.scope == .organisation(id) }, ru: "прогнозов по ней", en: "forecasts for it"),
        ].compactMap { $0 }
    }

    private static func municipalityReasons(_ id: Identifier<Municipality>, _ dataset: Dataset) -> [BilingualText] {
        [
            reason(dataset.organisations.count { $0.municipalityId == id }, ru: "организаций муниципалитета", en: "organisations in it"),
            reason(dataset.municipalities.count { $0.parentId == id }, ru: "районов города", en: "city districts in it"),
            reason(dataset.forecasts.count { $0.scope == .municipality(id) }, ru: "прогнозов по нему", en: "forecasts for it"),
        ].compactMap { $0 }
    }

    /// «результатов экзаменов: 12» / "12 exam results"; nil for none.
    private static func reason(_ count: Int, ru: String, en: String) -> BilingualText? {
        count == 0 ? nil : BilingualText(ru: "\(ru): \(NumberText.grouped(count, .ru))", en: "\(NumberText.grouped(count, .en)) \(en)")
    }
}
