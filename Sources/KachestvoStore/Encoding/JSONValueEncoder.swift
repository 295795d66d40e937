/// Encodes any `Encodable` into a `JSONValue`. Non-finite doubles are refused with an
/// `EncodingError` naming the coding path.
enum JSONValueEncoder {
    static func encode<T: Encodable>(_ value: T) throws -> JSONValue {
        try EncodingSlot.make(value, path: .root).finished
    }
}

/// A value being built: finished, or a container still filled in through a reference.
enum EncodingSlot {
    case value(JSONValue)
    case pending(EncodingBox)

    var finished: JSONValue {
        switch self {
        case .value(let value): value
        case .pending(let box): box.finished
        }
    }

    /// Encodes `value`: plain values directly, anything else through a `BoxEncoder`.
    static func make<T: Encodable>(_ value: T, path: CodingPathNode) throws -> EncodingSlot {
        // Metatype checks instead of `as?` casts: the runtime cast was a hot spot for big datasets.
        if T.self == String.self { return .value(.string(unsafeBitCast(value, to: String.self))) }
        if T.self == Int.self { return .value(.integer(unsafeBitCast(value, to: Int.self))) }
        if T.self == Double.self { return .value(try double(unsafeBitCast(value, to: Double.self), path: path)) }
        if T.self == Bool.self { return .value(.bool(unsafeBitCast(value, to: Bool.self))) }
        let box = EncodingBox()
        try value.encode(to: BoxEncoder(box: box, path: path))
        return .value(box.finished)
    }

    static func double(_ number: Double, path: CodingPathNode) throws -> JSONValue {
        guard number.isFinite else {
            throw EncodingError.invalidValue(number, .init(codingPath: path.keys, debugDescription: "\(number) is not a finite number"))
        }
        return .double(number)
    }
}

/// The storage behind one encoder: a single value, an object or an array.
final class EncodingBox {
    enum Content {
        case empty
        case single(JSONValue)
        case object([(key: String, slot: EncodingSlot)])
        case array([EncodingSlot])
    }

    var content = Content.empty

    var finished: JSONValue {
        switch content {
        case .empty: .object(JSONObject())
        case .single(let value): value
        case .object(let members): .object(JSONObject(members.map { JSONObject.Member($0.key, $0.slot.finished) }))
        case .array(let elements): .array(elements.map(\.finished))
        }
    }

    func setMember(_ key: String, _ slot: EncodingSlot) {
        guard case .object(var members) = content else { return content = .object([(key, slot)]) }
        content = .empty
        members.append((key, slot))
        content = .object(members)
    }

    func append(_ slot: EncodingSlot) {
        guard case .array(var elements) = content else { return content = .array([slot]) }
        content = .empty
        elements.append(slot)
        content = .array(elements)
    }

    var elementCount: Int {
        if case .array(let elements) = content { return elements.count }
        return 0
    }
}
