import Foundation

/// A data file's text with the contents of some root arrays cut out (`"examResults": []`), found
/// without reading them, for `DataStore.loadOutline` and the line-reading full load.
///
/// It relies on the layout `JSONWriter` gives a file: the root's members in `keyOrder`, each
/// starting a line at two spaces of indent (`  "key": `), everything nested indented further, and a
/// non-empty array closing on a line of its own (`  ]`). A raw newline cannot occur inside a JSON
/// string, so a line start is always outside strings. The members before the first array to cut
/// are found walking forward line by line, the rest walking backward from the end, so the biggest
/// array is never touched. Where the walk finds something else, there is no skeleton.
///
/// The cuts are only where the layout says; whether they are the root's own arrays is for the
/// caller to check on the parsed skeleton (`cuts` gives their offsets in `text`).
struct OutlineSkeleton {
    /// The remaining text.
    private(set) var text: [UInt8] = []
    /// Each cut array's key and the offset of its `[` in `text`, in file order.
    private(set) var cuts: [(key: String, offset: Int)] = []
    /// Each cut array's key and the offsets of its `[` and `]` in the file, in file order.
    private(set) var spans: [(key: String, open: Int, close: Int)] = []

    private let bytes: UnsafeBufferPointer<UInt8>

    /// Cuts the non-empty arrays named in `cutting` out of `bytes`; nil when the text is not laid
    /// out as the writer lays out a root with the members `keyOrder`.
    init?(_ bytes: UnsafeBufferPointer<UInt8>, keyOrder: [String], cutting: Set<String>) {
        self.bytes = bytes
        guard bytes.count > 4, bytes[0] == UInt8(ascii: "{"), bytes[1] == 0x0A, !keyOrder.isEmpty else { return nil }
        var rootEnd = bytes.count - 1
        if bytes[rootEnd] == 0x0A { rootEnd -= 1 }
        guard bytes[rootEnd] == UInt8(ascii: "}"), bytes[rootEnd - 1] == 0x0A else { return nil }

        // Forward to the first array to cut.
        var found: [(key: String, open: Int, close: Int)] = []
        var line = 2
        var forward = 0
        while forward < keyOrder.count {
            guard let value = value(of: keyOrder[forward], at: line) else { return nil }
            if cutting.contains(keyOrder[forward]), isNonEmptyArray(at: value) {
                found.append((keyOrder[forward], value, -1))
                break
            }
            guard let next = nextLine(after: value, before: rootEnd) else { return nil }
            line = next
            forward += 1
        }
        // Backward from the end to the member after it.
        var cursor = rootEnd
        for index in stride(from: keyOrder.count - 1, to: forward, by: -1) {
            let key = keyOrder[index]
            let close = cutting.contains(key) ? closingBracket(before: cursor) : nil
            guard let start = close.flatMap({ openingBracket(of: key, before: $0) }) ?? previousMemberLine(before: cursor),
                  let value = value(of: key, at: start) else { return nil }
            if let close, isNonEmptyArray(at: value) { found.append((key, value, close)) }
            cursor = start
        }
        if !found.isEmpty, found[0].close < 0 {
            guard let close = closingBracket(before: cursor), close > found[0].open else { return nil }
            found[0].close = close
        }
        assemble(found.sorted { $0.open < $1.open })
    }

    /// Copies the text around the cuts.
    private mutating func assemble(_ found: [(key: String, open: Int, close: Int)]) {
        spans = found
        var kept = 0
        for cut in found {
            text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[kept...cut.open]))
            cuts.append((cut.key, text.count - 1))
            kept = cut.close
        }
        text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[kept...]))
    }

    /// The offset of the value of the member `key` whose line starts at `line` (`  "key": value`).
    private func value(of key: String, at line: Int) -> Int? {
        let name = Array(key.utf8)
        let value = line + 3 + name.count + 3
        guard value < bytes.count, bytes[line] == 0x20, bytes[line + 1] == 0x20, bytes[line + 2] == UInt8(ascii: "\""),
              bytes[(line + 3)..<(line + 3 + name.count)].elementsEqual(name),
              bytes[value - 3] == UInt8(ascii: "\""), bytes[value - 2] == UInt8(ascii: ":"), bytes[value - 1] == 0x20 else {
            return nil
        }
        return value
    }

    private func isNonEmptyArray(at value: Int) -> Bool {
        value + 1 < bytes.count && bytes[value] == UInt8(ascii: "[") && bytes[value + 1] != UInt8(ascii: "]")
    }

    /// The start of the next line after `offset` that opens a root member (`  "`) or is the root's
    /// closing line at `rootEnd`.
    private func nextLine(after offset: Int, before rootEnd: Int) -> Int? {
        var cursor = offset
        while let newline = find(0x0A, from: cursor, to: rootEnd) {
            let line = newline + 1
            if line == rootEnd || startsMember(line) { return line }
            cursor = line
        }
        return nil
    }

    /// The start of the closest line before the line starting at `cursor` that opens a root member.
    private func previousMemberLine(before cursor: Int) -> Int? {
        var end = cursor - 1
        while let newline = findBackward(0x0A, from: 0, to: end) {
            if startsMember(newline + 1) { return newline + 1 }
            end = newline
        }
        return nil
    }

    /// The `]` of the line before the one starting at `cursor`, when that line is `  ]` or `  ],`.
    private func closingBracket(before cursor: Int) -> Int? {
        guard cursor >= 4, let newline = findBackward(0x0A, from: 0, to: cursor - 1) else { return nil }
        let close = newline + 3
        guard close < cursor, bytes[newline + 1] == 0x20, bytes[newline + 2] == 0x20, bytes[close] == UInt8(ascii: "]") else { return nil }
        return close
    }

    /// The start of the line of member `key` when the nearest `[` before `close` is its value (records
    /// of the big arrays hold none, so this jumps over them at once).
    private func openingBracket(of key: String, before close: Int) -> Int? {
        guard let open = findBackward(UInt8(ascii: "["), from: 0, to: close),
              let newline = findBackward(0x0A, from: 0, to: open), value(of: key, at: newline + 1) == open else { return nil }
        return newline + 1
    }

    private func startsMember(_ line: Int) -> Bool {
        line + 2 < bytes.count && bytes[line] == 0x20 && bytes[line + 1] == 0x20 && bytes[line + 2] == UInt8(ascii: "\"")
    }

    /// The first `byte` in `bytes[from..<to]` (glibc's vectorised `memchr`).
    private func find(_ byte: UInt8, from: Int, to: Int) -> Int? {
        guard from < to, let base = bytes.baseAddress, let found = memchr(base + from, Int32(byte), to - from) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// The last `byte` in `bytes[from..<to]`, 32 bytes at a time (glibc's `memrchr` is not visible
    /// from Swift).
    private func findBackward(_ byte: UInt8, from: Int, to: Int) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        var stop = to
        let wanted = SIMD32<UInt8>(repeating: byte)
        while stop - from >= 32 {
            let chunk = UnsafeRawPointer(base + stop - 32).loadUnaligned(as: SIMD32<UInt8>.self)
            if any(chunk .== wanted) { break }
            stop -= 32
        }
        var index = stop - 1
        while index >= from {
            if base[index] == byte { return index }
            index -= 1
        }
        return nil
    }
}
