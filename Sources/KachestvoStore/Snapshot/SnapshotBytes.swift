/// Little-endian fixed-width binary built up in a byte array: the snapshot's header and columns.
struct SnapshotWriter {
    private(set) var bytes: [UInt8] = []

    mutating func append<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// A length (UInt64) and the bytes.
    mutating func append(block: [UInt8]) {
        append(UInt64(block.count))
        bytes.append(contentsOf: block)
    }

    /// A length (UInt64) and what `content` appends, written in place: a block of tens of megabytes
    /// is never built apart and then copied.
    mutating func appendBlock(_ content: (inout SnapshotWriter) -> Void) {
        let start = bytes.count
        append(UInt64(0))
        content(&self)
        let length = UInt64(bytes.count - start - 8).littleEndian
        bytes.withUnsafeMutableBytes { $0.storeBytes(of: length, toByteOffset: start, as: UInt64.self) }
    }

    /// Makes room for `count` more bytes, so that a large part grows without being copied on the way.
    mutating func reserve(_ count: Int) {
        bytes.reserveCapacity(bytes.count + count)
    }

    /// A length (UInt64) and the UTF-8 bytes.
    mutating func append(_ text: String) {
        append(block: Array(text.utf8))
    }

    /// A width byte, then every value in that many bytes: the fewest (1, 2, 4 or 8) that hold them all.
    mutating func appendColumn(_ values: [Int]) {
        let width = values.reduce(1) { max($0, Self.width(of: $1)) }
        append(UInt8(width))
        switch width {
        case 1: appendEach(values.count, as: Int8.self) { Int8(values[$0]) }
        case 2: appendEach(values.count, as: Int16.self) { Int16(values[$0]) }
        case 4: appendEach(values.count, as: Int32.self) { Int32(values[$0]) }
        default: appendEach(values.count, as: Int64.self) { Int64(values[$0]) }
        }
    }

    /// Every value's bit pattern in 8 bytes, so each comes back exactly.
    mutating func appendColumn(_ values: [Double]) {
        appendEach(values.count, as: UInt64.self) { values[$0].bitPattern }
    }

    /// `count` values stored straight into the bytes' new end (appending them one by one took most
    /// of a save; building them apart first doubled a column's memory).
    private mutating func appendEach<T: FixedWidthInteger>(_ count: Int, as type: T.Type, _ value: (Int) -> T) {
        let size = MemoryLayout<T>.size, start = bytes.count
        bytes.append(contentsOf: repeatElement(0, count: count * size))
        bytes.withUnsafeMutableBytes { raw in
            for position in 0..<count { raw.storeBytes(of: value(position).littleEndian, toByteOffset: start + position * size, as: T.self) }
        }
    }

    private static func width(of value: Int) -> Int {
        if Int8(exactly: value) != nil { return 1 }
        if Int16(exactly: value) != nil { return 2 }
        return Int32(exactly: value) != nil ? 4 : 8
    }
}

/// The snapshot is not what this build wrote (truncated, corrupted, another format): it is ignored.
struct SnapshotUnreadable: Error {}

/// Reads what `SnapshotWriter` wrote, checking every length against the bytes that remain, so no
/// input, however damaged, reads out of bounds or asks for an absurd allocation.
struct SnapshotReader {
    private let bytes: UnsafeRawBufferPointer
    private(set) var offset = 0

    init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    var remaining: Int { bytes.count - offset }

    mutating func take(_ count: Int) throws(SnapshotUnreadable) -> UnsafeRawBufferPointer {
        guard count >= 0, count <= remaining else { throw SnapshotUnreadable() }
        defer { offset += count }
        return UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + count)])
    }

    mutating func integer<T: FixedWidthInteger>(_ type: T.Type) throws(SnapshotUnreadable) -> T {
        T(littleEndian: try take(MemoryLayout<T>.size).loadUnaligned(as: T.self))
    }

    /// A count of things each taking at least `minimumBytes`, refused when they cannot all be there.
    mutating func count(ofAtLeast minimumBytes: Int) throws(SnapshotUnreadable) -> Int {
        let count = try integer(UInt64.self)
        guard count <= UInt64(remaining / max(1, minimumBytes)) else { throw SnapshotUnreadable() }
        return Int(count)
    }

    mutating func block() throws(SnapshotUnreadable) -> UnsafeRawBufferPointer {
        try take(count(ofAtLeast: 1))
    }

    /// Text as it was written, from a Swift string, so valid UTF-8: damage is caught by the part's
    /// checksum, read beside it, and would only ever decode to replacement characters here.
    /// Checking every sequence first took half of a reopened region's organisations.
    mutating func string() throws(SnapshotUnreadable) -> String {
        String(decoding: try block().assumingMemoryBound(to: UInt8.self), as: UTF8.self)
    }

    /// `string()` for a value that recurs across many records (an organisation's settlement): the
    /// same text read again is the string `recurring` made of it before, neither validated nor
    /// allocated anew.
    mutating func string(recurring: inout RecurringStrings) throws(SnapshotUnreadable) -> String {
        recurring.string(for: try block())
    }

    mutating func integerColumn(count: Int) throws(SnapshotUnreadable) -> IntegerColumn {
        let width = Int(try integer(UInt8.self))
        guard [1, 2, 4, 8].contains(width), count <= remaining / width else { throw SnapshotUnreadable() }
        return IntegerColumn(bytes: try take(count * width), width: width)
    }

    mutating func doubleColumn(count: Int) throws(SnapshotUnreadable) -> DoubleColumn {
        guard count <= remaining / 8 else { throw SnapshotUnreadable() }
        return DoubleColumn(bytes: try take(count * 8))
    }
}

/// A column of integers of one width, read in place; its bounds were checked when it was taken.
struct IntegerColumn {
    let bytes: UnsafeRawBufferPointer
    let width: Int

    subscript(position: Int) -> Int {
        let offset = position * width
        switch width {
        case 1: return Int(Int8(bitPattern: bytes[offset]))
        case 2: return Int(Int16(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: Int16.self)))
        case 4: return Int(Int32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: Int32.self)))
        default: return Int(Int64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: Int64.self)))
        }
    }
}

/// A column of doubles as bit patterns, read in place.
struct DoubleColumn {
    let bytes: UnsafeRawBufferPointer

    subscript(position: Int) -> Double {
        Double(bitPattern: UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: position * 8, as: UInt64.self)))
    }
}

/// The strings a snapshot's reader has made of some column's texts, found again by their bytes: a
/// region's 40,000 settlements are a few hundred names.
struct RecurringStrings {
    private var slots = [String?](repeating: nil, count: 1024)

    mutating func string(for bytes: UnsafeRawBufferPointer) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325  // FNV-1a
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        let slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        if let known = slots[slot], known.utf8.count == bytes.count,
           // In place: walking the string's UTF-8 view byte by byte cost a tenth of reading a snapshot.
           known.utf8.withContiguousStorageIfAvailable({ UnsafeRawBufferPointer($0).elementsEqual(bytes) }) ?? known.utf8.elementsEqual(bytes) {
            return known
        }
        let made = String(decoding: bytes.assumingMemoryBound(to: UInt8.self), as: UTF8.self)
        slots[slot] = made
        return made
    }
}
