/// A place in a file: 1-based line and column (columns count Unicode characters, as editors do) plus
/// the 0-based byte offset.
public struct SourcePosition: Equatable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var byteOffset: Int

    public init(line: Int, column: Int, byteOffset: Int) {
        self.line = line
        self.column = column
        self.byteOffset = byteOffset
    }

    /// The position of `offset` in `bytes`; a leading byte-order mark does not count as a column.
    public init(offset: Int, in bytes: [UInt8]) {
        var line = 1
        var lineStart = 0
        let stop = min(offset, bytes.count)
        for index in 0..<stop where bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        if lineStart == 0, bytes.starts(with: [0xEF, 0xBB, 0xBF]), stop >= 3 { lineStart = 3 }
        let characters = bytes[lineStart..<stop].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        self.init(line: line, column: characters + 1, byteOffset: offset)
    }

    /// `line:column`.
    public var description: String { "\(line):\(column)" }
}
