import Foundation
import KachestvoCore
import Synchronization

/// The big record arrays and the organisations of a mapped data file read by `RecordLineReader`, a
/// stretch of lines at a time, each stretch's file pages released once read so the file is never
/// resident whole. Empty where the file has no span for an array.
struct RecordArrays {
    private(set) var organisations: ChunkedArray<Organisation> = []
    private(set) var examResults: ChunkedArray<ExamResult> = []
    private(set) var financing: ChunkedArray<Financing> = []
    private(set) var riskProfiles: [RiskProfile] = []

    /// Reads the arrays whose `[` and `]` are at `spans` (as `OutlineSkeleton` found them) on two
    /// cores, running `other` on the second one first. Nil when any line is not a record as the
    /// writer writes it, or `other` gives nil.
    static func read<Other>(_ file: MappedFile, spans: [(key: String, open: Int, close: Int)], stretchBytes: Int? = nil,
                            besides other: () -> Other?) -> (records: RecordArrays, other: Other)? {
        guard let reading = RecordStretches(file, spans: spans, stretchBytes: stretchBytes) else { return nil }
        nonisolated(unsafe) let other = other
        let (read, result) = Concurrently.run({ reading.readUntilDone() }, { other().flatMap { reading.readUntilDone() ? $0 : nil } })
        guard read, let result, let records = reading.joined() else { return nil }
        return (records, result)
    }

    /// The stretches' records in file order: the chunked arrays are slices of the stretches' own
    /// arrays (`ChunkedArray(joining:)`), so nothing is copied whole.
    fileprivate init(_ read: [StretchRecords]) {
        organisations = ChunkedArray(joining: read.compactMap(\.organisations))
        examResults = ChunkedArray(joining: read.compactMap(\.examResults))
        financing = ChunkedArray(joining: read.compactMap(\.financing))
        riskProfiles = Array(read.compactMap(\.riskProfiles).joined())
    }

    /// The first newline in `from..<limit`, or `limit` when there is none.
    static func lineStart(from: Int, before limit: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard from < limit, let base = bytes.baseAddress, let found = memchr(base + from, 0x0A, limit - from) else { return limit }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }
}

/// The lines of the big arrays cut into stretches of about `stretchBytes`, which any number of
/// threads read at once, each taking the next stretch not yet taken — so the cores stay busy to the
/// end however late one of them starts (the outline's reading starts one core early; see
/// `OutlineRecords`). The stretches' arrays become the records' storage, joined in file order at
/// the end as slices of them (`ChunkedArray(joining:)`).
/// Unchecked: the mapping is only read, and what the threads share is behind the mutex.
final class RecordStretches: @unchecked Sendable {
    private let file: MappedFile
    private let stretches: [Stretch]
    private let progress: Mutex<Progress>

    /// Nil when a span is too short to hold the writer's layout. Without `stretchBytes`, a stretch is
    /// a 32nd of the lines — so a small file is shared by the cores too — but 64 KB to 8 MB.
    init?(_ file: MappedFile, spans: [(key: String, open: Int, close: Int)], stretchBytes: Int? = nil) {
        guard spans.allSatisfy({ $0.open + 1 <= $0.close - 3 }) else { return nil }
        let stretchBytes = stretchBytes ?? min(8 << 20, max(64 << 10, spans.reduce(0) { $0 + $1.close - $1.open } / 32))
        var stretches: [Stretch] = []
        for span in spans {
            let lines = (span.open + 1)..<(span.close - 3)
            var start = lines.lowerBound
            while start < lines.upperBound {
                let stop = RecordArrays.lineStart(from: start + stretchBytes, before: lines.upperBound, in: file.bytes)
                stretches.append(Stretch(key: span.key, lines: start..<stop, isFinal: stop == lines.upperBound))
                start = stop
            }
        }
        self.file = file
        self.stretches = stretches
        progress = Mutex(Progress(read: Array(repeating: nil, count: stretches.count)))
    }

    /// Reads stretches until none is left or one fails; false when one failed (here or on another thread).
    func readUntilDone() -> Bool {
        while let next = progress.withLock({ $0.take() }) {
            let records = read(stretches[next])
            progress.withLock { $0.finish(next, with: records) }
            guard records != nil else { return false }
        }
        return progress.withLock { !$0.failed }
    }

    /// Makes every reader stop after the stretch it is reading, as if one had failed.
    func cancel() {
        progress.withLock { $0.failed = true }
    }

    /// Every stretch's records in file order, once all are read; nil when one failed or they were
    /// taken already (they are moved out, once).
    func joined() -> RecordArrays? {
        progress.withLock { progress -> RecordArrays? in
            guard !progress.failed, !progress.joined, progress.read.allSatisfy({ $0 != nil }) else { return nil }
            let read = progress.read.map { $0! }
            progress.read = []
            progress.joined = true
            return RecordArrays(read)
        }
    }

    /// Fewer bytes than an exam result's or a financing line takes (a risk profile with few factors
    /// may take less, and its array then grows): a stretch's size divided by it is more than its
    /// records, so reserving that many spares growing. Capacity beyond the records is never touched,
    /// so it never becomes resident.
    private static let shortestLine = 64

    private func read(_ stretch: Stretch) -> StretchRecords? {
        var reader = RecordLineReader(file.bytes, end: stretch.lines.upperBound)
        defer { file.release(stretch.lines) }
        func records<Record>(_ read: (inout RecordLineReader) -> Record?) -> [Record]? {
            var records: [Record] = []
            records.reserveCapacity(stretch.lines.count / Self.shortestLine + 1)
            return reader.records(in: stretch.lines, isFinal: stretch.isFinal, into: &records, read: read) ? records : nil
        }
        return switch stretch.key {
        case "organisations": records { $0.organisation() }.map { StretchRecords(organisations: $0) }
        case "examResults": records { $0.examResult() }.map { StretchRecords(examResults: $0) }
        case "financing": records { $0.financing() }.map { StretchRecords(financing: $0) }
        case "riskProfiles": records { $0.riskProfile() }.map { StretchRecords(riskProfiles: $0) }
        default: nil
        }
    }

    /// Which stretches are taken and what each gave.
    private struct Progress: ~Copyable {
        var read: [StretchRecords?]
        var next = 0
        var failed = false
        var joined = false

        mutating func take() -> Int? {
            guard !failed, next < read.count else { return nil }
            defer { next += 1 }
            return next
        }

        mutating func finish(_ stretch: Int, with records: StretchRecords?) {
            if let records { read[stretch] = records } else { failed = true }
        }
    }
}

/// Part of one array's lines: `lines` starts at a newline and ends before one; the final part ends
/// with the array's last record, the others with a comma.
private struct Stretch {
    let key: String
    let lines: Range<Int>
    let isFinal: Bool
}

/// The records of one stretch, of whichever array it belongs to.
private struct StretchRecords {
    var organisations: [Organisation]?
    var examResults: [ExamResult]?
    var financing: [Financing]?
    var riskProfiles: [RiskProfile]?
}
