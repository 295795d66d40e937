import Foundation

/// A data file's text with the interiors of its big record arrays cut out (`"examResults": []`),
/// found without parsing them, for `DataStore.loadOutline`.
///
/// It relies on the layout `JSONWriter` gives a file: the root's members each start a line at two
/// spaces of indent (`  "key": `), everything nested is indented further, and a big array holds one
/// record per line and closes on a line of its own (`  ]`). A raw newline cannot occur inside a
/// JSON string, so a line start is always outside strings. An array is cut only when its text
/// holds no `[` and its first `]` begins a line after two spaces: in a well-formed file that `]`
/// is the one closing the array, so the skeleton is the file with those arrays emptied, whatever
/// the records say. The records themselves are not read; the full load checks them.
struct OutlineSkeleton {
    /// The cut-out arrays' keys, in the order found.
    private(set) var cutKeys: [String] = []
    /// The text that remains.
    private(set) var text: [UInt8] = []

    /// Cuts the arrays named in `keys` out of `bytes`; nil when the text is not laid out as the
    /// writer lays it out (minified, another indentation, CRLF line ends, a byte-order mark…).
    init?(_ bytes: UnsafeBufferPointer<UInt8>, cutting keys: Set<String>) {
        guard bytes.count > 2, bytes[0] == UInt8(ascii: "{"), bytes[1] == 0x0A else { return nil }
        var kept = 0
        var line = 2
        // Invariant: `line` is the start of a line that opens a root member.
        while true {
            guard let (key, value) = Self.member(at: line, in: bytes) else { return nil }
            var searchFrom = value
            if keys.contains(key), bytes[value] == UInt8(ascii: "["), let close = Self.closingBracket(from: value, in: bytes) {
                guard !cutKeys.contains(key) else { return nil }
                cutKeys.append(key)
                text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[kept...value]))
                kept = close
                searchFrom = close
            }
            guard let next = Self.nextRootLine(after: searchFrom, in: bytes) else { return nil }
            if bytes[next] == UInt8(ascii: "}") { break }
            line = next
        }
        text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[kept...]))
    }

    /// The key of the root member whose line starts at `line` and the offset of its value: the line
    /// reads `  "key": value`, the key without escapes.
    private static func member(at line: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (String, Int)? {
        guard line + 3 < bytes.count, bytes[line] == 0x20, bytes[line + 1] == 0x20, bytes[line + 2] == UInt8(ascii: "\"") else {
            return nil
        }
        var end = line + 3
        while end < bytes.count, bytes[end] != UInt8(ascii: "\"") {
            guard bytes[end] != UInt8(ascii: "\\"), bytes[end] >= 0x20 else { return nil }
            end += 1
        }
        let value = end + 3
        guard value < bytes.count, bytes[end + 1] == UInt8(ascii: ":"), bytes[end + 2] == 0x20 else { return nil }
        return (String(decoding: UnsafeBufferPointer(rebasing: bytes[(line + 3)..<end]), as: UTF8.self), value)
    }

    /// The offset of the `]` closing the non-empty array that opens at `open`, when its text holds
    /// no other bracket and that `]` starts its line after exactly two spaces; nil otherwise.
    private static func closingBracket(from open: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let start = open + 1
        guard let close = find(UInt8(ascii: "]"), in: bytes, from: start, to: bytes.count), close - start >= 3,
              bytes[close - 3] == 0x0A, bytes[close - 2] == 0x20, bytes[close - 1] == 0x20,
              find(UInt8(ascii: "["), in: bytes, from: start, to: close) == nil else { return nil }
        return close
    }

    /// The start of the next line after `offset` that opens a root member (`  "`) or closes the root
    /// (`}`); nil when the text ends first.
    private static func nextRootLine(after offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var cursor = offset
        while let newline = find(0x0A, in: bytes, from: cursor, to: bytes.count) {
            let line = newline + 1
            guard line < bytes.count else { return nil }
            if bytes[line] == UInt8(ascii: "}") { return line }
            if line + 2 < bytes.count, bytes[line] == 0x20, bytes[line + 1] == 0x20, bytes[line + 2] == UInt8(ascii: "\"") {
                return line
            }
            cursor = line
        }
        return nil
    }

    /// The first `byte` in `bytes[from..<to]` (glibc's vectorised `memchr`).
    private static func find(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int? {
        guard from < to, let base = bytes.baseAddress, let found = memchr(base + from, Int32(byte), to - from) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }
}
