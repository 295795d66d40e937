/// A JSON value as an editable tree: what migrations rewrite and what the writer prints.
public enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case integer(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    /// The members when this is an object.
    public var objectValue: JSONObject? {
        if case .object(let members) = self { return members }
        return nil
    }
}

/// The members of a JSON object, always sorted by key (Swift string order) with each key once, so
/// printing needs no sorting and equal objects print identically.
public struct JSONObject: Hashable, Sendable {
    /// One key and its value.
    public struct Member: Hashable, Sendable {
        public var key: String
        public var value: JSONValue

        public init(_ key: String, _ value: JSONValue) {
            self.key = key
            self.value = value
        }
    }

    public private(set) var members: [Member]

    /// Sorts the members; when a key repeats, the last one wins.
    public init(_ members: [Member] = []) {
        let ordered = zip(members.dropFirst(), members).allSatisfy { JSONObject.precedes($1.key, $0.key) }
        guard !ordered else { self.members = members; return }
        let sorted = members.enumerated().sorted {
            JSONObject.precedes($0.element.key, $1.element.key) || ($0.element.key == $1.element.key && $0.offset < $1.offset)
        }
        var unique: [Member] = []
        unique.reserveCapacity(sorted.count)
        for (_, member) in sorted {
            if unique.last?.key == member.key { unique[unique.count - 1] = member } else { unique.append(member) }
        }
        self.members = unique
    }

    public var isEmpty: Bool { members.isEmpty }

    /// The value for `key`; setting nil removes the member.
    public subscript(key: String) -> JSONValue? {
        get { members.first { $0.key == key }?.value }
        set {
            members.removeAll { $0.key == key }
            if let newValue { self = JSONObject(members + [Member(key, newValue)]) }
        }
    }

    @discardableResult
    public mutating func removeValue(forKey key: String) -> JSONValue? {
        defer { self[key] = nil }
        return self[key]
    }

    private static func precedes(_ a: String, _ b: String) -> Bool { a < b }
}

extension JSONTape {
    /// The subtree at `index` as an editable value.
    func value(at index: Int) -> JSONValue {
        let node = nodes[index]
        switch node.kind {
        case .null: return .null
        case .trueValue: return .bool(true)
        case .falseValue: return .bool(false)
        case .integer: return .integer(Int(Int64(bitPattern: node.payload)))
        case .double: return .double(Double(bitPattern: node.payload))
        case .string: return .string(string(at: index))
        case .array: return .array(children(of: index).map { value(at: $0) })
        case .object: return .object(JSONObject(children(of: index).map { JSONObject.Member(string(at: $0), value(at: $0 + 1)) }))
        }
    }
}
