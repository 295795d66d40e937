/// An indicator that can be aggregated, forecast and compared.
public enum Indicator: String, Codable, Sendable, CaseIterable, Hashable {
    /// Mean score (ЕГЭ) or mean mark (ОГЭ).
    case mean
    /// Share of participants below the minimum, 0…1.
    case belowMinimumShare
    /// Share scoring 81–100 (ЕГЭ) or «5» (ОГЭ), 0…1.
    case highShare
    /// Number of 100-point results.
    case hundreds
}

/// What a forecast or an aggregate is about: the whole region, a municipality, or an organisation
/// (a КЦ or УМЦ forecast covers its whole subtree).
public enum Scope: Hashable, Sendable, Codable {
    case region
    case municipality(Identifier<Municipality>)
    case organisation(Identifier<Organisation>)

    private enum CodingKeys: String, CodingKey { case kind, id }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let kind = try container.decode(String.self, forKey: .kind)
        switch kind {
        case "region": self = .region
        case "municipality": self = .municipality(try container.decode(Identifier<Municipality>.self, forKey: .id))
        case "organisation": self = .organisation(try container.decode(Identifier<Organisation>.self, forKey: .id))
        default:
            throw DecodingError.dataCorruptedError(
                forKey: .kind, in: container,
                debugDescription: "unknown scope «\(kind)»; expected region, municipality or organisation")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .region: try container.encode("region", forKey: .kind)
        case .municipality(let id):
            try container.encode("municipality", forKey: .kind)
            try container.encode(id, forKey: .id)
        case .organisation(let id):
            try container.encode("organisation", forKey: .kind)
            try container.encode(id, forKey: .id)
        }
    }
}

/// A forecast result (спрогнозированный результат) set by the council: the planned value of an
/// indicator for a subject, scope and year.
public struct Forecast: Codable, Hashable, Sendable, Identifiable {
    public var id: Identifier<Forecast>
    public var meetingId: Identifier<CouncilMeeting>?
    public var indicator: Indicator
    public var subjectId: Identifier<Subject>
    public var scope: Scope
    public var year: Int
    public var planned: Double

    public init(
        id: Identifier<Forecast>, meetingId: Identifier<CouncilMeeting>?, indicator: Indicator,
        subjectId: Identifier<Subject>, scope: Scope, year: Int, planned: Double
    ) {
        self.id = id
        self.meetingId = meetingId
        self.indicator = indicator
        self.subjectId = subjectId
        self.scope = scope
        self.year = year
        self.planned = planned
    }
}
