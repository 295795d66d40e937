/// A syntax error found by `JSONParser`, at a byte offset of the source.
struct JSONSyntaxError: Error, Equatable {
    var problem: SyntaxProblem
    var offset: Int
}

/// A strict RFC 8259 parser from bytes to a `JSONTape`. Iterative (an explicit stack), so hostile
/// nesting ends in `tooDeep`, never a stack overflow. A leading UTF-8 byte-order mark is skipped.
struct JSONParser {
    /// The deepest nesting of arrays and objects accepted.
    static let maximumDepth = 512

    private struct Frame {
        var node: Int
        var count: Int
        var isObject: Bool
    }

    let input: UnsafeBufferPointer<UInt8>
    var position = 0
    var nodes: [JSONNode] = []
    private var stack: [Frame] = []

    /// Parses a whole document; the bytes must not exceed `JSONNode.lengthLimit`.
    static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONTape {
        let nodes = try bytes.withUnsafeBufferPointer { buffer throws(JSONSyntaxError) in
            var parser = JSONParser(input: buffer)
            parser.nodes.reserveCapacity(bytes.count / 8)
            try parser.parseDocument()
            return parser.nodes
        }
        return JSONTape(bytes: bytes, nodes: nodes)
    }

    /// A parser at the start of `input`; `RecordLineReader` moves `position` itself and scans scalars.
    init(input: UnsafeBufferPointer<UInt8>) { self.input = input }

    private mutating func parseDocument() throws(JSONSyntaxError) {
        if input.count >= 3, input[0] == 0xEF, input[1] == 0xBB, input[2] == 0xBF { position = 3 }
        skipWhitespace()
        guard position < input.count else { throw JSONSyntaxError(problem: .empty, offset: position) }
        try parseValues()
        skipWhitespace()
        if position < input.count {
            throw JSONSyntaxError(problem: .trailingContent(found: try describeCharacter(at: position)), offset: position)
        }
    }

    /// Parses one value (with everything nested in it), driving containers through `stack`.
    private mutating func parseValues() throws(JSONSyntaxError) {
        while true {
            if try parseValueStart() { continue }  // a container opened: its first member comes next
            while let top = stack.last {
                let closing = top.isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
                let expected: SyntaxProblem.Expectation = top.isObject ? .commaOrObjectEnd : .commaOrArrayEnd
                skipWhitespace()
                guard position < input.count else {
                    throw JSONSyntaxError(problem: .unexpectedEnd(expected: expected), offset: position)
                }
                let byte = input[position]
                if byte == UInt8(ascii: ",") {
                    position += 1
                    stack[stack.count - 1].count += 1
                    try beginMember(of: top)
                    break
                }
                guard byte == closing else {
                    throw JSONSyntaxError(
                        problem: .unexpectedCharacter(found: try describeCharacter(at: position), expected: expected),
                        offset: position)
                }
                position += 1
                try close(top)
            }
            if stack.isEmpty { return }
        }
    }

    /// After a comma: skips to the next member, rejecting a trailing comma, and reads an object key.
    private mutating func beginMember(of frame: Frame) throws(JSONSyntaxError) {
        skipWhitespace()
        if position < input.count, input[position] == (frame.isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
            throw JSONSyntaxError(problem: .trailingComma, offset: position)
        }
        if frame.isObject { try parseKey() }
    }

    private mutating func parseKey() throws(JSONSyntaxError) {
        skipWhitespace()
        guard position < input.count else { throw JSONSyntaxError(problem: .unexpectedEnd(expected: .key), offset: position) }
        guard input[position] == UInt8(ascii: "\"") else {
            throw JSONSyntaxError(problem: .unexpectedCharacter(found: try describeCharacter(at: position), expected: .key), offset: position)
        }
        try parseString()
        skipWhitespace()
        guard position < input.count else { throw JSONSyntaxError(problem: .unexpectedEnd(expected: .colon), offset: position) }
        guard input[position] == UInt8(ascii: ":") else {
            throw JSONSyntaxError(problem: .unexpectedCharacter(found: try describeCharacter(at: position), expected: .colon), offset: position)
        }
        position += 1
    }

    /// Parses a scalar or opens a container; true when a non-empty container was opened.
    private mutating func parseValueStart() throws(JSONSyntaxError) -> Bool {
        skipWhitespace()
        guard position < input.count else { throw JSONSyntaxError(problem: .unexpectedEnd(expected: .value), offset: position) }
        let byte = input[position]
        switch byte {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            return try open(isObject: byte == UInt8(ascii: "{"))
        case UInt8(ascii: "\""):
            try parseString()
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            try parseNumber()
        case UInt8(ascii: "t"): try parseLiteral("true", .trueValue)
        case UInt8(ascii: "f"): try parseLiteral("false", .falseValue)
        case UInt8(ascii: "n"): try parseLiteral("null", .null)
        case UInt8(ascii: "N"), UInt8(ascii: "I"), UInt8(ascii: "+"):
            throw JSONSyntaxError(problem: .nonFiniteOrSignedNumber(text: wordText(from: position)), offset: position)
        default:
            throw JSONSyntaxError(problem: .unexpectedCharacter(found: try describeCharacter(at: position), expected: .value), offset: position)
        }
        return false
    }

    /// Opens a container; an immediately closed one (`{}` / `[]`) is finished here.
    private mutating func open(isObject: Bool) throws(JSONSyntaxError) -> Bool {
        guard stack.count < JSONParser.maximumDepth else {
            throw JSONSyntaxError(problem: .tooDeep(limit: JSONParser.maximumDepth), offset: position)
        }
        let start = position
        position += 1
        nodes.append(JSONNode(payload: 0, offset: UInt32(start), length: 0, kind: isObject ? .object : .array))
        let frame = Frame(node: nodes.count - 1, count: 0, isObject: isObject)
        skipWhitespace()
        if position < input.count, input[position] == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
            position += 1
            nodes[frame.node].payload = UInt64(nodes.count)
            return false
        }
        stack.append(frame)
        if isObject { try parseKey() }
        return true
    }

    private mutating func close(_ frame: Frame) throws(JSONSyntaxError) {
        stack.removeLast()
        nodes[frame.node].payload = UInt64(nodes.count)
        nodes[frame.node].length = UInt32(frame.count + 1)
        if frame.isObject { try DuplicateKeyCheck.check(object: frame.node, nodes: nodes, input: input) }
    }

    private mutating func parseLiteral(_ word: StaticString, _ kind: JSONKind) throws(JSONSyntaxError) {
        let count = word.utf8CodeUnitCount
        let matches = position + count <= input.count
            && (0..<count).allSatisfy { input[position + $0] == word.utf8Start[$0] }
        guard matches else {
            throw JSONSyntaxError(problem: .unexpectedCharacter(found: wordText(from: position), expected: .value), offset: position)
        }
        nodes.append(JSONNode(payload: 0, offset: UInt32(position), length: UInt32(count), kind: kind))
        position += count
    }

    mutating func skipWhitespace() {
        while position < input.count {
            switch input[position] {
            case 0x20, 0x0A, 0x0D, 0x09: position += 1
            default: return
            }
        }
    }

    /// The run of letters, digits and signs starting at `start`, for messages (at most 20 bytes).
    func wordText(from start: Int) -> String {
        var stop = start
        while stop < input.count, stop - start < 20,
              input[stop] >= 0x80 || (input[stop] >= 0x2B && input[stop] != 0x2C && input[stop] != 0x3A
                  && input[stop] != 0x5D && input[stop] != 0x7D) {
            stop += 1
        }
        return String(decoding: UnsafeBufferPointer(rebasing: input[start..<max(stop, start + 1)]), as: UTF8.self)
    }

    /// The character at `offset` for a message; invalid UTF-8 there is reported as such.
    func describeCharacter(at offset: Int) throws(JSONSyntaxError) -> String {
        let length = try UTF8Validation.sequenceLength(input, at: offset)
        return String(decoding: UnsafeBufferPointer(rebasing: input[offset..<(offset + length)]), as: UTF8.self)
    }
}
