import KachestvoCore
import Testing
@testable import KachestvoStore

/// A support case's status transitions and a plan step's done day (added for data entry) are written
/// when there are some and left out when there are none, so files written before them read as before.
@Suite struct SupportTransitionsFileTests {
    @Test func transitionsAreWrittenAndReadBack() throws {
        var dataset = Fixtures.dataset().normalised()
        let day = try #require(Day(iso: "2017-11-20"))
        dataset.supportCases[0].transitions = [SupportCase.Transition(from: .proposed, to: .active, day: day, comment: "план «А»")]
        let text = String(decoding: try DatasetCodec.encode(dataset), as: UTF8.self)
        #expect(text.contains(#""transitions": ["#))
        #expect(text.contains(#""comment": "план «А»""#))
        #expect(try DatasetCodec.decode(Array(text.utf8), file: "x.json").dataset == dataset)
    }

    @Test func aFileWithoutTransitionsReadsAsBefore() throws {
        let dataset = Fixtures.dataset().normalised()
        #expect(dataset.supportCases.allSatisfy { $0.transitions.isEmpty })
        let text = String(decoding: try DatasetCodec.encode(dataset), as: UTF8.self)
        #expect(!text.contains("transitions"))
        #expect(try DatasetCodec.decode(Array(text.utf8), file: "x.json").dataset == dataset)
    }

    @Test func aStepsDoneDayIsWrittenWhenKnownAndLeftOutOtherwise() throws {
        var dataset = Fixtures.dataset().normalised()
        let plain = String(decoding: try DatasetCodec.encode(dataset), as: UTF8.self)
        #expect(!plain.contains("doneOn"), "a step with no day recorded is written as before")
        dataset.supportCases[0].plan[0].doneOn = try #require(Day(iso: "2017-11-03"))
        let text = String(decoding: try DatasetCodec.encode(dataset), as: UTF8.self)
        #expect(text.contains(#""doneOn": "2017-11-03""#))
        #expect(try DatasetCodec.decode(Array(text.utf8), file: "x.json").dataset == dataset)
    }
}
