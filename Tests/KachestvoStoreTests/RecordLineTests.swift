import Foundation
import KachestvoCore
import Testing
@testable import KachestvoStore

/// `load` reading the big arrays line by line gives exactly what the general path gives — the same
/// dataset or the same located error — whatever the file holds.
@Suite struct RecordLineTests {
    /// What a load gave, comparable.
    private enum Outcome: Equatable {
        case loaded(Dataset, FileVersion, migratedFrom: Int?)
        case failed(StoreError)
    }

    private let fast = DataStore()
    private let general: DataStore = {
        var store = DataStore()
        store.readsRecordLines = false
        return store
    }()

    private func outcome(_ store: DataStore, _ path: String) -> Outcome {
        do {
            let loaded = try store.load(path)
            return .loaded(loaded.dataset, loaded.version, migratedFrom: loaded.migratedFrom)
        } catch {
            return .failed(error)
        }
    }

    /// Checks that both paths agree on `bytes`; returns whether the line reader read them.
    @discardableResult
    private func check(_ bytes: [UInt8], _ name: String) -> Bool {
        let path = Fixtures.write(bytes, in: Fixtures.folder())
        #expect(outcome(fast, path) == outcome(general, path), "\(name)")
        return fast.loadByLines(path) != nil
    }

    /// A dataset with every optional member of the line-read records both present and absent, and
    /// numbers of every form the writer gives.
    private func everyShape() -> Dataset {
        var dataset = Fixtures.dataset()
        dataset.examResults += [
            ExamResult(organisationId: "s-1", year: -3, subjectId: "ege-rus", participants: 0, mean: -0.0,
                       belowMinimum: Int.max, high: Int.min, hundreds: -1),
            ExamResult(organisationId: "s-1", year: 2018, subjectId: "oge-math", participants: 1, mean: 1e300,
                       belowMinimum: 0, high: 0, hundreds: 0, marks: MarkCounts(two: -1, three: 0, four: Int.max, five: 9)),
            ExamResult(organisationId: "школа-№1 «α»", year: 2018, subjectId: "ege-rus", participants: 3, mean: .leastNonzeroMagnitude,
                       belowMinimum: 0, high: 0, hundreds: 0),
        ]
        dataset.financing += [
            Financing(organisationId: "s-0", year: 2017, normative: 0, coefficient: -1.5e-9, raised: false),
            Financing(organisationId: "s-1", year: 2017, normative: 12345678901234567.0, coefficient: 1, raised: true),
        ]
        let all = Dictionary(uniqueKeysWithValues: RiskFactor.allCases.enumerated().map { ($1, Double($0) / 7) })
        dataset.riskProfiles += [
            RiskProfile(organisationId: "s-1", year: 2017, factors: [:]),
            RiskProfile(organisationId: "s-1", year: 2018, factors: all),
            RiskProfile(organisationId: "s-2", year: 2018, factors: [.specialNeeds: 1]),
        ]
        return dataset
    }

    private func saved(_ dataset: Dataset) throws -> [UInt8] {
        let path = Fixtures.folder() + "/data.json"
        try fast.save(dataset, to: path, expecting: nil)
        return Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    @Test func savedFilesAreReadByLinesAsTheGeneralPathReadsThem() throws {
        for dataset in [DemoRegion.generate(), everyShape(), Fixtures.dataset(schools: 0), Dataset()] {
            let path = Fixtures.folder() + "/data.json"
            try fast.save(dataset, to: path, expecting: nil)
            let byLines = try #require(fast.loadByLines(path))
            #expect(outcome(fast, path) == outcome(general, path))
            #expect(byLines.dataset == (try general.load(path)).dataset)
            #expect(byLines.dataset.examResults.count == dataset.examResults.count)
        }
    }

    @Test func shortStretchesReadOnTwoCoresGiveTheSameRecords() throws {
        let path = Fixtures.write(try saved(everyShape()), in: Fixtures.folder())
        let expected = try general.load(path).dataset
        let file = try #require(try MappedFile.map(path))
        let skeleton = try #require(OutlineSkeleton(file.bytes, keyOrder: DataStore.rootKeyOrder, cutting: DataStore.lineReadMembers))
        for stretch in [1, 50, 200, 1000] {
            let read = RecordArrays.read(file, spans: skeleton.spans, stretchBytes: stretch, besides: { 0 })
            let records = try #require(read?.records, "stretch \(stretch)")
            #expect(records.examResults == expected.examResults, "stretch \(stretch)")
            #expect(records.financing == expected.financing, "stretch \(stretch)")
            #expect(records.riskProfiles == expected.riskProfiles, "stretch \(stretch)")
        }
    }

    /// Text changes inside the line-read arrays (at the first match after `"examResults"`); `fast` says whether the line reader must still read
    /// the file (the change keeps every record in the writer's form) or must give it up.
    private static let edits: [(name: String, from: String, to: String, fast: Bool)] = [
        ("a number as a string", "\"year\": 2017}", "\"year\": \"2017\"}", false),
        ("a negative count", "\"participants\": 25", "\"participants\": -25", true),
        ("a whole number written 25.0", "\"participants\": 25", "\"participants\": 25.0", false),
        ("a whole number written 25e0", "\"participants\": 25", "\"participants\": 25e0", false),
        ("a fraction where a whole number goes", "\"participants\": 25", "\"participants\": 2.5", false),
        ("a count out of range", "\"participants\": 25", "\"participants\": 99999999999999999999", false),
        ("a leading zero", "\"participants\": 25", "\"participants\": 025", false),
        ("a mean written with an exponent", "\"mean\": 0.30000000000000004", "\"mean\": 3.0000000000000004E-1", true),
        ("a whole mean", "\"mean\": 0.30000000000000004", "\"mean\": -3", true),
        ("a string as a number", "\"mean\": 0.30000000000000004", "\"mean\": \"0.3\"", false),
        ("null for a number", "\"high\": 4", "\"high\": null", false),
        ("an extra key", "\"year\": 2017}", "\"year\": 2017, \"extra\": 1}", false),
        ("a missing key", "\"high\": 4, ", "", false),
        ("keys out of order", "\"high\": 4, \"hundreds\": 0", "\"hundreds\": 0, \"high\": 4", false),
        ("a duplicated key", "\"year\": 2017}", "\"year\": 2017, \"year\": 2018}", false),
        ("an escaped string", "\"organisationId\": \"kc-1\"", "\"organisationId\": \"kc\\u002D1\"", true),
        ("a bad escape", "\"organisationId\": \"kc-1\"", "\"organisationId\": \"kc\\x1\"", false),
        ("an unclosed string", "\"subjectId\": \"ege-rus\"", "\"subjectId\": \"ege-rus", false),
        ("a tab for a space", "\"high\": 4", "\"high\":\t4", false),
        ("a record split over two lines", ", \"mean\": ", ",\n      \"mean\": ", false),
        ("marks null", "\"hundreds\": 0, \"mean\"", "\"hundreds\": 0, \"marks\": null, \"mean\"", false),
        ("marks missing a mark", "\"four\": 11, ", "", false),
        ("raised as a number", "\"raised\": true", "\"raised\": 1", false),
        ("raised false", "\"raised\": true", "\"raised\": false", true),
        ("an unknown risk factor", "\"teacherShortage\"", "\"teacherShortages\"", false),
        ("risk factors out of order", "{\"lowEquipment\": 1e-07, \"teacherShortage\": 0.6}",
         "{\"teacherShortage\": 0.6, \"lowEquipment\": 1e-07}", false),
        ("a duplicated risk factor", "\"teacherShortage\": 0.6}", "\"teacherShortage\": 0.6, \"teacherShortage\": 0.6}", false),
        ("a risk level as a string", "\"teacherShortage\": 0.6", "\"teacherShortage\": \"0.6\"", false),
        ("a trailing comma", "}\n  ],\n  \"financing\"", "},\n  ],\n  \"financing\"", false),
        ("a missing comma", "},\n    {", "}\n    {", false),
        ("an empty line", "},\n    {", "},\n\n    {", false),
        ("an object for a record", "    {\"coefficient\"", "    [{\"coefficient\"", false),
        ("a non-finite number", "\"coefficient\": 1.15", "\"coefficient\": NaN", false),
        ("a huge number", "\"coefficient\": 1.15", "\"coefficient\": 1e999", false),
        ("an unknown kind of organisation", "\"kind\": \"lyceum\"", "\"kind\": \"lyceums\"", false),
        ("a name with quotation marks", "\"name\": \"МБОУ «Лицей № 9»\"", "\"name\": \"МБОУ \\\"Лицей № 9\\\"\"", true),
        ("a centre after the id", "{\"centreId\": \"umc-1\", \"id\": \"s-0\"", "{\"id\": \"s-0\", \"centreId\": \"umc-1\"", false),
        ("pupils as a string", "\"pupils\": 1200", "\"pupils\": \"1200\"", false),
        ("an organisation without its settlement", "\"settlement\": \"Новосибирск\", ", "", false),
    ]

    @Test func editedRecordsGiveWhatTheGeneralPathGives() throws {
        let text = String(decoding: try saved(Fixtures.dataset()), as: UTF8.self)
        let arrays = try #require(text.range(of: "\n  \"examResults\": [\n"))
        #expect(check(Array(text.utf8), "unchanged"))
        for edit in Self.edits {
            let range = try #require(text.range(of: edit.from, range: arrays.upperBound..<text.endIndex), "\(edit.name)")
            let edited = text.replacingCharacters(in: range, with: edit.to)
            #expect(check(Array(edited.utf8), edit.name) == edit.fast, "\(edit.name)")
        }
        #expect(!check(Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8), "CRLF line ends"))
    }

    @Test func invalidUTF8InAStringIsLeftToTheGeneralPath() throws {
        let bytes = try saved(Fixtures.dataset())
        let id = Array("\"organisationId\": \"s-0\"".utf8)
        let start = try #require((0..<(bytes.count - id.count)).first { bytes[$0..<($0 + id.count)].elementsEqual(id) })
        for bad: [UInt8] in [[0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0x01]] {
            var edited = bytes
            edited.replaceSubrange((start + id.count - 2)..<(start + id.count - 1), with: bad)
            #expect(!check(edited, "bytes \(bad)"))
        }
    }

    @Test func singleByteChangesGiveWhatTheGeneralPathGives() throws {
        let bytes = try saved(everyShape())
        let file = Fixtures.write(bytes, in: Fixtures.folder())
        let mapped = try #require(try MappedFile.map(file))
        let skeleton = try #require(OutlineSkeleton(mapped.bytes, keyOrder: DataStore.rootKeyOrder, cutting: DataStore.lineReadMembers))
        let arrays = skeleton.spans.flatMap { [$0.open, $0.close] }
        let offsets = stride(from: arrays.min()! - 2, through: arrays.max()! + 2, by: 29)
        for offset in offsets {
            for replacement in Array("0-.e\"\\,} \nx".utf8) where bytes[offset] != replacement {
                var edited = bytes
                edited[offset] = replacement
                check(edited, "byte \(offset) → \(UnicodeScalar(replacement))")
            }
        }
    }

    @Test func truncatedFilesGiveWhatTheGeneralPathGives() throws {
        let bytes = try saved(everyShape())
        for length in stride(from: 0, to: bytes.count - 1, by: 13) {
            #expect(!check(Array(bytes[..<length]), "truncated to \(length) bytes"))
        }
    }

    @Test func anOlderSchemaIsLeftToTheGeneralPath() throws {
        var root = try #require(try JSONValueEncoder.encode(Fixtures.dataset().normalised()).objectValue)
        root["schemaVersion"] = .integer(0)
        root["region"] = root.removeValue(forKey: "regionName")
        #expect(!check(JSONWriter.write(.object(root)), "schema 0"))
    }
}
