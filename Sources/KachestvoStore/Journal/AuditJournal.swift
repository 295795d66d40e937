import Foundation

/// The audit journal of a data file: JSON Lines beside it, `data.json.journal.jsonl` for
/// `data.json`, one line per edit of every saved change (`JournalEntry`), oldest first — readable by
/// eye, by `jq` and by `kachestvo history`.
///
/// Lines are appended (`O_APPEND`, then `fsync`) by `ChangeSaver` inside the data file's save lock,
/// after the new data file is in place: the journal never names a change that is not on disk, and a
/// save killed between the two leaves its change on disk without its lines. A line torn by a kill
/// is skipped when reading, and the next append starts on a line of its own.
public struct AuditJournal: Sendable {
    /// The journal file.
    public let path: String

    public init(dataFile: String) { path = Self.path(forDataFile: dataFile) }

    /// `data.json` → `data.json.journal.jsonl`.
    public static func path(forDataFile dataFile: String) -> String { dataFile + ".journal.jsonl" }

    /// Appends `entries` as lines in one write, creating the journal with the mode of the data file
    /// (`mode`) so that whoever may save it may journal it. The caller holds the data file's lock.
    /// A write that fails part-way is cut back, so no torn line of ours is left.
    func append(_ entries: [JournalEntry], mode: mode_t) throws(StoreError) {
        guard !entries.isEmpty else { return }
        let existed = access(path, F_OK) == 0
        let descriptor = open(path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, mode)
        guard descriptor >= 0 else { throw StoreError(.journalFailed(errno: errno), file: path) }
        defer { close(descriptor) }
        if !existed { fchmod(descriptor, mode) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw StoreError(.journalFailed(errno: errno), file: path) }
        var bytes: [UInt8] = []
        if status.st_size > 0 && !endsWithLineBreak(descriptor, size: status.st_size) { bytes.append(0x0A) }
        for entry in entries {
            bytes += JSONWriter.inline(entry.json)
            bytes.append(0x0A)
        }
        var done = 0
        while done < bytes.count {
            let count = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + done, $0.count - done) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else {
                let code = count < 0 ? errno : ENOSPC
                _ = ftruncate(descriptor, status.st_size)
                throw StoreError(.journalFailed(errno: code), file: path)
            }
            done += count
        }
        guard fsync(descriptor) == 0 else { throw StoreError(.journalFailed(errno: errno), file: path) }
    }

    private func endsWithLineBreak(_ descriptor: Int32, size: off_t) -> Bool {
        var last: UInt8 = 0
        return pread(descriptor, &last, 1, size - 1) == 1 && last == 0x0A
    }

    /// Every line that reads, and each that does not by its number. A missing journal is
    /// `fileMissing` (nothing was saved through `ChangeSaver` yet).
    public func read() throws(StoreError) -> JournalReading {
        let bytes = try FileReader.read(path).bytes
        var reading = JournalReading(entries: [], problems: [])
        var start = 0
        var number = 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            number += 1
            let line = Array(bytes[start..<end])
            let isLast = end == bytes.count
            start = end + 1
            guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { continue }
            do throws(JournalProblem.Reason) {
                reading.entries.append(try Self.entry(line))
            } catch {
                reading.problems.append(JournalProblem(line: number, reason: isLast ? .torn : error))
            }
        }
        return reading
    }

    private static func entry(_ line: [UInt8]) throws(JournalProblem.Reason) -> JournalEntry {
        let tape: JSONTape
        do {
            tape = try JSONParser.parse(line)
        } catch {
            throw .notJSON(error.problem)
        }
        guard case .object(let object) = tape.value(at: 0) else { throw .notAnObject }
        return try JournalEntry(object)
    }
}
