@testable import KachestvoApp
import KachestvoCore
import Testing

/// One edited record applied along its path gives the same figures as deriving them anew.
@Suite struct ModelUpdateTests {
    private func model() -> AppModel { AppModel(index: RegionIndex(AppFixture.dataset())) }

    /// What the app derives from an index, recomputed from scratch for comparison.
    private func derivedAnew(_ model: AppModel) -> AppModel { AppModel(index: model.index) }

    private func sameFigures(_ updated: AppModel) {
        let fresh = derivedAnew(updated)
        #expect(updated.totals == fresh.totals, "flagged counts along the path")
        #expect(DigestComparison.same(updated.digest, fresh.digest), "headline means, flag counts and inner aggregates")
    }

    @Test func aLoweredResultFlagsTheSchoolAndCountsItInEveryAncestor() throws {
        var model = model()
        let old = try #require(model.dataset.examResults.first { $0.organisationId == "org-07" && $0.year == 2018 && $0.subjectId == AppFixture.rus })
        var new = old
        new.mean = 30
        new.belowMinimum = 12
        let org = try #require(model.index.organisationIndex["org-07"])
        let concernsBefore = model.index.flags(organisation: org, year: 2018).filter { !$0.flag.isPositive }
        #expect(concernsBefore.isEmpty)
        let umc = model.index.network.parents[model.index.network.nodeOfOrganisation[org]]
        let before = model.totals.flagged(node: umc, view: .network, yearSlot: 2)
        let applied1 = model.update(examResult: old, to: new)
        #expect(applied1)
        #expect(model.digest.headlineMeans[2][org] == 30)
        let concerns = model.index.flags(organisation: org, year: 2018).filter { !$0.flag.isPositive }
        #expect(!concerns.isEmpty)
        #expect(model.totals.flagged(node: umc, view: .network, yearSlot: 2) == before + 1)
        sameFigures(model)
    }

    /// A school's new count of pupils moves along its path in both trees, as counting anew would give,
    /// and a field that moves nothing keeps the search haystacks.
    @Test func aNewCountOfPupilsMovesAlongThePath() throws {
        var model = model()
        let org = try #require(model.index.organisationIndex["org-07"])
        let old = model.dataset.organisations[org]
        var new = old
        new.pupils += 250
        new.rural.toggle()
        let region = Hierarchy.rootNode
        let before = model.totals.pupils(node: region, view: .administrative)
        let applied = model.apply(ChangeBuilder.change(from: .organisation(old), to: .organisation(new)))
        #expect(applied)
        #expect(model.totals.pupils(node: region, view: .administrative) == before + 250)
        #expect(model.dataset.organisations[org].pupils == old.pupils + 250)
        sameFigures(model)
    }

    @Test func addingAndDeletingAResultKeepEverythingInStep() throws {
        var model = model()
        let added = ExamResult(organisationId: "org-08", year: 2018, subjectId: AppFixture.rus, participants: 5,
                               mean: 41, belowMinimum: 2, high: 0, hundreds: 0)
        let applied2 = model.update(examResult: nil, to: added)
        #expect(applied2)
        let org = try #require(model.index.organisationIndex["org-08"])
        #expect(model.digest.headlineMeans[2][org] == 41)
        sameFigures(model)
        let applied3 = model.update(examResult: added, to: nil)
        #expect(applied3)
        #expect(model.digest.headlineMeans[2][org].isNaN)
        sameFigures(model)
    }

    @Test func anEditTheIndexCannotPlaceChangesNothing() {
        var model = model()
        let stranger = ExamResult(organisationId: "org-404", year: 2018, subjectId: AppFixture.rus, participants: 5,
                                  mean: 41, belowMinimum: 0, high: 0, hundreds: 0)
        let before = model.totals
        let applied4 = model.update(examResult: nil, to: stranger)
        #expect(!applied4)
        #expect(model.totals == before)
    }
}
