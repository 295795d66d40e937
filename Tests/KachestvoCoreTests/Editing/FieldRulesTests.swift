import Bilingual
import Testing
@testable import KachestvoCore

/// One field checked as a form holds it says what the whole-file check says of the same value.
@Suite struct FieldRulesTests {
    private let dataset = EditFixture.dataset

    /// The validator's messages at `$.array[index].field` once `plant` has put a bad value in the
    /// dataset, and `FieldRules`' for the planted record and field, in the unchanged dataset.
    private func expectSameMessages(_ array: String, _ field: String, _ key: RecordKey,
                                    plant: (inout Dataset) -> Void, sourceLocation: SourceLocation = #_sourceLocation) throws {
        var planted = dataset
        plant(&planted)
        let record = try #require(planted.record(key), sourceLocation: sourceLocation)
        let index = try #require(Self.position(of: key, in: planted), sourceLocation: sourceLocation)
        let prefix = "$.\(array)[\(index)].\(field)"
        let expected = DatasetValidator.validate(planted).filter { $0.path.description.hasPrefix(prefix) }.map(\.message)
        #expect(!expected.isEmpty, "the validator finds the planted problem at \(prefix)", sourceLocation: sourceLocation)
        #expect(FieldRules.problems(of: field, in: record, dataset: dataset) == expected, sourceLocation: sourceLocation)
    }

    private static func position(of key: RecordKey, in dataset: Dataset) -> Int? {
        switch key {
        case .organisation(let id): dataset.organisations.firstIndex { $0.id == id }
        case .municipality(let id): dataset.municipalities.firstIndex { $0.id == id }
        case .examResult(let org, let year, let subject):
            dataset.examResults.firstIndex { $0.organisationId == org && $0.year == year && $0.subjectId == subject }
        case .financing(let org, let year): dataset.financing.firstIndex { $0.organisationId == org && $0.year == year }
        case .supportCase(let id): dataset.supportCases.firstIndex { $0.id == id }
        case .meeting(let id): dataset.meetings.firstIndex { $0.id == id }
        case .forecast(let id): dataset.forecasts.firstIndex { $0.id == id }
        case .thresholds: nil
        }
    }

    private func organisation(_ id: Identifier<Organisation>, _ change: @escaping (inout Organisation) -> Void) -> (inout Dataset) -> Void {
        { dataset in change(&dataset.organisations[dataset.organisations.firstIndex { $0.id == id }!]) }
    }

    private func result(_ key: RecordKey, _ change: @escaping (inout ExamResult) -> Void) -> (inout Dataset) -> Void {
        { dataset in change(&dataset.examResults[Self.position(of: key, in: dataset)!]) }
    }

    @Test func organisationFields() throws {
        let s3 = RecordKey.organisation("s3")
        try expectSameMessages("organisations", "pupils", s3, plant: organisation("s3") { $0.pupils = -1 })
        try expectSameMessages("organisations", "teachers", s3, plant: organisation("s3") { $0.teachers = 5000 })
        try expectSameMessages("organisations", "name", s3, plant: organisation("s3") { $0.name = "  " })
        try expectSameMessages("organisations", "municipalityId", s3, plant: organisation("s3") { $0.municipalityId = "mr-nowhere" })
        try expectSameMessages("organisations", "centreId", s3, plant: organisation("s3") { $0.centreId = "kc1" })
        try expectSameMessages("organisations", "centreId", s3, plant: organisation("s3") { $0.centreId = "s4" })
        try expectSameMessages("organisations", "centreId", .organisation("umc1"), plant: organisation("umc1") { $0.centreId = "umc1" })
        try expectSameMessages("organisations", "centreId", .organisation("kc1"), plant: organisation("kc1") { $0.centreId = "umc2" })
        #expect(FieldRules.problems(of: "pupils", in: .organisation(EditFixture.organisation("s3")), dataset: dataset).isEmpty)
    }

    @Test func aCentreGivenAnotherRoleIsTheProblemOfItsSchools() throws {
        var umc = EditFixture.organisation("umc1")
        umc.role = .participant
        umc.centreId = "umc2"
        var planted = dataset
        planted.organisations[planted.organisations.firstIndex { $0.id == "umc1" }!] = umc
        let fromSchools = Set(DatasetValidator.validate(planted).filter { $0.path.description.hasSuffix(".centreId") }.map(\.message))
        let problems = FieldRules.problems(of: "role", in: .organisation(umc), dataset: dataset)
        #expect(problems.count == 1)
        #expect(fromSchools.contains(problems[0]))
        #expect(problems[0].ru == "«umc1» должен быть УМЦ, а это «участник»")
        let dependants = FieldRules.dependants(of: "umc1", in: dataset)
        #expect(dependants.count == 1, "one school of each role stands for them all")
        #expect(FieldRules.problems(in: .organisation(umc), dataset: dataset, dependants: dependants)["role"] == problems,
                "dependants found once for a form say what a scan on every field says")
    }

    @Test func examResultFields() throws {
        let key = RecordKey.examResult(organisation: Fixture.school(3), year: 2017, subject: Fixture.rus)
        try expectSameMessages("examResults", "mean", key, plant: result(key) { $0.mean = 140 })
        try expectSameMessages("examResults", "participants", key, plant: result(key) { $0.participants = -2 })
        try expectSameMessages("examResults", "belowMinimum", key, plant: result(key) { $0.belowMinimum = 21 })
        try expectSameMessages("examResults", "high", key, plant: result(key) { $0.high = 25 })
        try expectSameMessages("examResults", "high", key, plant: result(key) { $0.belowMinimum = 12; $0.high = 12 })
        try expectSameMessages("examResults", "hundreds", key, plant: result(key) { $0.hundreds = 2 })
        try expectSameMessages("examResults", "mean", key, plant: result(key) { $0.mean = 66.03 })
        try expectSameMessages("examResults", "marks", key, plant: result(key) { $0.marks = .zero })
        let marks = RecordKey.examResult(organisation: Fixture.school(2), year: 2017, subject: Fixture.math)
        try expectSameMessages("examResults", "marks", marks, plant: result(marks) { $0.marks?.five = 9 })
        try expectSameMessages("examResults", "mean", marks, plant: result(marks) { $0.mean = 3.1 })
        try expectSameMessages("examResults", "high", marks, plant: result(marks) { $0.high = 2 })
    }

    @Test func financingSupportAndCouncilFields() throws {
        let financing = RecordKey.financing(organisation: Fixture.school(2), year: 2017)
        let slot = { (dataset: Dataset) in Self.position(of: financing, in: dataset)! }
        try expectSameMessages("financing", "coefficient", financing) { $0.financing[slot($0)].coefficient = 5 }
        try expectSameMessages("financing", "coefficient", financing) { $0.financing[slot($0)].coefficient = 1; $0.financing[slot($0)].raised = true }
        try expectSameMessages("financing", "normative", financing) { $0.financing[slot($0)].normative = 0 }
        let supportCase = RecordKey.supportCase("case-1")
        try expectSameMessages("supportCases", "closed", supportCase) { $0.supportCases[0].closed = EditFixture.day }
        try expectSameMessages("supportCases", "curatorId", supportCase) { $0.supportCases[0].curatorId = Fixture.school(4) }
        try expectSameMessages("supportCases", "reasons", supportCase) { $0.supportCases[0].reasons = [] }
        try expectSameMessages("supportCases", "plan", supportCase) {
            $0.supportCases[0].plan = [SupportCase.PlanStep(title: "", due: EditFixture.day, done: false)]
        }
        let meeting = RecordKey.meeting("m-2017-09-28")
        try expectSameMessages("meetings", "topic", meeting) { $0.meetings[0].topic = "" }
        try expectSameMessages("meetings", "decisions", meeting) { $0.meetings[0].decisions[0].organisationIds = ["ghost"] }
        let forecast = RecordKey.forecast("f-1")
        try expectSameMessages("forecasts", "planned", forecast) { $0.forecasts[0].planned = 101 }
        try expectSameMessages("forecasts", "meetingId", forecast) { $0.forecasts[0].meetingId = "m-none" }
        try expectSameMessages("municipalities", "parentId", .municipality("nsk-lenin")) { $0.municipalities[2].parentId = "mr-bagan" }
    }

    @Test func aNewRecordIsCheckedFieldByField() {
        var school = EditFixture.newSchool
        school.name = ""
        school.centreId = "ghost"
        school.teachers = -1
        let problems = FieldRules.problems(in: .organisation(school), dataset: dataset)
        #expect(Set(problems.keys) == ["name", "centreId", "teachers"])
        #expect(problems["name"]?.map(\.ru) == ["пустое значение"])
        #expect(problems["centreId"]?.map(\.en) == ["refers to an organisation «ghost» that does not exist"])
    }

    @Test func thresholdFields() {
        var thresholds = FlagThresholds()
        thresholds.failsMinimumShare = 1.5
        #expect(FieldRules.problems(of: "failsMinimumShare", in: thresholds).map(\.en) == ["value 1.5 is outside the allowed range 0.0…1.0"])
        #expect(FieldRules.problems(of: "declineZ", in: thresholds).isEmpty)
    }
}
