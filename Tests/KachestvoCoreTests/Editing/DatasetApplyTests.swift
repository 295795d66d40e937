import Testing
@testable import KachestvoCore

/// `Dataset.apply`: every kind of record edited field by field, added and deleted, and undone, in
/// the dataset's canonical order; a stale edit refused and a failed change leaving nothing behind.
@Suite struct DatasetApplyTests {
    @Test func everyFieldAppliesAndItsInverseRestoresTheDataset() throws {
        for (old, new) in EditFixture.everyKind {
            var dataset = EditFixture.dataset
            let change = ChangeBuilder.change(from: old, to: new)
            try dataset.apply(change)
            #expect(dataset.record(old.key) == new, "\(old.key)")
            for edit in change.edits { #expect(dataset.value(of: edit.record, field: edit.field) == edit.new) }
            try dataset.apply(change.inverted)
            #expect(dataset == EditFixture.dataset, "\(old.key) restored")
        }
    }

    @Test func thresholdsApplyAndInvert() throws {
        var dataset = EditFixture.dataset
        var thresholds = dataset.thresholds
        thresholds.failsMinimumShare = 0.2
        thresholds.riskWeights["lowMotivation"] = 0.3
        let change = ChangeBuilder.change(from: dataset.thresholds, to: thresholds)
        try dataset.apply(change)
        #expect(dataset.thresholds == thresholds)
        try dataset.apply(change.inverted)
        #expect(dataset == EditFixture.dataset)
    }

    @Test func recordsAreAddedAndDeletedInCanonicalOrder() throws {
        var dataset = EditFixture.dataset
        let result = ExamResult(organisationId: Fixture.school(4), year: 2016, subjectId: Fixture.math, participants: 4,
                                mean: 4, belowMinimum: 0, high: 1, hundreds: 0, marks: MarkCounts(two: 0, three: 1, four: 2, five: 1))
        let change = Change([.add(.organisation(EditFixture.newSchool)), .add(.examResult(result))], summary: .init(ru: "", en: ""))
        try dataset.apply(change)
        #expect(dataset == dataset.normalised())
        #expect(dataset.record(.organisation("s-new")) == .organisation(EditFixture.newSchool))
        #expect(dataset.value(of: RecordValue.examResult(result).key, field: "mean") == .number(4))
        #expect(dataset.value(of: .organisation("s-new"), field: nil) == .record(.organisation(EditFixture.newSchool)))
        try dataset.apply(change.inverted)
        #expect(dataset == EditFixture.dataset)
        #expect(dataset.value(of: .organisation("s-new"), field: nil) == FieldValue.none)
        #expect(dataset.value(of: .organisation("s-new"), field: "name") == nil)
    }

    @Test func aRecordInAFileOutOfOrderIsStillFound() throws {
        var dataset = EditFixture.dataset
        dataset.organisations.reverse()
        let edit = Edit(record: .organisation("s3"), field: "pupils", old: .integer(500), new: .integer(501))
        try dataset.apply(edit)
        #expect(dataset.organisations.first { $0.id == "s3" }?.pupils == 501)
    }

    @Test func aStaleEditIsRefusedWithWhatItFound() {
        var dataset = EditFixture.dataset
        let stale = Edit(record: .organisation("s3"), field: "pupils", old: .integer(499), new: .integer(510))
        #expect(throws: EditError.stale(.organisation("s3"), "pupils", expected: .integer(499), found: .integer(500))) {
            try dataset.apply(stale)
        }
        let message = EditError.stale(.organisation("s3"), "pupils", expected: .integer(499), found: .integer(500)).message
        #expect(message.ru == "«organisation:s3.pupils» уже изменено: ожидалось «499», а сейчас «500»")
        #expect(message.en == "«organisation:s3.pupils» has changed meanwhile: expected «499», but it is «500»")
        #expect(throws: EditError.duplicateRecord(.organisation("s3"))) {
            try dataset.apply(.add(.organisation(EditFixture.organisation("s3"))))
        }
        #expect(throws: EditError.missingRecord(.organisation("s-new"))) {
            try dataset.apply(.delete(.organisation(EditFixture.newSchool)))
        }
        #expect(throws: EditError.missingRecord(.organisation("gone"))) {
            try dataset.apply(Edit(record: .organisation("gone"), field: "pupils", old: .integer(1), new: .integer(2)))
        }
        #expect(throws: EditError.unknownField(.organisation("s3"), "colour")) {
            try dataset.apply(Edit(record: .organisation("s3"), field: "colour", old: .none, new: .text("red")))
        }
        #expect(throws: EditError.wrongValue(.organisation("s3"), "kind", .text("castle"))) {
            try dataset.apply(Edit(record: .organisation("s3"), field: "kind", old: .text("secondary"), new: .text("castle")))
        }
        #expect(dataset == EditFixture.dataset)
    }

    @Test func aChangeThatFailsHalfwayChangesNothing() {
        var dataset = EditFixture.dataset
        let change = Change([
            Edit(record: .organisation("s3"), field: "pupils", old: .integer(500), new: .integer(510)),
            .add(.organisation(EditFixture.newSchool)),
            Edit(record: .organisation("s4"), field: "pupils", old: .integer(1), new: .integer(2)),
        ], summary: .init(ru: "", en: ""))
        #expect(throws: EditError.self) { try dataset.apply(change) }
        #expect(dataset == EditFixture.dataset)
    }
}
