/// Rejects an object that names the same key twice (RFC 8259 leaves it undefined; we refuse to guess).
enum DuplicateKeyCheck {
    /// Above this many members the check hashes keys instead of comparing every pair.
    private static let pairwiseLimit = 16

    static func check(object: Int, nodes: [JSONNode], input: UnsafeBufferPointer<UInt8>) throws(JSONSyntaxError) {
        let count = Int(nodes[object].length)
        guard count > 1, !keysAscend(object: object, count: count, nodes: nodes, input: input) else { return }
        try withUnsafeTemporaryAllocation(of: Int.self, capacity: count) { keys throws(JSONSyntaxError) in
            var cursor = object + 1
            for member in 0..<count {
                keys[member] = cursor
                let value = nodes[cursor + 1]
                cursor = value.kind == .array || value.kind == .object ? Int(value.payload) : cursor + 2
            }
            try check(keys: keys, nodes: nodes, input: input)
        }
    }

    /// True when no key holds escapes and each is bytewise greater than the one before, so none
    /// repeats: one pass for the objects of a saved file, whose keys are written sorted.
    private static func keysAscend(object: Int, count: Int, nodes: [JSONNode], input: UnsafeBufferPointer<UInt8>) -> Bool {
        var cursor = object + 1
        var previous: JSONNode?
        for _ in 0..<count {
            let key = nodes[cursor]
            guard key.payload == 0 else { return false }
            if let previous, !bytewiseLess(previous, key, input) { return false }
            previous = key
            let value = nodes[cursor + 1]
            cursor = value.kind == .array || value.kind == .object ? Int(value.payload) : cursor + 2
        }
        return true
    }

    private static func bytewiseLess(_ a: JSONNode, _ b: JSONNode, _ input: UnsafeBufferPointer<UInt8>) -> Bool {
        let first = Int(a.offset) + 1, second = Int(b.offset) + 1
        for index in 0..<Int(min(a.length, b.length)) where input[first + index] != input[second + index] {
            return input[first + index] < input[second + index]
        }
        return a.length < b.length
    }

    private static func check(keys: UnsafeMutableBufferPointer<Int>, nodes: [JSONNode], input: UnsafeBufferPointer<UInt8>) throws(JSONSyntaxError) {
        let count = keys.count
        if count <= pairwiseLimit {
            for second in 1..<count {
                for first in 0..<second where sameKey(nodes[keys[first]], nodes[keys[second]], input) {
                    throw duplicate(nodes[keys[second]], input)
                }
            }
        } else {
            var seen = Set<[UInt8]>()
            for key in keys where !seen.insert(text(nodes[key], input)).inserted {
                throw duplicate(nodes[key], input)
            }
        }
    }

    private static func sameKey(_ a: JSONNode, _ b: JSONNode, _ input: UnsafeBufferPointer<UInt8>) -> Bool {
        if a.payload == 0 && b.payload == 0 {
            guard a.length == b.length else { return false }
            let first = Int(a.offset) + 1, second = Int(b.offset) + 1
            for index in 0..<Int(a.length) where input[first + index] != input[second + index] { return false }
            return true
        }
        return text(a, input) == text(b, input)
    }

    private static func text(_ key: JSONNode, _ input: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        let start = Int(key.offset) + 1
        let content = Array(input[start..<(start + Int(key.length))])
        return key.payload == 0 ? content : StringUnescaper.unescapedBytes(content[...])
    }

    private static func duplicate(_ key: JSONNode, _ input: UnsafeBufferPointer<UInt8>) -> JSONSyntaxError {
        JSONSyntaxError(problem: .duplicateKey(String(decoding: text(key, input), as: UTF8.self)), offset: Int(key.offset))
    }
}
