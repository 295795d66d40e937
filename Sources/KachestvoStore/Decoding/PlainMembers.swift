/// An object key's bytes as written (no escapes), matched against names in a `switch`:
/// `case "year":`.
struct MemberKey {
    let bytes: UnsafeBufferPointer<UInt8>

    static func ~= (name: StaticString, key: MemberKey) -> Bool {
        guard name.utf8CodeUnitCount == key.bytes.count else { return false }
        for index in 0..<key.bytes.count where name.utf8Start[index] != key.bytes[index] { return false }
        return true
    }
}

/// Reading records without the `Decoder` machinery: members by key bytes, scalars only when they
/// are exactly the expected kind (nil otherwise, never an error; the caller then falls back to the
/// generic decoder, which reports the problem).
extension JSONTape {
    /// Calls `body` with each member's key and value index in file order while it returns true.
    /// False when `body` stopped or a key holds escapes.
    func forEachPlainMember(of object: Int, _ body: (MemberKey, Int) -> Bool) -> Bool {
        bytes.withUnsafeBufferPointer { source in
            var cursor = object + 1
            let stop = end(of: object)
            while cursor < stop {
                let key = nodes[cursor]
                guard key.payload == 0 else { return false }
                let start = Int(key.offset) + 1
                let name = MemberKey(bytes: UnsafeBufferPointer(rebasing: source[start..<(start + Int(key.length))]))
                guard body(name, cursor + 1) else { return false }
                cursor = end(of: cursor + 1)
            }
            return true
        }
    }

    func plainString(_ index: Int) -> String? {
        nodes[index].kind == .string ? string(at: index) : nil
    }

    func plainInt(_ index: Int) -> Int? {
        let node = nodes[index]
        return node.kind == .integer ? Int(Int64(bitPattern: node.payload)) : nil
    }

    func plainDouble(_ index: Int) -> Double? {
        let node = nodes[index]
        switch node.kind {
        case .integer: return Double(Int64(bitPattern: node.payload))
        case .double: return Double(bitPattern: node.payload)
        default: return nil
        }
    }

    func plainBool(_ index: Int) -> Bool? {
        switch nodes[index].kind {
        case .trueValue: true
        case .falseValue: false
        default: nil
        }
    }
}
