import Foundation

/// Reads the records of the big root arrays straight from a data file's bytes when they are
/// exactly as `BulkRecordWriter` writes them (and `JSONWriter` the organisations): one record per
/// line (`\n    {…},`), members in its key order, separators `": "` and `", "`. Scalars go through the
/// parser's own `scanNumber` / `scanString`, so a value read here is the one the tape would hold.
///
/// Anything else — another layout, a member missing, extra or out of order, `2.0` for a whole
/// number, a bad escape, invalid UTF-8 — gives nil, never an error: the caller then loads the file the
/// general way, which decodes it or reports the located error.
struct RecordLineReader {
    private var parser: JSONParser

    /// A reader of `bytes` that never looks at or past `end` (an offset in `bytes`).
    init(_ bytes: UnsafeBufferPointer<UInt8>, end: Int) {
        parser = JSONParser(input: UnsafeBufferPointer(rebasing: bytes[..<end]))
    }

    /// The records of the lines in `range` of an array's text: each line `\n    ` and a record,
    /// followed by `,` except the array's last record, which ends the range when `isFinal`.
    mutating func records<Record>(in range: Range<Int>, isFinal: Bool, into records: inout [Record],
                                  read: (inout RecordLineReader) -> Record?) -> Bool {
        parser.position = range.lowerBound
        guard range.upperBound <= parser.input.count else { return false }
        while parser.position < range.upperBound {
            guard literal("\n    "), let record = read(&self) else { return false }
            records.append(record)
            if parser.position == range.upperBound { return isFinal }
            guard literal(",") else { return false }
        }
        return !isFinal
    }

    /// Whether `text` comes next; reads past it when it does.
    mutating func literal(_ text: StaticString) -> Bool {
        literal(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Whether `text` comes next; reads past it when it does.
    mutating func literal(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = parser.position
        guard start + text.count <= parser.input.count,
              memcmp(parser.input.baseAddress! + start, text.baseAddress!, text.count) == 0 else { return false }
        parser.position += text.count
        return true
    }

    /// The whole number after `key`, written as an integer (`2014`, not `2014.0`).
    mutating func int(after key: StaticString) -> Int? {
        guard literal(key), let node = number(), node.kind == .integer else { return nil }
        return Int(Int64(bitPattern: node.payload))
    }

    /// The number after `key`, as `JSONTape.decodeDouble` reads it.
    mutating func double(after key: StaticString) -> Double? {
        guard literal(key) else { return nil }
        return double()
    }

    /// The number that comes next, as `JSONTape.decodeDouble` reads it.
    mutating func double() -> Double? {
        guard let node = number() else { return nil }
        return node.kind == .integer ? Double(Int64(bitPattern: node.payload)) : Double(bitPattern: node.payload)
    }

    /// The string after `key`.
    mutating func string(after key: StaticString) -> String? {
        guard literal(key) else { return nil }
        return string()
    }

    /// The string that comes next, its escapes resolved as the tape resolves them (a name may hold
    /// a quotation mark).
    mutating func string() -> String? {
        guard parser.position < parser.input.count, parser.input[parser.position] == UInt8(ascii: "\""),
              let node = try? parser.scanString() else { return nil }
        let start = Int(node.offset) + 1
        let content = UnsafeBufferPointer(rebasing: parser.input[start..<(start + Int(node.length))])
        return node.payload == 0 ? String(decoding: content, as: UTF8.self) : StringUnescaper.unescape(Array(content)[...])
    }

    /// `true` or `false` after `key`.
    mutating func bool(after key: StaticString) -> Bool? {
        guard literal(key) else { return nil }
        if literal("true") { return true }
        return literal("false") ? false : nil
    }

    private mutating func number() -> JSONNode? {
        guard parser.position < parser.input.count else { return nil }
        let byte = parser.input[parser.position]
        guard byte == UInt8(ascii: "-") || byte &- 48 < 10 else { return nil }
        return try? parser.scanNumber()
    }
}
