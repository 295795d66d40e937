import Foundation
import Testing
@testable import KachestvoCore

/// `RecordKey`, `FieldValue`, `Edit` and `Change` as written in the journal: plain, readable, and
/// read back to the same values.
@Suite struct EditTypesTests {
    @Test func recordKeysReadAsTheyAreWritten() {
        let keys: [RecordKey] = [
            .municipality("mr-bagan"), .organisation("nso-0042"), .examResult(organisation: "nso/0042", year: 2024, subject: "ege-math"),
            .financing(organisation: "nso-0042", year: 2024), .supportCase("case-1"), .meeting("m-1"), .forecast("f-1"), .thresholds,
        ]
        #expect(keys.map(\.description) == [
            "municipality:mr-bagan", "organisation:nso-0042", "examResult:nso/0042/2024/ege-math", "financing:nso-0042/2024",
            "supportCase:case-1", "meeting:m-1", "forecast:f-1", "thresholds",
        ])
        for key in keys { #expect(RecordKey(key.description) == key) }
        for bad in ["", "organisation:", "school:x", "financing:x", "financing:x/twenty", "examResult:x/2024", "thresholds:x"] {
            #expect(RecordKey(bad) == nil, "\(bad)")
        }
        #expect(RecordKey.examResult(organisation: "s1", year: 2017, subject: "ege-rus").organisationId == "s1")
        #expect(RecordKey.meeting("m-1").organisationId == nil)
        #expect(EditFixture.dataset.organisationId(of: .supportCase("case-1")) == Fixture.school(0), "looked up in the dataset")
        #expect(EditFixture.dataset.organisationId(of: .financing(organisation: "s1", year: 2017)) == "s1")
        #expect(EditFixture.dataset.organisationId(of: .forecast("f-1")) == nil, "a region forecast")
    }

    @Test func valuesArePlainJSON() throws {
        let edit = Edit(record: .organisation("s1"), field: "pupils", old: .integer(500), new: .integer(480))
        #expect(try EditFixture.json(edit) == #"{"field":"pupils","new":480,"old":500,"record":"organisation:s1"}"#)
        let named = Edit(record: .organisation("s1"), field: "centreId", old: .text("umc1"), new: .none)
        #expect(try EditFixture.json(named) == #"{"field":"centreId","new":null,"old":"umc1","record":"organisation:s1"}"#)
        let dated = Edit(record: .supportCase("case-1"), field: "closed", old: .none, new: .day(EditFixture.day))
        #expect(try EditFixture.json(dated).contains(#""new":"2017-11-20""#))
        let added = Edit.add(.financing(EditFixture.dataset.financing[0]))
        #expect(try EditFixture.json(added).contains(#""new":{"coefficient":1.15,"normative":80000"#))
    }

    @Test func everyFieldOfEveryKindRoundTrips() throws {
        for (old, new) in EditFixture.everyKind {
            let edits = ChangeBuilder.edits(from: old, to: new)
            #expect(Set(edits.compactMap(\.field)) == Set(old.key.kind.fieldNames), "\(old.key) changes every field")
            for edit in edits + [.add(new), .delete(old)] {
                let text = try EditFixture.json(edit)
                #expect(try EditFixture.decode(Edit.self, text) == edit, "\(text)")
            }
        }
        let weights = ChangeBuilder.change(from: FlagThresholds(), to: {
            var t = FlagThresholds()
            t.riskWeights["specialNeeds"] = 0.25
            t.lowResultZ = -1.25
            t.minimumParticipants = 8
            return t
        }())
        #expect(weights.edits.compactMap(\.field) == ["lowResultZ", "minimumParticipants", "riskWeights"])
        #expect(try EditFixture.decode(Change.self, try EditFixture.json(weights)) == weights)
    }

    @Test func aNumberWithoutFractionIsStillANumber() throws {
        let edit = Edit(record: .financing(organisation: "s1", year: 2017), field: "normative", old: .number(80_000), new: .number(81_000))
        #expect(try EditFixture.decode(Edit.self, try EditFixture.json(edit)) == edit)
    }

    @Test func unknownFieldsAreNotRead() {
        #expect(throws: DecodingError.self) {
            try EditFixture.decode(Edit.self, #"{"record":"organisation:s1","field":"colour","old":"red","new":"blue"}"#)
        }
        #expect(throws: DecodingError.self) {
            try EditFixture.decode(Edit.self, #"{"record":"thresholds","old":null,"new":null}"#)
        }
    }

    @Test func changesInvertInReverseOrder() throws {
        let change = Change([Edit(record: .thresholds, field: "declineYears", old: .integer(2), new: .integer(3)),
                             Edit(record: .thresholds, field: "declineYears", old: .integer(3), new: .integer(4))],
                            summary: .init(ru: "Пороги", en: "Thresholds"))
        #expect(change.inverted.edits.map(\.new) == [.integer(3), .integer(2)])
        #expect(change.inverted.inverted == change)
        let text = try EditFixture.json(change)
        #expect(text.contains(#""summary":{"en":"Thresholds","ru":"Пороги"}"#))
        #expect(try EditFixture.decode(Change.self, text) == change)
    }
}
