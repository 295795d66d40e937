import Foundation
import KachestvoCore
import Testing
@testable import KachestvoStore

@Suite struct RoundTripTests {
    @Test func everyEntityTypeSurvivesWriteThenRead() throws {
        let original = Fixtures.dataset().normalised()
        let decoded = try DatasetCodec.decode(try DatasetCodec.encode(original), file: "x.json")
        #expect(decoded.dataset == original)
        #expect(decoded.migratedFrom == nil)
    }

    @Test func writingTwiceGivesIdenticalBytes() throws {
        let first = try DatasetCodec.encode(Fixtures.dataset())
        let reread = try DatasetCodec.decode(first, file: "x.json").dataset
        #expect(try DatasetCodec.encode(reread) == first)
        var shuffled = Fixtures.dataset()
        shuffled.organisations.reverse()
        shuffled.examResults.reverse()
        #expect(try DatasetCodec.encode(shuffled) == first)
    }

    @Test func recordsAreOneLineEachWithSortedKeysAndTwoSpaceIndent() throws {
        let text = String(decoding: try DatasetCodec.encode(Fixtures.dataset()), as: UTF8.self)
        let lines = text.split(separator: "\n")
        #expect(lines.first == "{")
        #expect(lines[1] == "  \"academicYears\": [")
        #expect(lines[2] == "    {\"year\": 2016},")
        let results = lines.filter { $0.contains("\"belowMinimum\"") }
        #expect(results.count == 10)
        #expect(results.contains {
            $0.hasPrefix("    {\"belowMinimum\": 2, \"high\": 7, \"hundreds\": 0, \"marks\": {\"five\": 7, \"four\": 11, \"three\": 10, \"two\": 2}, \"mean\": 0.30000000000000004,")
        })
        #expect(text.contains("{\"centreId\": \"umc-1\", \"id\": \"s-0\", \"kind\": \"basic\", \"legalForm\": \"mkou\", \"municipalityId\": \"mr-bag\", \"name\": \"МКОУ Урезская ООШ \\\"№0\\\"\\n\\ttab \\\\ end\","))
        #expect(text.hasSuffix("}\n"))
    }

    @Test func doublesAreWrittenShortestAndReadBackExactly() throws {
        var dataset = Fixtures.dataset()
        let awkward = [0.1, 1.0 / 3.0, Double.leastNonzeroMagnitude, 1.7976931348623157e308, -0.0, 123456789012345680.0, 66.0, 1e-7]
        for (index, value) in awkward.enumerated() { dataset.examResults[index].mean = value }
        let bytes = try DatasetCodec.encode(dataset)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("\"mean\": 0.1,"))
        #expect(text.contains("\"mean\": 66.0,"))
        #expect(try DatasetCodec.decode(bytes, file: "x").dataset == dataset.normalised())
    }

    @Test func nonFiniteNumbersAreRefusedOnWrite() {
        var dataset = Fixtures.dataset()
        dataset.financing[0].coefficient = .nan
        do {
            _ = try DatasetCodec.encode(dataset)
            Issue.record("NaN was written")
        } catch {
            guard case .notEncodable(let detail) = error.kind else { Issue.record("wrong kind \(error.kind)"); return }
            #expect(detail.hasPrefix("$.financing[0].coefficient"))
        }
    }
}


/// `JSONObject` keeps members sorted and unique whatever order they arrive in.
@Suite struct JSONObjectTests {
    @Test func membersAreSortedAndTheLastDuplicateWins() {
        let object = JSONObject([.init("b", .integer(1)), .init("a", .integer(2)), .init("b", .integer(3))])
        #expect(object.members.map(\.key) == ["a", "b"])
        #expect(object["b"] == .integer(3))
        var edited = object
        edited["0"] = .null
        #expect(edited.members.map(\.key) == ["0", "a", "b"])
        #expect(edited.removeValue(forKey: "a") == .integer(2))
        #expect(edited.members.map(\.key) == ["0", "b"])
    }
}
