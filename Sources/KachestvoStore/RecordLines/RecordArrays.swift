import Foundation
import KachestvoCore

/// The big record arrays of a mapped data file read by `RecordLineReader` on two cores, a stretch
/// of lines at a time, each stretch's file pages released once read so the file is never resident
/// whole. Empty where the file has no span for an array.
struct RecordArrays {
    private(set) var examResults: [ExamResult] = []
    private(set) var financing: [Financing] = []
    private(set) var riskProfiles: [RiskProfile] = []

    /// Reads the arrays whose `[` and `]` are at `spans` (as `OutlineSkeleton` found them), releasing
    /// the file's pages after about every `stretchBytes`, and runs `other` on the second core before
    /// that core's share of the lines, which is smaller by `otherCost` bytes of lines. Nil when any
    /// line is not a record as the writer writes it, or `other` gives nil.
    static func read<Other>(_ file: MappedFile, spans: [(key: String, open: Int, close: Int)], stretchBytes: Int = 8 << 20,
                            besides other: () -> Other?, costing otherCost: Int) -> (records: RecordArrays, other: Other)? {
        guard spans.allSatisfy({ $0.open + 1 <= $0.close - 3 }) else { return nil }
        let (first, second) = halves(spans, in: file.bytes, secondHeadStart: otherCost)
        nonisolated(unsafe) let file = file, other = other
        let (a, b) = Concurrently.run(
            { Stretches(first, of: file, stretchBytes: stretchBytes) },
            { other().flatMap { result in Stretches(second, of: file, stretchBytes: stretchBytes).map { (result, $0) } } })
        guard let a, let (result, b) = b else { return nil }
        return (RecordArrays(a, b), result)
    }

    private init(_ a: Stretches, _ b: Stretches) {
        examResults = RecordBuffer.joined(a.examResults, b.examResults)
        financing = RecordBuffer.joined(a.financing, b.financing)
        riskProfiles = RecordBuffer.joined(a.riskProfiles, b.riskProfiles)
    }

    /// The arrays' lines (from the newline after `[` to the one before `]`) in two parts that take
    /// about as long when the second starts `secondHeadStart` bytes later, the first array split at a
    /// line start when it is more than the first part.
    private static func halves(_ spans: [(key: String, open: Int, close: Int)], in bytes: UnsafeBufferPointer<UInt8>,
                               secondHeadStart: Int) -> (first: [Segment], second: [Segment]) {
        var segments = spans.map { Segment(key: $0.key, lines: ($0.open + 1)..<($0.close - 3), isFinal: true) }
        guard let whole = segments.first else { return ([], []) }
        let half = (segments.reduce(0) { $0 + $1.lines.count } + secondHeadStart) / 2
        let split = lineStart(from: whole.lines.lowerBound + half, before: whole.lines.upperBound, in: bytes)
        guard split < whole.lines.upperBound else { return ([whole], Array(segments.dropFirst())) }
        segments[0].lines = split..<whole.lines.upperBound
        return ([Segment(key: whole.key, lines: whole.lines.lowerBound..<split, isFinal: false)], segments)
    }

    /// The first newline in `from..<limit`, or `limit` when there is none.
    static func lineStart(from: Int, before limit: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard from < limit, let base = bytes.baseAddress, let found = memchr(base + from, 0x0A, limit - from) else { return limit }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }
}

/// Part of one array's lines: `lines` starts at a newline and ends before one; the final part ends
/// with the array's last record, the others with a comma.
private struct Segment {
    let key: String
    var lines: Range<Int>
    let isFinal: Bool
}

/// The records of some segments, read in stretches of about `stretchBytes`.
private struct Stretches {
    let examResults = RecordBuffer<ExamResult>()
    let financing = RecordBuffer<Financing>()
    let riskProfiles = RecordBuffer<RiskProfile>()

    init?(_ segments: [Segment], of file: MappedFile, stretchBytes: Int) {
        for segment in segments {
            let read = switch segment.key {
            case "examResults": Self.read(segment, of: file, stretchBytes, into: examResults) { $0.examResult() }
            case "financing": Self.read(segment, of: file, stretchBytes, into: financing) { $0.financing() }
            case "riskProfiles": Self.read(segment, of: file, stretchBytes, into: riskProfiles) { $0.riskProfile() }
            default: false
            }
            guard read else { return nil }
        }
    }

    private static func read<Record>(_ segment: Segment, of file: MappedFile, _ stretchBytes: Int, into records: RecordBuffer<Record>,
                                     record: (inout RecordLineReader) -> Record?) -> Bool {
        var reader = RecordLineReader(file.bytes, end: segment.lines.upperBound)
        records.reserve(segment.lines.count / RecordBuffer<Record>.shortestLine)
        var start = segment.lines.lowerBound
        while start < segment.lines.upperBound {
            let stop = RecordArrays.lineStart(from: start + stretchBytes, before: segment.lines.upperBound, in: file.bytes)
            guard reader.records(in: start..<stop, isFinal: segment.isFinal && stop == segment.lines.upperBound,
                                 into: records, read: record) else { return false }
            file.release(start..<stop)
            start = stop
        }
        return true
    }
}

/// Records appended into memory of their own, so that joining moves them into the final array
/// (a plain copy, no retains and releases) instead of copying them.
final class RecordBuffer<Record> {
    private var base: UnsafeMutablePointer<Record>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int = 1024) {
        base = .allocate(capacity: capacity)
        self.capacity = capacity
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    /// Fewer bytes than an exam result's or a financing line takes (a risk profile with few factors
    /// may take less, and its buffer then grows): a segment's size divided by it is more than its
    /// records, so reserving that many spares growing. Memory beyond the records is never touched,
    /// so it never becomes resident.
    static var shortestLine: Int { 64 }

    /// Makes room for at least `wanted` records in all.
    func reserve(_ wanted: Int) {
        if wanted > capacity { move(toCapacity: wanted) }
    }

    func append(_ record: Record) {
        if count == capacity { move(toCapacity: capacity * 2) }
        (base + count).initialize(to: record)
        count += 1
    }

    /// The records of `buffers` in order as one array; each buffer is left empty and small.
    static func joined(_ buffers: RecordBuffer...) -> [Record] {
        let total = buffers.reduce(0) { $0 + $1.count }
        guard total > 0 else { return [] }
        return Array(unsafeUninitializedCapacity: total) { array, initialized in
            for buffer in buffers {
                (array.baseAddress! + initialized).moveInitialize(from: buffer.base, count: buffer.count)
                initialized += buffer.count
                buffer.count = 0
                buffer.move(toCapacity: 1)
            }
        }
    }

    private func move(toCapacity newCapacity: Int) {
        let moved = UnsafeMutablePointer<Record>.allocate(capacity: newCapacity)
        moved.moveInitialize(from: base, count: count)
        base.deallocate()
        base = moved
        capacity = newCapacity
    }
}
