/// A whole record, for an edit that adds or deletes one (`Edit.field == nil`). Written in JSON as
/// the record's own object, exactly as the data file holds it.
public enum RecordValue: Hashable, Sendable, Encodable {
    case municipality(Municipality)
    case organisation(Organisation)
    case examResult(ExamResult)
    case financing(Financing)
    case supportCase(SupportCase)
    case meeting(CouncilMeeting)
    case forecast(Forecast)

    /// Which record this is.
    public var key: RecordKey {
        switch self {
        case .municipality(let record): .municipality(record.id)
        case .organisation(let record): .organisation(record.id)
        case .examResult(let record): .examResult(organisation: record.organisationId, year: record.year, subject: record.subjectId)
        case .financing(let record): .financing(organisation: record.organisationId, year: record.year)
        case .supportCase(let record): .supportCase(record.id)
        case .meeting(let record): .meeting(record.id)
        case .forecast(let record): .forecast(record.id)
        }
    }

    public var organisation: Organisation? { if case .organisation(let r) = self { r } else { nil } }
    public var examResult: ExamResult? { if case .examResult(let r) = self { r } else { nil } }
    public var financing: Financing? { if case .financing(let r) = self { r } else { nil } }
    public var supportCase: SupportCase? { if case .supportCase(let r) = self { r } else { nil } }

    /// Reads a record of `kind` from the record's own JSON object; thresholds are no record to add.
    init(from decoder: any Decoder, kind: RecordKey.Kind) throws {
        switch kind {
        case .municipality: self = .municipality(try Municipality(from: decoder))
        case .organisation: self = .organisation(try Organisation(from: decoder))
        case .examResult: self = .examResult(try ExamResult(from: decoder))
        case .financing: self = .financing(try Financing(from: decoder))
        case .supportCase: self = .supportCase(try SupportCase(from: decoder))
        case .meeting: self = .meeting(try CouncilMeeting(from: decoder))
        case .forecast: self = .forecast(try Forecast(from: decoder))
        case .thresholds:
            throw DecodingError.dataCorrupted(DecodingError.Context(
                codingPath: decoder.codingPath, debugDescription: "the thresholds are edited field by field, never added or deleted"))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .municipality(let record): try record.encode(to: encoder)
        case .organisation(let record): try record.encode(to: encoder)
        case .examResult(let record): try record.encode(to: encoder)
        case .financing(let record): try record.encode(to: encoder)
        case .supportCase(let record): try record.encode(to: encoder)
        case .meeting(let record): try record.encode(to: encoder)
        case .forecast(let record): try record.encode(to: encoder)
        }
    }
}
