/// Which record of a dataset an edit touches: an entity by its id, a yearly record by its
/// organisation, year (and subject), or the dataset's one set of flag thresholds.
///
/// Written as one readable string — `organisation:nso-0042`, `examResult:nso-0042/2024/ege-rus`,
/// `financing:nso-0042/2024`, `thresholds` — in `description` and in JSON, so the audit journal can
/// be read and searched by eye. The year and subject are read from the end of the text, so an
/// organisation id may itself contain a slash.
public enum RecordKey: Hashable, Sendable, Codable, CustomStringConvertible {
    case municipality(Identifier<Municipality>)
    case organisation(Identifier<Organisation>)
    case examResult(organisation: Identifier<Organisation>, year: Int, subject: Identifier<Subject>)
    case financing(organisation: Identifier<Organisation>, year: Int)
    case supportCase(Identifier<SupportCase>)
    case meeting(Identifier<CouncilMeeting>)
    case forecast(Identifier<Forecast>)
    case thresholds

    /// The kind of record, without its id: what decides which fields it has.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case municipality, organisation, examResult, financing, supportCase, meeting, forecast, thresholds
    }

    public var kind: Kind {
        switch self {
        case .municipality: .municipality
        case .organisation: .organisation
        case .examResult: .examResult
        case .financing: .financing
        case .supportCase: .supportCase
        case .meeting: .meeting
        case .forecast: .forecast
        case .thresholds: .thresholds
        }
    }

    /// The organisation the record belongs to — the organisation itself, or the owner of a result,
    /// a financing record or a support case — for `history --entity ID` and scope checks. Nil for a
    /// record of no one organisation (a municipality, a meeting, a forecast, the thresholds).
    public var organisationId: Identifier<Organisation>? {
        switch self {
        case .organisation(let id), .examResult(let id, _, _), .financing(let id, _): id
        case .municipality, .supportCase, .meeting, .forecast, .thresholds: nil
        }
    }

    /// The id as written after the kind: `nso-0042`, `nso-0042/2024/ege-rus`; empty for thresholds.
    public var idText: String {
        switch self {
        case .municipality(let id): id.rawValue
        case .organisation(let id): id.rawValue
        case .examResult(let org, let year, let subject): "\(org.rawValue)/\(year)/\(subject.rawValue)"
        case .financing(let org, let year): "\(org.rawValue)/\(year)"
        case .supportCase(let id): id.rawValue
        case .meeting(let id): id.rawValue
        case .forecast(let id): id.rawValue
        case .thresholds: ""
        }
    }

    public var description: String {
        self == .thresholds ? kind.rawValue : "\(kind.rawValue):\(idText)"
    }

    /// Reads the form `description` writes; nil for anything else.
    public init?(_ text: String) {
        if text == Kind.thresholds.rawValue {
            self = .thresholds
            return
        }
        guard let colon = text.firstIndex(of: ":"), let kind = Kind(rawValue: String(text[..<colon])) else { return nil }
        let id = String(text[text.index(after: colon)...])
        guard !id.isEmpty else { return nil }
        switch kind {
        case .municipality: self = .municipality(Identifier(id))
        case .organisation: self = .organisation(Identifier(id))
        case .supportCase: self = .supportCase(Identifier(id))
        case .meeting: self = .meeting(Identifier(id))
        case .forecast: self = .forecast(Identifier(id))
        case .thresholds: return nil
        case .financing:
            guard let (org, year) = Self.splitLast(id), let year = Int(year) else { return nil }
            self = .financing(organisation: Identifier(org), year: year)
        case .examResult:
            guard let (head, subject) = Self.splitLast(id), let (org, year) = Self.splitLast(head),
                  let year = Int(year) else { return nil }
            self = .examResult(organisation: Identifier(org), year: year, subject: Identifier(subject))
        }
    }

    /// `a/b/c` → (`a/b`, `c`); nil when either side would be empty.
    private static func splitLast(_ text: String) -> (String, String)? {
        guard let slash = text.lastIndex(of: "/") else { return nil }
        let head = String(text[..<slash]), tail = String(text[text.index(after: slash)...])
        return head.isEmpty || tail.isEmpty ? nil : (head, tail)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let key = RecordKey(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "«\(text)» does not name a record (like organisation:ID or examResult:ID/YEAR/SUBJECT)")
        }
        self = key
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
