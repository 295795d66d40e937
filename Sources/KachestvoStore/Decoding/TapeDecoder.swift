/// A `Decoder` reading one value of a `JSONTape`; it is also that value's single-value container.
struct TapeDecoder: Decoder, SingleValueDecodingContainer {
    let tape: JSONTape
    let node: Int
    let path: CodingPathNode

    var codingPath: [any CodingKey] { path.keys }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard tape.nodes[node].kind == .object else {
            throw tape.mismatch([String: Any].self, .object, at: node, path: codingPath)
        }
        return KeyedDecodingContainer(TapeKeyedContainer<Key>(tape: tape, node: node, path: path))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard tape.nodes[node].kind == .array else {
            throw tape.mismatch([Any].self, .array, at: node, path: codingPath)
        }
        return TapeUnkeyedContainer(tape: tape, node: node, path: path)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

    func decodeNil() -> Bool { tape.nodes[node].kind == .null }
    func decode(_ type: Bool.Type) throws -> Bool { try tape.decodeBool(node) { codingPath } }
    func decode(_ type: String.Type) throws -> String { try tape.decodeString(node) { codingPath } }
    func decode(_ type: Double.Type) throws -> Double { try tape.decodeDouble(node) { codingPath } }
    func decode(_ type: Float.Type) throws -> Float { try tape.decodeFloat(node) { codingPath } }
    func decode(_ type: Int.Type) throws -> Int { try integer(type) }
    func decode(_ type: Int8.Type) throws -> Int8 { try integer(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try integer(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try integer(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try integer(type) }
    func decode(_ type: UInt.Type) throws -> UInt { try integer(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try integer(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try integer(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try integer(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try integer(type) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try tape.decodeValue(type, at: node, path: path) }

    private func integer<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
        try tape.decodeInteger(type, node) { codingPath }
    }
}
