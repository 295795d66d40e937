/// The members of one JSON object, looked up by key.
struct TapeKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let tape: JSONTape
    let node: Int
    let path: CodingPathNode

    var codingPath: [any CodingKey] { path.keys }

    var allKeys: [Key] { tape.children(of: node).compactMap { Key(stringValue: tape.string(at: $0)) } }

    func contains(_ key: Key) -> Bool { tape.member(of: node, named: key.stringValue) != nil }

    private func value(_ key: Key) throws -> Int {
        guard let index = tape.member(of: node, named: key.stringValue) else {
            let problem = SchemaProblem.missingKey(key.stringValue)
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: problem.text.en, underlyingError: problem))
        }
        return index
    }

    func decodeNil(forKey key: Key) throws -> Bool { tape.nodes[try value(key)].kind == .null }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try tape.decodeBool(value(key)) { path.appending(key).keys } }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try tape.decodeString(value(key)) { path.appending(key).keys } }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try tape.decodeDouble(value(key)) { path.appending(key).keys } }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try tape.decodeFloat(value(key)) { path.appending(key).keys } }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try integer(type, key) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try integer(type, key) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try integer(type, key) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try integer(type, key) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try integer(type, key) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try integer(type, key) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try integer(type, key) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try integer(type, key) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try integer(type, key) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try integer(type, key) }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try tape.decodeValue(type, at: value(key), path: path.appending(key))
    }

    /// One lookup instead of the default's three (contains, decodeNil, decode).
    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let index = tape.member(of: node, named: key.stringValue), tape.nodes[index].kind != .null else { return nil }
        return try tape.decodeValue(type, at: index, path: path.appending(key))
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try superDecoder(forKey: key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try superDecoder(forKey: key).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        try superDecoder(forKey: Key(stringValue: "super")!)
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        TapeDecoder(tape: tape, node: try value(key), path: path.appending(key))
    }

    private func integer<T: FixedWidthInteger>(_ type: T.Type, _ key: Key) throws -> T {
        try tape.decodeInteger(type, value(key)) { path.appending(key).keys }
    }
}
