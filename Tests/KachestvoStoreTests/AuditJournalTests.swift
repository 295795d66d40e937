import Bilingual
import Foundation
import KachestvoCore
import Testing
@testable import KachestvoStore

/// The audit journal's lines: what they carry, that `jq`-style readers take them, and that a torn
/// or broken line costs only itself.
@Suite struct AuditJournalTests {
    private static let moment = Date(timeIntervalSince1970: 1_764_600_000)

    private func entry(_ record: RecordKey, field: String? = "pupils", old: JSONValue = .integer(1), new: JSONValue = .integer(2),
                       user: String = "anna", client: String? = "10.0.0.5") -> JournalEntry {
        JournalEntry(time: Self.moment, author: JournalAuthor(user: user, client: client), record: record, field: field,
                     old: old, new: new, summary: BilingualText(ru: "Правка", en: "Edit"), revision: 3, change: 1)
    }

    private func journal() -> AuditJournal { AuditJournal(dataFile: Fixtures.folder() + "/data.json") }

    private func lines(_ journal: AuditJournal) throws -> [String] {
        try String(contentsOfFile: journal.path, encoding: .utf8).split(separator: "\n").map(String.init)
    }

    @Test func linesRoundTripAndCarryTheRecordsParts() throws {
        let journal = journal()
        #expect(journal.path.hasSuffix("/data.json.journal.jsonl"))
        let written = [entry(.examResult(organisation: "s-1", year: 2017, subject: "ege-rus"), field: "mean",
                             old: .double(66.5), new: .double(70.25)),
                       entry(.organisation("s-2"), field: "name", old: .string("«Старое»\n\"имя\""), new: .string("Новое"), client: nil),
                       entry(.meeting("m-1"), field: nil, old: .null, new: .object(JSONObject([.init("id", .string("m-1"))])))]
        try journal.append(Array(written.prefix(1)), mode: 0o640)
        try journal.append(Array(written.dropFirst()), mode: 0o640)
        #expect(try journal.read() == JournalReading(entries: written, problems: []))
        let text = try String(contentsOfFile: journal.path, encoding: .utf8)
        #expect(text.split(separator: "\n", omittingEmptySubsequences: false).count == written.count + 1, "one line per entry, no blank lines")
        var status = stat()
        #expect(stat(journal.path, &status) == 0 && status.st_mode & 0o777 == 0o640, "a new journal takes the data file's mode")

        let first = try #require(try JSONSerialization.jsonObject(with: Data(try lines(journal)[0].utf8)) as? [String: Any])
        #expect(first["time"] as? String == "2025-12-01T14:40:00Z")
        #expect(first["record"] as? String == "examResult:s-1/2017/ege-rus")
        #expect(first["organisation"] as? String == "s-1" && first["year"] as? Int == 2017 && first["subject"] as? String == "ege-rus")
        #expect(first["client"] as? String == "10.0.0.5" && first["user"] as? String == "anna")
        let second = try #require(try JSONSerialization.jsonObject(with: Data(try lines(journal)[1].utf8)) as? [String: Any])
        #expect(second["client"] == nil, "no client address when local")
        #expect(second["old"] as? String == "«Старое»\n\"имя\"")
    }

    @Test func aTornLastLineIsSkippedWithAWarningAndTheNextAppendStartsAfreshLine() throws {
        let journal = journal()
        try journal.append([entry(.organisation("s-1"))], mode: 0o644)
        let handle = try #require(FileHandle(forWritingAtPath: journal.path))
        handle.seekToEndOfFile()
        handle.write(Data(#"{"time": "2025-12-01T14:40:00Z", "user": "an"#.utf8))
        handle.closeFile()
        let torn = try journal.read()
        #expect(torn.entries.count == 1)
        #expect(torn.problems == [JournalProblem(line: 2, reason: .torn)])
        #expect(torn.problems[0].text.en == "line 2: the line stops short (a save was interrupted) — skipped")

        try journal.append([entry(.organisation("s-2"))], mode: 0o644)
        let after = try journal.read()
        #expect(after.entries.map(\.record) == [.organisation("s-1"), .organisation("s-2")])
        #expect(after.problems.map(\.line) == [2])
        #expect(after.problems.first?.reason != .torn, "no longer the last line: a broken line, not a torn one")
    }

    @Test func aBrokenLineIsReportedByNumberAndTheRestRead() throws {
        let journal = journal()
        try journal.append([entry(.organisation("s-1"))], mode: 0o644)
        let good = try lines(journal)[0]
        let text = [good, "not json", #"{"time": "yesterday", "user": "x", "record": "organisation:s-1", "revision": 1}"#, "[1]", "", good]
            .joined(separator: "\n") + "\n"
        try text.write(toFile: journal.path, atomically: true, encoding: .utf8)
        let reading = try journal.read()
        #expect(reading.entries.count == 2)
        #expect(reading.problems.map(\.line) == [2, 3, 4])
        #expect(reading.problems[1].reason == .badMember("time"))
        #expect(reading.problems[2].reason == .notAnObject)
        #expect(reading.problems[0].text.ru.hasPrefix("строка 2: не JSON: "))
    }

    @Test func entriesOfOneEntity() throws {
        let journal = journal()
        try journal.append([entry(.organisation("s-1")), entry(.examResult(organisation: "s-1", year: 2017, subject: "ege-rus")),
                            entry(.financing(organisation: "s-2", year: 2017)), entry(.supportCase("case-1")), entry(.thresholds)],
                           mode: 0o644)
        let reading = try journal.read()
        #expect(reading.entries(about: "s-1").count == 2)
        #expect(reading.entries(about: "case-1").map(\.record) == [.supportCase("case-1")])
        #expect(reading.entries(about: "financing:s-2/2017").count == 1)
        #expect(reading.entries(about: "s-3").isEmpty)
    }

    @Test func theAuthorComesFromTheSSHConnection() {
        #expect(JournalAuthor.current(environment: ["SSH_CONNECTION": "192.0.2.7 50022 10.0.0.1 22"]).client == "192.0.2.7")
        #expect(JournalAuthor.current(environment: ["SSH_CLIENT": "2001:db8::5 50022 22"]).client == "2001:db8::5")
        #expect(JournalAuthor.current(environment: [:]).client == nil)
        #expect(!JournalAuthor.current(environment: [:]).user.isEmpty)
    }

    @Test func aMissingJournalIsFileMissing() {
        let journal = journal()
        #expect(throws: StoreError(.fileMissing, file: journal.path)) { try journal.read() }
    }
}
