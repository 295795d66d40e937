import Foundation
import KachestvoCore
import Testing
@testable import KachestvoStore

/// `DataStore.loadOutline` gives the full load with the big arrays emptied, or nil — never a
/// different dataset, whatever the file holds.
@Suite struct OutlineTests {
    private let store = DataStore()

    /// What the outline of a file must be: its full load with the big record arrays emptied.
    private func emptied(_ dataset: Dataset) -> Dataset {
        var outline = dataset
        outline.examResults = []
        outline.financing = []
        outline.riskProfiles = []
        outline.supportCases = []
        return outline
    }

    /// Checks the outline's promise for `text`, and returns whether an outline was given.
    @discardableResult
    private func checkOutline(of text: [UInt8], _ name: String = "") -> Bool {
        let path = Fixtures.write(text, in: Fixtures.folder())
        guard let outline = try? store.loadOutline(path) else { return false }
        guard let full = try? store.load(path) else {
            Issue.record("\(name): an outline was given for a file that does not load")
            return true
        }
        #expect(outline.dataset == emptied(full.dataset), "\(name)")
        #expect(outline.version == full.version, "\(name)")
        return true
    }

    @Test func outlineOfASavedFileIsTheFullLoadWithoutTheBigArrays() throws {
        for dataset in [DemoRegion.generate(schools: DemoRegion.minimumSchools), Fixtures.dataset(revision: 4), Dataset()] {
            let path = Fixtures.folder() + "/data.json"
            try store.save(dataset, to: path, expecting: nil)
            let outline = try #require(try store.loadOutline(path))
            let full = try store.load(path)
            #expect(outline.dataset == emptied(full.dataset))
            #expect(outline.version == full.version)
            #expect(outline.path == path)
        }
    }

    /// The full load that finishes an outline's reading of its records is the file's full load — and
    /// is given once: a second one reads the file anew.
    @Test func theRecordsAnOutlineReadsOnAreTheFullLoadOnce() throws {
        for dataset in [DemoRegion.generate(schools: DemoRegion.minimumSchools), Fixtures.dataset(revision: 4), Dataset()] {
            let path = Fixtures.folder() + "/data.json"
            try store.save(dataset, to: path, expecting: nil)
            let outline = try #require(try store.loadOutline(path, readingRecords: true))
            let continued = try #require(store.load(continuing: outline))
            let full = try store.load(path)
            #expect(continued.dataset == full.dataset)
            #expect(continued.version == full.version)
            #expect(store.load(continuing: outline) == nil)
            #expect(store.load(continuing: try #require(try store.loadOutline(path))) == nil)
        }
    }

    /// Records or support cases that are not as the writer writes them still give the outline, but
    /// leave the full load to `load`, which reads them the general way or says where they are wrong.
    @Test func recordsNotInTheWritersFormLeaveTheFullLoadToLoad() throws {
        let text = String(decoding: try DatasetCodec.encode(Fixtures.dataset()), as: UTF8.self)
        for (from, to) in [("\"participants\": ", "\"participants\": 0"), ("\"status\": \"", "\"status\": \"x")] {
            let range = try #require(text.range(of: from), "\(from)")
            let path = Fixtures.write(Array(text.replacingCharacters(in: range, with: to).utf8), in: Fixtures.folder())
            let outline = try #require(try store.loadOutline(path, readingRecords: true), "\(from)")
            #expect(store.load(continuing: outline) == nil, "\(from)")
        }
    }

    @Test func aMinifiedFileGivesNoOutline() throws {
        let text = try Fixtures.validText().replacingOccurrences(of: "\n *", with: "", options: .regularExpression)
        #expect(!checkOutline(of: Array(text.utf8)))
    }

    @Test func truncatedFilesGiveNoOutlineOrTheRightOne() throws {
        let bytes = try DatasetCodec.encode(DemoRegion.generate(schools: DemoRegion.minimumSchools))
        let step = bytes.count / 97
        for length in Array(stride(from: 0, to: bytes.count, by: step)) + (1...40).map({ bytes.count - $0 }) {
            checkOutline(of: Array(bytes[..<length]), "truncated to \(length) bytes")
        }
    }

    @Test func aMemberNameInsideAStringChangesNothing() throws {
        var dataset = Fixtures.dataset()
        dataset.organisations[2].name = "x\n  \"organisations\": [],\n  \"examResults\": [\n  ]"
        // Records holding a bracket are not skipped; these lines merely look like members.
        dataset.examResults[0].organisationId = "x\n  \"financing\": {},\n  \"riskProfiles\": 1"
        dataset.organisations[0].id = dataset.examResults[0].organisationId
        #expect(checkOutline(of: try DatasetCodec.encode(dataset)))
    }

    @Test func unusualLayoutsGiveNoOutlineOrTheRightOne() throws {
        let text = try Fixtures.validText()
        let nestedLookalike = "{\n  \"aaa\": {\"nested\": [\n  ],\n  \"examResults\": [\n    {\"x\": 1}\n  ]},\n"
        let variants = [
            ("a look-alike member nested in an unknown one", nestedLookalike + text.dropFirst(2)),
            ("a bracket inside a record", text.replacingOccurrences(of: "\"organisationId\": \"s-0\"", with: "\"organisationId\": \"s-[0]\"")),
            ("CRLF line ends", text.replacingOccurrences(of: "\n", with: "\r\n")),
            ("a byte-order mark", "\u{FEFF}" + text),
            ("another format", text.replacingOccurrences(of: "kachestvo-dataset", with: "other")),
            ("a duplicate member", text.replacingOccurrences(of: "  \"demo\": true,\n", with: "  \"demo\": true,\n  \"demo\": false,\n")),
            ("a broken organisation", text.replacingOccurrences(of: "\"pupils\": 41", with: "\"pupils\": true")),
            ("not JSON", "garbage\n  \"examResults\": [\n  ]"),
        ]
        for (name, variant) in variants {
            checkOutline(of: Array(variant.utf8), name)
        }
    }

    @Test func anOlderSchemaGivesNoOutline() throws {
        var root = try #require(try JSONValueEncoder.encode(Fixtures.dataset().normalised()).objectValue)
        root["schemaVersion"] = .integer(0)
        root["region"] = root.removeValue(forKey: "regionName")
        let path = Fixtures.write(JSONWriter.write(.object(root)), in: Fixtures.folder())
        #expect(try store.loadOutline(path) == nil)
        #expect(try store.load(path).migratedFrom == 0)
    }

    @Test func fileProblemsAreThrownAsLoadThrowsThem() throws {
        let folder = Fixtures.folder()
        #expect(throws: StoreError(.fileMissing, file: folder + "/absent.json")) { try store.loadOutline(folder + "/absent.json") }
        #expect(throws: StoreError(.isDirectory, file: folder)) { try store.loadOutline(folder) }
        #expect(try store.loadOutline(Fixtures.write("", in: folder, name: "empty.json")) == nil)
    }
}
