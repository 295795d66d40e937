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
    /// the file's pages after about every `stretchBytes`; nil when any line is not a record as the
    /// writer writes it.
    init?(_ file: MappedFile, spans: [(key: String, open: Int, close: Int)], stretchBytes: Int = 8 << 20) {
        guard spans.allSatisfy({ $0.open + 1 <= $0.close - 3 }) else { return nil }
        let (first, second) = Self.halves(spans, in: file.bytes)
        nonisolated(unsafe) let file = file
        let (a, b) = Concurrently.run({ Stretches(first, of: file, stretchBytes: stretchBytes) },
                                       { Stretches(second, of: file, stretchBytes: stretchBytes) })
        guard let a, let b else { return nil }
        examResults = Self.joined(a.examResults + b.examResults)
        financing = Self.joined(a.financing + b.financing)
        riskProfiles = Self.joined(a.riskProfiles + b.riskProfiles)
    }

    /// The arrays' lines (from the newline after `[` to the one before `]`) in two parts of about the
    /// same size, the first array split at a line start when it is more than half.
    private static func halves(_ spans: [(key: String, open: Int, close: Int)],
                               in bytes: UnsafeBufferPointer<UInt8>) -> (first: [Segment], second: [Segment]) {
        var segments = spans.map { Segment(key: $0.key, lines: ($0.open + 1)..<($0.close - 3), isFinal: true) }
        guard let whole = segments.first else { return ([], []) }
        let half = segments.reduce(0) { $0 + $1.lines.count } / 2
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

    /// The stretches as one array, each freed once copied.
    private static func joined<Record>(_ stretches: [[Record]]) -> [Record] {
        var stretches = stretches
        var records: [Record] = []
        records.reserveCapacity(stretches.reduce(0) { $0 + $1.count })
        stretches.reverse()
        while let stretch = stretches.popLast() { records.append(contentsOf: stretch) }
        return records
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
    var examResults: [[ExamResult]] = []
    var financing: [[Financing]] = []
    var riskProfiles: [[RiskProfile]] = []

    init?(_ segments: [Segment], of file: MappedFile, stretchBytes: Int) {
        for segment in segments {
            let read = switch segment.key {
            case "examResults": Self.read(segment, of: file, stretchBytes, into: &examResults) { $0.examResult() }
            case "financing": Self.read(segment, of: file, stretchBytes, into: &financing) { $0.financing() }
            case "riskProfiles": Self.read(segment, of: file, stretchBytes, into: &riskProfiles) { $0.riskProfile() }
            default: false
            }
            guard read else { return nil }
        }
    }

    private static func read<Record>(_ segment: Segment, of file: MappedFile, _ stretchBytes: Int, into stretches: inout [[Record]],
                                     record: (inout RecordLineReader) -> Record?) -> Bool {
        var reader = RecordLineReader(file.bytes, end: segment.lines.upperBound)
        var start = segment.lines.lowerBound
        while start < segment.lines.upperBound {
            let stop = RecordArrays.lineStart(from: start + stretchBytes, before: segment.lines.upperBound, in: file.bytes)
            var records: [Record] = []
            guard reader.records(in: start..<stop, isFinal: segment.isFinal && stop == segment.lines.upperBound,
                                 into: &records, read: record) else { return false }
            stretches.append(records)
            file.release(start..<stop)
            start = stop
        }
        return true
    }
}
