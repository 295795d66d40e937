/// The elements of one JSON array, read in order.
struct TapeUnkeyedContainer: UnkeyedDecodingContainer {
    let tape: JSONTape
    let node: Int
    let path: CodingPathNode
    let count: Int?
    private(set) var currentIndex = 0
    private var cursor: Int

    var codingPath: [any CodingKey] { path.keys }

    init(tape: JSONTape, node: Int, path: CodingPathNode) {
        self.tape = tape
        self.node = node
        self.path = path
        self.count = Int(tape.nodes[node].length)
        self.cursor = node + 1
    }

    var isAtEnd: Bool { currentIndex >= count ?? 0 }

    /// The next element's node and coding path, moving past it.
    private mutating func next() throws -> (index: Int, path: CodingPathNode) {
        let elementPath = path.appending(IndexKey(currentIndex))
        guard !isAtEnd else {
            let problem = SchemaProblem.tooFewElements
            throw DecodingError.valueNotFound(Any.self, .init(codingPath: elementPath.keys, debugDescription: problem.text.en, underlyingError: problem))
        }
        let index = cursor
        cursor = tape.end(of: cursor)
        currentIndex += 1
        return (index, elementPath)
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, tape.nodes[cursor].kind == .null else { return false }
        _ = try next()
        return true
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool { try decode(type) { tape, element in try tape.decodeBool(element.index) { element.path.keys } } }
    mutating func decode(_ type: String.Type) throws -> String { try decode(type) { tape, element in try tape.decodeString(element.index) { element.path.keys } } }
    mutating func decode(_ type: Double.Type) throws -> Double { try decode(type) { tape, element in try tape.decodeDouble(element.index) { element.path.keys } } }
    mutating func decode(_ type: Float.Type) throws -> Float { try decode(type) { tape, element in try tape.decodeFloat(element.index) { element.path.keys } } }
    mutating func decode(_ type: Int.Type) throws -> Int { try integer(type) }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try integer(type) }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try integer(type) }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try integer(type) }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try integer(type) }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try integer(type) }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try integer(type) }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try integer(type) }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try integer(type) }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try integer(type) }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try decode(type) { tape, element in try tape.decodeValue(type, at: element.index, path: element.path) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try superDecoder().container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try superDecoder().unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder {
        let element = try next()
        return TapeDecoder(tape: tape, node: element.index, path: element.path)
    }

    private mutating func integer<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
        try decode(type) { tape, element in try tape.decodeInteger(type, element.index) { element.path.keys } }
    }

    private mutating func decode<T>(_ type: T.Type, _ read: (JSONTape, (index: Int, path: CodingPathNode)) throws -> T) throws -> T {
        try read(tape, next())
    }
}
