/// The kind of one parsed JSON value.
enum JSONKind: UInt8 {
    case null, falseValue, trueValue, integer, double, string, array, object
}

/// One value of a parsed document, stored flat in `JSONTape.nodes` (16 bytes each).
///
/// Containers are followed by their children (an object by key, value, key, value…); `payload` of a
/// container is the index just past its last descendant, so a subtree is skipped in O(1).
struct JSONNode {
    /// integer: the bits of the Int; double: the bits of the Double; container: index past the subtree;
    /// string: 1 when the text holds escapes.
    var payload: UInt64
    /// Byte offset of the value's first byte (the quote of a string, the bracket of a container).
    var offset: UInt32
    /// The kind in the top 3 bits, the length below (which is why files are limited to 512 MiB).
    private var packed: UInt32

    /// Lengths fit in the low 29 bits.
    static let lengthLimit = 1 << 29

    init(payload: UInt64, offset: UInt32, length: UInt32, kind: JSONKind) {
        self.payload = payload
        self.offset = offset
        self.packed = UInt32(kind.rawValue) << 29 | length
    }

    /// Every 3-bit value is a case (`JSONKind` has exactly eight), so no check is needed.
    var kind: JSONKind { unsafeBitCast(UInt8(truncatingIfNeeded: packed >> 29), to: JSONKind.self) }

    /// string: content length in bytes; number: text length; container: member count.
    var length: UInt32 {
        get { packed & 0x1FFF_FFFF }
        set { packed = packed & 0xE000_0000 | newValue }
    }
}

/// A parsed JSON document: the source bytes plus the flat list of values, each remembering where it
/// starts in the source so errors can name a line and column.
final class JSONTape {
    let bytes: [UInt8]
    let nodes: [JSONNode]
    /// Key → value index for big objects, built on first lookup so dictionary decoding stays linear.
    private var bigObjectIndex: [Int: [String: Int]] = [:]

    /// Objects with more members than this get a hashed index instead of a linear scan.
    private static let linearLookupLimit = 24

    init(bytes: [UInt8], nodes: [JSONNode]) {
        self.bytes = bytes
        self.nodes = nodes
    }

    /// The index just past the subtree starting at `index`.
    func end(of index: Int) -> Int {
        let node = nodes[index]
        return node.kind == .array || node.kind == .object ? Int(node.payload) : index + 1
    }

    /// The node indices of an array's elements, or of an object's (key, value) pairs, in order.
    func children(of index: Int) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(Int(nodes[index].length))
        let step = nodes[index].kind == .object ? 1 : 0
        var cursor = index + 1
        let stop = end(of: index)
        while cursor < stop {
            result.append(cursor)
            cursor = end(of: cursor + step)
        }
        return result
    }

    /// The value index of the member named `name` of the object at `index`, or nil.
    func member(of index: Int, named name: String) -> Int? {
        let count = Int(nodes[index].length)
        if count > JSONTape.linearLookupLimit {
            return hashedIndex(of: index)[name]
        }
        var wanted = name
        return wanted.withUTF8 { target in
            nodes.withUnsafeBufferPointer { nodes in
                bytes.withUnsafeBufferPointer { source in
                    var cursor = index + 1
                    for _ in 0..<count {
                        let key = nodes[cursor]
                        if Int(key.length) == target.count || key.payload != 0 {
                            let found = key.payload == 0
                                ? JSONTape.equal(source.baseAddress! + Int(key.offset) + 1, target)
                                : string(at: cursor).utf8.elementsEqual(target)
                            if found { return cursor + 1 }
                        }
                        let value = nodes[cursor + 1]
                        cursor = value.kind == .array || value.kind == .object ? Int(value.payload) : cursor + 2
                    }
                    return nil
                }
            }
        }
    }

    private func hashedIndex(of index: Int) -> [String: Int] {
        if let cached = bigObjectIndex[index] { return cached }
        var table: [String: Int] = [:]
        for key in children(of: index) { table[string(at: key)] = key + 1 }
        bigObjectIndex[index] = table
        return table
    }

    /// Byte equality for short keys (a plain loop beats a `memcmp` call at these lengths).
    private static func equal(_ source: UnsafePointer<UInt8>, _ target: UnsafeBufferPointer<UInt8>) -> Bool {
        for index in 0..<target.count where source[index] != target[index] { return false }
        return true
    }

    /// The decoded text of the string at `index` (escapes resolved).
    func string(at index: Int) -> String {
        let node = nodes[index]
        let start = Int(node.offset) + 1
        let stop = start + Int(node.length)
        if node.payload == 0 {
            return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<stop]), as: UTF8.self) }
        }
        return StringUnescaper.unescape(bytes[start..<stop])
    }

    /// The source text of the value at `index` when it is a number.
    func numberText(at index: Int) -> String {
        let node = nodes[index]
        let start = Int(node.offset)
        return String(decoding: bytes[start..<(start + Int(node.length))], as: UTF8.self)
    }
}
