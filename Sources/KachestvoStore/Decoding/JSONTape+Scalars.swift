/// Reading typed values from tape nodes; every failure is a `DecodingError` whose underlying error is
/// the `SchemaProblem` that later becomes a located `StoreError`.
extension JSONTape {
    func decodeBool(_ index: Int, path: () -> [any CodingKey]) throws -> Bool {
        switch nodes[index].kind {
        case .trueValue: return true
        case .falseValue: return false
        default: throw mismatch(Bool.self, .boolean, at: index, path: path())
        }
    }

    func decodeString(_ index: Int, path: () -> [any CodingKey]) throws -> String {
        guard nodes[index].kind == .string else { throw mismatch(String.self, .string, at: index, path: path()) }
        return string(at: index)
    }

    func decodeDouble(_ index: Int, path: () -> [any CodingKey]) throws -> Double {
        let node = nodes[index]
        switch node.kind {
        case .integer: return Double(Int64(bitPattern: node.payload))
        case .double: return Double(bitPattern: node.payload)
        default: throw mismatch(Double.self, .number, at: index, path: path())
        }
    }

    func decodeFloat(_ index: Int, path: () -> [any CodingKey]) throws -> Float {
        let value = Float(try decodeDouble(index, path: path))
        guard value.isFinite else { throw problem(Float.self, .outOfRange(found: render(index)), path: path()) }
        return value
    }

    /// Whole numbers only: `2.5` is refused, `2.0` and `2e3` are accepted, and the value must fit `T`.
    func decodeInteger<T: FixedWidthInteger>(_ type: T.Type, _ index: Int, path: () -> [any CodingKey]) throws -> T {
        let node = nodes[index]
        if T.self == Int.self, node.kind == .integer {  // the common case, without generic conversion
            return unsafeBitCast(Int(Int64(bitPattern: node.payload)), to: T.self)
        }
        switch node.kind {
        case .integer:
            if let value = T(exactly: Int64(bitPattern: node.payload)) { return value }
        case .double:
            let value = Double(bitPattern: node.payload)
            guard value.rounded(.towardZero) == value else {
                throw problem(T.self, .notWholeNumber(found: render(index)), path: path())
            }
            if let exact = T(exactly: value) { return exact }
        default:
            throw mismatch(T.self, .wholeNumber, at: index, path: path())
        }
        throw problem(T.self, .outOfRange(found: render(index)), path: path())
    }

    /// Decodes any `Decodable` at `index`, with fast paths for plain values. A refused enum raw value
    /// becomes `unknownValue` listing the allowed names.
    func decodeValue<T: Decodable>(_ type: T.Type, at index: Int, path: CodingPathNode) throws -> T {
        if T.self == String.self { return try decodeString(index) { path.keys } as! T }
        if T.self == Int.self { return try decodeInteger(Int.self, index) { path.keys } as! T }
        if T.self == Double.self { return try decodeDouble(index) { path.keys } as! T }
        if T.self == Bool.self { return try decodeBool(index) { path.keys } as! T }
        if let records = try decodeBulkRecords(type, at: index, path: path) { return records }
        do {
            return try T(from: TapeDecoder(tape: self, node: index, path: path))
        } catch DecodingError.dataCorrupted(let context) where context.underlyingError == nil {
            let keys = path.keys
            guard context.codingPath.count == keys.count, let allowed = enumCaseNames(T.self) else {
                throw DecodingError.dataCorrupted(context)
            }
            throw problem(T.self, .unknownValue(found: render(index), allowed: allowed), path: keys)
        }
    }

    /// The value at `index` as written, for messages: strings quoted and shortened, containers elided.
    func render(_ index: Int) -> String {
        switch nodes[index].kind {
        case .null: return "null"
        case .trueValue: return "true"
        case .falseValue: return "false"
        case .integer, .double: return numberText(at: index)
        case .array: return "[…]"
        case .object: return "{…}"
        case .string:
            let text = string(at: index)
            let shown = text.count > 40 ? text.prefix(40) + "…" : Substring(text)
            return "\"\(shown)\""
        }
    }

    func mismatch(_ type: Any.Type, _ expected: SchemaProblem.Expected, at index: Int, path: [any CodingKey]) -> DecodingError {
        let problem = SchemaProblem.typeMismatch(expected: expected, found: render(index))
        return DecodingError.typeMismatch(type, .init(codingPath: path, debugDescription: problem.text.en, underlyingError: problem))
    }

    func problem(_ type: Any.Type, _ problem: SchemaProblem, path: [any CodingKey]) -> DecodingError {
        DecodingError.dataCorrupted(.init(codingPath: path, debugDescription: problem.text.en, underlyingError: problem))
    }
}

/// The raw names of a `CaseIterable` string enum, or nil for any other type.
private func enumCaseNames<T>(_ type: T.Type) -> [String]? {
    guard let iterable = type as? any CaseIterable.Type else { return nil }
    let names = caseNames(iterable)
    return names.isEmpty ? nil : names
}

private func caseNames<C: CaseIterable>(_ type: C.Type) -> [String] {
    type.allCases.compactMap { ($0 as? any RawRepresentable)?.rawValue as? String }
}

/// The coding key of an array element.
struct IndexKey: CodingKey {
    let intValue: Int?
    var stringValue: String { "Index \(intValue ?? 0)" }

    init(_ index: Int) { intValue = index }
    init?(intValue: Int) { self.intValue = intValue }
    init?(stringValue: String) { nil }
}
