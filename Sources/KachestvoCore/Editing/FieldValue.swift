/// The typed value of one field of a record, or a whole record (for an add or a delete).
///
/// Choices (a school's `kind`, a case's `status`) and references (`municipalityId`, `centreId`) are
/// `.text` of their raw value, as the data file writes them; an optional without a value is `.none`.
/// In JSON a value is written plainly — text as a string, a number as a number, a day as
/// `"YYYY-MM-DD"`, a record as its object — so the audit journal reads like the data file; reading
/// it back needs the field's `FieldKind`, which `Edit` knows from its record and field.
public indirect enum FieldValue: Hashable, Sendable, Encodable, CustomStringConvertible {
    case none
    case text(String)
    case integer(Int)
    case number(Double)
    case flag(Bool)
    case day(Day)
    case texts([String])
    case marks(MarkCounts)
    case planSteps([SupportCase.PlanStep])
    case transitions([SupportCase.Transition])
    case decisions([CouncilMeeting.Decision])
    case scope(Scope)
    case weights([String: Double])
    case record(RecordValue)

    /// The value as one short line, for messages: text as it is, a day as ДД.ММ.ГГГГ, a list by its size.
    public var description: String {
        switch self {
        case .none: "—"
        case .text(let text): text
        case .integer(let value): String(value)
        case .number(let value): String(value)
        case .flag(let value): value ? "✓" : "✗"
        case .day(let day): day.dotted
        case .texts(let texts): texts.joined(separator: "; ")
        case .marks(let marks): "\(marks.two)/\(marks.three)/\(marks.four)/\(marks.five)"
        case .planSteps(let steps): "[\(steps.count)]"
        case .transitions(let transitions): "[\(transitions.count)]"
        case .decisions(let decisions): "[\(decisions.count)]"
        case .scope(let scope): scope.text
        case .weights(let weights): weights.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ", ")
        case .record(let record): record.key.description
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .none: try container.encodeNil()
        case .text(let text): try container.encode(text)
        case .integer(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .flag(let value): try container.encode(value)
        case .day(let day): try container.encode(day)
        case .texts(let texts): try container.encode(texts)
        case .marks(let marks): try container.encode(marks)
        case .planSteps(let steps): try container.encode(steps)
        case .transitions(let transitions): try container.encode(transitions)
        case .decisions(let decisions): try container.encode(decisions)
        case .scope(let scope): try container.encode(scope)
        case .weights(let weights): try container.encode(weights)
        case .record(let record): try container.encode(record)
        }
    }

    /// Reads a value written by `encode(to:)` for a field of `kind`: JSON `null` is `.none` whatever
    /// the kind.
    public init(from decoder: any Decoder, kind: FieldKind) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .none
            return
        }
        switch kind {
        case .text: self = .text(try container.decode(String.self))
        case .integer: self = .integer(try container.decode(Int.self))
        case .number: self = .number(try container.decode(Double.self))
        case .flag: self = .flag(try container.decode(Bool.self))
        case .day: self = .day(try container.decode(Day.self))
        case .texts: self = .texts(try container.decode([String].self))
        case .marks: self = .marks(try container.decode(MarkCounts.self))
        case .planSteps: self = .planSteps(try container.decode([SupportCase.PlanStep].self))
        case .transitions: self = .transitions(try container.decode([SupportCase.Transition].self))
        case .decisions: self = .decisions(try container.decode([CouncilMeeting.Decision].self))
        case .scope: self = .scope(try container.decode(Scope.self))
        case .weights: self = .weights(try container.decode([String: Double].self))
        case .record(let record): self = .record(try RecordValue(from: decoder, kind: record))
        }
    }
}

/// What type of value a field holds, which decides how its JSON is read back.
public enum FieldKind: Hashable, Sendable {
    case text, integer, number, flag, day, texts, marks, planSteps, transitions, decisions, scope, weights
    /// A whole record of this kind (an add or a delete).
    case record(RecordKey.Kind)
}

extension Scope {
    /// `region`, `municipality:ID` or `organisation:ID`.
    var text: String {
        switch self {
        case .region: "region"
        case .municipality(let id): "municipality:\(id.rawValue)"
        case .organisation(let id): "organisation:\(id.rawValue)"
        }
    }
}
