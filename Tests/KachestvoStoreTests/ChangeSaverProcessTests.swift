import Foundation
import KachestvoCore
import Testing
@testable import KachestvoStore

/// `ChangeSaver` across processes: `kill -9` in the middle of its saves, and two processes saving
/// changes of different records into one file at once (the save probe's `--changes` mode: one
/// more pupil per save).
@Suite struct ChangeSaverProcessTests {
    private func file(schools: Int = 200) throws -> String {
        let path = Fixtures.folder() + "/data.json"
        try DataStore().save(Fixtures.dataset(schools: schools), to: path, expecting: nil)
        return path
    }

    private func pupils(_ id: String, in path: String) throws -> Int? {
        try DataStore().load(path).dataset.organisations.first { $0.id.rawValue == id }?.pupils
    }

    /// The new pupil counts the journal gives an organisation, in order.
    private func journalled(_ id: String, _ reading: JournalReading) -> [Int] {
        reading.entries(about: id).compactMap { if case .integer(let count) = $0.new { count } else { nil } }
    }

    @Test func killedChangeSavesLeaveAValidFileAndAJournalOfWholeLines() throws {
        let probe = try #require(SaveProbe.path, "kachestvo-save-probe is not built; run `swift build` first")
        let path = try file()
        // Kills 0, 1.5, 3, … 28.5 ms after the first save, as in CrashSafetyTests.
        for round in 0..<20 {
            let process = try SaveProbe.start(probe, ["--changes", path, "s-0"])
            usleep(UInt32(round) * 1_500)
            SaveProbe.kill(process)

            let onDisk = try #require(try pupils("s-0", in: path), "the file always loads")
            let reading = try AuditJournal(dataFile: path).read()
            let lineCount = try String(contentsOfFile: AuditJournal.path(forDataFile: path), encoding: .utf8).split(separator: "\n").count
            #expect(reading.problems.allSatisfy { $0.reason == .torn && $0.line == lineCount }, "\(reading.problems)")
            let counts = journalled("s-0", reading)
            let last = try #require(counts.last)
            // A kill between the rename and the journal costs the journal that change, never the reverse.
            #expect(onDisk == last || onDisk == last + 1, "file \(onDisk), journal \(last)")
            for (earlier, later) in zip(counts, counts.dropFirst()) {
                #expect(later == earlier + 1 || later == earlier + 2)
            }
        }
    }

    @Test func twoProcessesSavingDifferentRecordsLoseNothing() throws {
        let probe = try #require(SaveProbe.path, "kachestvo-save-probe is not built; run `swift build` first")
        let path = try file()
        var environment = ProcessInfo.processInfo.environment
        environment["SSH_CONNECTION"] = "192.0.2.1 50001 10.0.0.1 22"
        let first = try SaveProbe.start(probe, ["--changes", path, "s-0"], environment: environment)
        environment["SSH_CONNECTION"] = "192.0.2.2 50002 10.0.0.1 22"
        let second = try SaveProbe.start(probe, ["--changes", path, "s-1"], environment: environment)
        // Let them interleave (each save sees the other's and merges), then stop both the hard way.
        let started = try DataStore().load(path).version.revision
        while try DataStore().load(path).version.revision < started + 40 {
            guard first.isRunning && second.isRunning else { Issue.record("a probe stopped on its own"); break }
            usleep(5_000)
        }
        SaveProbe.kill(first)
        SaveProbe.kill(second)

        let reading = try AuditJournal(dataFile: path).read()
        #expect(reading.problems.allSatisfy { $0.reason == .torn })
        for (id, client, initial) in [("s-0", "192.0.2.1", 40), ("s-1", "192.0.2.2", 41)] {
            let entries = reading.entries(about: id)
            #expect(!entries.isEmpty && entries.allSatisfy { $0.author.client == client })
            let onDisk = try #require(try pupils(id, in: path))
            // Every increment either process journalled is on disk: no save overwrote the other's.
            #expect(onDisk - initial == entries.count || onDisk - initial == entries.count + 1, "\(id): \(onDisk) vs \(entries.count)")
        }
        #expect(Set(reading.entries.map(\.revision)).count == reading.entries.count, "one revision per save")
    }
}
