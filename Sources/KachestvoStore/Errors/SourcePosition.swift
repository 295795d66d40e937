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
        self = Self.positions(of: [offset], in: bytes)[0]
    }

    /// The positions of many offsets, in their order, found in one pass over `bytes` (after sorting
    /// the offsets): locating N places costs the file's length plus N log N, even when the whole
    /// file is one line.
    public static func positions(of offsets: [Int], in bytes: [UInt8]) -> [SourcePosition] {
        let order = offsets.indices.sorted { offsets[$0] < offsets[$1] }
        var positions = [SourcePosition](repeating: SourcePosition(line: 1, column: 1, byteOffset: 0), count: offsets.count)
        let byteOrderMark = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        var line = 1, characters = 0, cursor = 0
        bytes.withUnsafeBufferPointer { bytes in
            for index in order {
                let stop = min(max(offsets[index], 0), bytes.count)
                while cursor < stop {
                    let byte = bytes[cursor]
                    if byte == 0x0A {
                        line += 1
                        characters = 0
                    } else if byte & 0xC0 != 0x80 {
                        characters += 1
                    }
                    cursor += 1
                }
                let skipped = line == 1 && byteOrderMark && stop >= 3 ? 1 : 0
                positions[index] = SourcePosition(line: line, column: characters - skipped + 1, byteOffset: offsets[index])
            }
        }
        return positions
    }

    /// `line:column`.
    public var description: String { "\(line):\(column)" }
}
