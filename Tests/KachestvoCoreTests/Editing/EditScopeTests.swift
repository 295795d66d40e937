import Testing
@testable import KachestvoCore

/// `--scope`: read and checked against the data; edits outside it refused with the reason.
@Suite struct EditScopeTests {
    private let dataset = EditFixture.dataset

    @Test func scopesAreReadAndChecked() throws {
        #expect(try EditScope.parse("umc:umc1", in: dataset).get() == .umc("umc1"))
        #expect(try EditScope.parse("kc:kc1", in: dataset).get() == .kc("kc1"))
        #expect(try EditScope.parse("municipality:go-nsk", in: dataset).get() == .municipality("go-nsk"))
        #expect(EditScope.parse("umc1", in: dataset).failure?.message.en
            == "scope «umc1» is not understood; expected umc:ID, kc:ID or municipality:ID")
        #expect(EditScope.parse("school:s1", in: dataset).failure?.kind == .malformed("school:s1"))
        #expect(EditScope.parse("umc:ghost", in: dataset).failure?.message.ru == "в данных нет «umc:ghost»")
        #expect(EditScope.parse("kc:umc1", in: dataset).failure?.message.en == "«umc1» is not a consulting centre (КЦ)")
        #expect(EditScope.parse("municipality:mr-none", in: dataset).failure?.kind == .unknown("municipality:mr-none"))
    }

    @Test func editsInsideTheScopeAreAllowed() throws {
        let result = EditFixture.result(1, 2017)
        var raised = result
        raised.mean = 62
        let change = ChangeBuilder.change(from: .examResult(result), to: .examResult(raised))
        for scope: EditScope in [.everything, .umc("umc1"), .kc("kc1"), .municipality("go-nsk"), .municipality("nsk-lenin")] {
            #expect(scope.check(change, in: dataset) == nil, "\(scope)")
        }
        #expect(EditScope.umc("umc1").check(ChangeBuilder.add(.organisation(EditFixture.newSchool)), in: dataset) == nil)
        #expect(EditScope.umc("umc1").contains(Fixture.school(0), in: dataset))
        #expect(!EditScope.umc("umc1").contains(Fixture.school(7), in: dataset))
    }

    @Test func editsOutsideTheScopeAreRefused() throws {
        let scope = EditScope.umc("umc1")
        let other = EditFixture.organisation(Fixture.school(7))  // under umc2
        var renamed = other
        renamed.name = "МБОУ СОШ № 700"
        #expect(scope.check(ChangeBuilder.change(from: .organisation(other), to: .organisation(renamed)), in: dataset)?.en
            == "outside your scope (umc:umc1): organisation s7 — «МБОУ СОШ № 107» (s7) is not in it")
        #expect(EditScope.municipality("mr-bagan").check(
            ChangeBuilder.change(from: .organisation(EditFixture.organisation("s1")), to: .organisation({
                var s = EditFixture.organisation("s1"); s.pupils = 1; return s }())), in: dataset) != nil)
    }

    @Test func aSchoolCannotBeMovedOutOfTheScope() {
        let school = EditFixture.organisation(Fixture.school(2))
        var moved = school
        moved.centreId = "umc2"
        let change = ChangeBuilder.change(from: .organisation(school), to: .organisation(moved))
        #expect(EditScope.umc("umc1").check(change, in: dataset)?.ru
            == "вне вашей области (umc:umc1): организация s2 — «МБОУ СОШ № 102» (s2) не входит в неё")
        #expect(EditScope.kc("kc1").check(change, in: dataset) == nil)
        var back = moved
        back.centreId = "umc1"
        #expect(EditScope.umc("umc2").check(ChangeBuilder.change(from: .organisation(moved), to: .organisation(back)), in: dataset) != nil,
                "nor into it from outside")
    }

    @Test func regionWideRecordsNeedTheWholeRegion() {
        var thresholds = dataset.thresholds
        thresholds.declineYears = 3
        let change = ChangeBuilder.change(from: dataset.thresholds, to: thresholds)
        #expect(EditScope.kc("kc1").check(change, in: dataset)?.en
            == "outside your scope (kc:kc1): flag thresholds belongs to the whole region")
        #expect(EditScope.everything.check(change, in: dataset) == nil)
        let meeting = dataset.meetings[0]
        var renamed = meeting
        renamed.topic = "Итоги"
        #expect(EditScope.umc("umc1").check(ChangeBuilder.change(from: .meeting(meeting), to: .meeting(renamed)), in: dataset) != nil)
    }
}

extension Result {
    var failure: Failure? { if case .failure(let error) = self { error } else { nil } }
}
