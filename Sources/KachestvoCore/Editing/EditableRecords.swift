/// The editable fields of every record type, named as in the data file.
extension Municipality: EditableRecord {
    static let fields: [String: FieldAccess<Municipality>] = [
        "name": .text(\.name), "kind": .choice(\.kind), "parentId": .reference(\.parentId),
    ]
}

extension Organisation: EditableRecord {
    static let fields: [String: FieldAccess<Organisation>] = [
        "name": .text(\.name), "kind": .choice(\.kind), "legalForm": .choice(\.legalForm),
        "municipalityId": .reference(\.municipalityId), "settlement": .text(\.settlement),
        "pupils": .integer(\.pupils), "teachers": .integer(\.teachers), "rural": .flag(\.rural),
        "small": .flag(\.small), "role": .choice(\.role), "centreId": .reference(\.centreId),
    ]
}

extension ExamResult: EditableRecord {
    static let fields: [String: FieldAccess<ExamResult>] = [
        "participants": .integer(\.participants), "mean": .number(\.mean), "belowMinimum": .integer(\.belowMinimum),
        "high": .integer(\.high), "hundreds": .integer(\.hundreds),
        "marks": .optional(\.marks, .marks, wrap: FieldValue.marks) { if case .marks(let marks) = $0 { marks } else { nil } },
    ]
}

extension Financing: EditableRecord {
    static let fields: [String: FieldAccess<Financing>] = [
        "normative": .number(\.normative), "coefficient": .number(\.coefficient), "raised": .flag(\.raised),
    ]
}

extension SupportCase: EditableRecord {
    static let fields: [String: FieldAccess<SupportCase>] = [
        "organisationId": .reference(\.organisationId), "reasons": .texts(\.reasons), "curatorId": .reference(\.curatorId),
        "plan": .value(\.plan, .planSteps, wrap: FieldValue.planSteps) { if case .planSteps(let steps) = $0 { steps } else { nil } },
        "status": .choice(\.status), "opened": .day(\.opened), "closed": .day(\.closed),
        "transitions": .value(\.transitions, .transitions, wrap: FieldValue.transitions) {
            if case .transitions(let transitions) = $0 { transitions } else { nil }
        },
    ]
}

extension CouncilMeeting: EditableRecord {
    static let fields: [String: FieldAccess<CouncilMeeting>] = [
        "date": .day(\.date), "topic": .text(\.topic), "open": .flag(\.open),
        "participants": .texts(\.participants), "agenda": .texts(\.agenda),
        "decisions": .value(\.decisions, .decisions, wrap: FieldValue.decisions) {
            if case .decisions(let decisions) = $0 { decisions } else { nil }
        },
    ]
}

extension Forecast: EditableRecord {
    static let fields: [String: FieldAccess<Forecast>] = [
        "meetingId": .reference(\.meetingId), "indicator": .choice(\.indicator), "subjectId": .reference(\.subjectId),
        "scope": .value(\.scope, .scope, wrap: FieldValue.scope) { if case .scope(let scope) = $0 { scope } else { nil } },
        "year": .integer(\.year), "planned": .number(\.planned),
    ]
}

extension FlagThresholds: EditableRecord {
    static let fields: [String: FieldAccess<FlagThresholds>] = [
        "lowResultZ": .number(\.lowResultZ), "failsMinimumShare": .number(\.failsMinimumShare),
        "persistentLowYears": .integer(\.persistentLowYears), "persistentWindow": .integer(\.persistentWindow),
        "stableHighZ": .number(\.stableHighZ), "declineZ": .number(\.declineZ), "declineYears": .integer(\.declineYears),
        "suspiciousJumpZ": .number(\.suspiciousJumpZ), "fundedNoEffectPercentile": .number(\.fundedNoEffectPercentile),
        "effectiveNoFundingPercentile": .number(\.effectiveNoFundingPercentile),
        "needsSupportScore": .number(\.needsSupportScore), "lowResultWeight": .number(\.lowResultWeight),
        "minimumParticipants": .integer(\.minimumParticipants),
        "riskWeights": .value(\.riskWeights, .weights, wrap: FieldValue.weights) { if case .weights(let weights) = $0 { weights } else { nil } },
    ]
}

extension RecordKey.Kind {
    /// The kind of value `field` of this kind of record holds (a whole record for nil); nil for a
    /// field it does not have.
    public func fieldKind(_ field: String?) -> FieldKind? {
        guard let field else { return self == .thresholds ? nil : .record(self) }
        return switch self {
        case .municipality: Municipality.fields[field]?.kind
        case .organisation: Organisation.fields[field]?.kind
        case .examResult: ExamResult.fields[field]?.kind
        case .financing: Financing.fields[field]?.kind
        case .supportCase: SupportCase.fields[field]?.kind
        case .meeting: CouncilMeeting.fields[field]?.kind
        case .forecast: Forecast.fields[field]?.kind
        case .thresholds: FlagThresholds.fields[field]?.kind
        }
    }

    /// The names of the editable fields, sorted.
    public var fieldNames: [String] {
        let names = switch self {
        case .municipality: Array(Municipality.fields.keys)
        case .organisation: Array(Organisation.fields.keys)
        case .examResult: Array(ExamResult.fields.keys)
        case .financing: Array(Financing.fields.keys)
        case .supportCase: Array(SupportCase.fields.keys)
        case .meeting: Array(CouncilMeeting.fields.keys)
        case .forecast: Array(Forecast.fields.keys)
        case .thresholds: Array(FlagThresholds.fields.keys)
        }
        return names.sorted()
    }
}
