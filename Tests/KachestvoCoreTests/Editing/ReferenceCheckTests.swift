import Testing
@testable import KachestvoCore

/// A delete that would break references is refused, naming what refers and how many.
@Suite struct ReferenceCheckTests {
    private let dataset = EditFixture.dataset

    @Test func aCentreWithSchoolsIsNotDeleted() throws {
        let umc = EditFixture.organisation("umc1")
        let reasons = ReferenceCheck.reasons(deleting: .organisation("umc1"), in: dataset)
        #expect(reasons.map(\.en) == ["5 organisations this centre supports", "1 exam results", "1 support cases it curates"])
        #expect(reasons.first?.ru == "организаций, которые курирует этот центр: 5")
        #expect(throws: EditError.self) { try ChangeBuilder.delete(.organisation(umc), in: dataset) }
        do {
            _ = try ChangeBuilder.delete(.organisation(umc), in: dataset)
        } catch {
            #expect(error.message.ru.hasPrefix("нельзя удалить (организация umc1): на запись ссылаются — организаций"))
        }
    }

    @Test func aSchoolWithRecordsIsNotDeleted() {
        #expect(ReferenceCheck.reasons(deleting: .organisation(Fixture.school(0)), in: dataset).map(\.en)
            == ["3 exam results", "1 financing records", "1 risk profiles", "1 support cases of this school"])
        #expect(ReferenceCheck.reasons(deleting: .organisation("kc1"), in: dataset).map(\.en)
            == ["2 organisations this centre supports", "1 council decisions naming it"])
    }

    @Test func meetingsAndMunicipalitiesReferredToAreNotDeleted() {
        #expect(ReferenceCheck.reasons(deleting: .meeting("m-2017-09-28"), in: dataset).map(\.en)
            == ["1 forecasts set at the meeting", "1 directions adopted at the meeting"])
        #expect(ReferenceCheck.reasons(deleting: .municipality("go-nsk"), in: dataset).map(\.en) == ["1 city districts in it"])
        #expect(ReferenceCheck.reasons(deleting: .municipality("mr-bagan"), in: dataset).map(\.en) == ["6 organisations in it"])
    }

    @Test func aRecordNothingRefersToIsDeleted() throws {
        var dataset = dataset
        try dataset.apply(ChangeBuilder.add(.organisation(EditFixture.newSchool)))
        let change = try ChangeBuilder.delete(.organisation(EditFixture.newSchool), in: dataset)
        #expect(change.summary.en == "Deleted organisation «\(EditFixture.newSchool.name)»", "named by its name, the dataset at hand")
        try dataset.apply(change)
        #expect(dataset == EditFixture.dataset)
        #expect(ReferenceCheck.reasons(deleting: .forecast("f-1"), in: dataset).isEmpty)
    }
}
