import Testing
@testable import KachestvoCore

/// The Overview's bar per КЦ: the share of its network's scored organisations above the region's level.
@Suite struct CentreResultIndexTests {
    @Test func shareCountsTheNetworksScoresAboveTheRegionsLevel() throws {
        let index = RegionIndex(Fixture.dataset())
        let centres = CentreResultIndex.centres(of: index, year: 2017)
        let centre = try #require(centres.first)
        #expect(centres.count == 1)
        #expect(index.dataset.organisations[centre.centre].id == "kc1")
        #expect(centre.members.first == centre.centre, "the КЦ leads its members")
        #expect(centre.members.count == 13, "the КЦ, two УМЦ and ten schools")
        // 2017 ЕГЭ Russian: the region's mean of 11 school means is 746 / 11 ≈ 67.8; above it are
        // s5 (68), s6 (90), s8 (88), s9 (70) and umc1 (75). kc1 and umc2 sit no exams.
        #expect(centre.scored == 11)
        #expect(centre.above == 5)
        #expect(centre.share == 5.0 / 11.0)
        let above = Set(centre.members.filter { (index.scores.score(organisation: $0, yearSlot: 2) ?? 0) > 0 }
            .map { index.dataset.organisations[$0].id })
        #expect(above == ["s5", "s6", "s8", "s9", "umc1"])
    }

    @Test func aCentreWithoutScoresHasNoShareAndSchoolsWithoutACentreBelongToNone() throws {
        var dataset = Fixture.dataset()
        let template = dataset.organisations[0]
        var empty = template
        empty.id = "kc2"
        empty.name = "МБОУ гимназия № 2"
        var orphan = template
        orphan.id = "orphan"
        orphan.name = "МБОУ СОШ № 500"
        orphan.role = .none
        dataset.organisations += [empty, orphan]
        let index = RegionIndex(dataset)
        let centres = CentreResultIndex.centres(of: index, year: 2017)
        #expect(centres.map { index.dataset.organisations[$0.centre].id }.sorted() == ["kc1", "kc2"])
        let second = try #require(centres.first { index.dataset.organisations[$0.centre].id == "kc2" })
        #expect(second.members == [second.centre] && second.scored == 0 && second.share == nil)
        let orphanIndex = try #require(index.organisationIndex["orphan"])
        #expect(!centres.contains { $0.members.contains(orphanIndex) })
        #expect(CentreResultIndex.centres(of: index, year: 1990).allSatisfy { $0.scored == 0 && $0.share == nil },
                "a year without data scores no one")
    }
}

/// The numbers the Overview lists beside the organisations behind a flag or a region's mean.
@Suite struct OverviewFigureTests {
    let index = RegionIndex(Fixture.dataset())

    private func finding(_ flag: Flag, _ school: Int) throws -> FlagFinding {
        try #require(index.flags(organisation: index.organisationIndex[Fixture.school(school)]!, year: 2017).first { $0.flag == flag })
    }

    @Test func everyFlagHasItsMainValueFromItsReasons() throws {
        #expect(try finding(.failsMinimum, 0).mainValue == 0.2)
        #expect(try finding(.persistentLow, 0).mainValue == 3)
        #expect(try #require(try finding(.lowResult, 0).mainValue) < -1)
        #expect(try #require(try finding(.decline, 7).mainValue) < 0, "a decline is a fall")
        #expect(try #require(try finding(.suspiciousJump, 8).mainValue) > 0)
        #expect(try finding(.stableHigh, 6).mainValue == index.scores.score(organisation: index.organisationIndex["s6"]!, yearSlot: 2))
        let percentile = try #require(try finding(.effectiveNoFunding, 6).mainValue)
        #expect(percentile >= 0.75 && percentile <= 1)
        #expect(try #require(try finding(.fundedNoEffect, 1).mainValue) < 0.5)
        #expect(try #require(try finding(.needsSupport, 0).mainValue) >= index.dataset.thresholds.needsSupportScore)
        #expect(FlagFinding(flag: .decline, reasons: [.percentile(value: 0.3)]).mainValue == nil)
    }

    @Test func subjectResultsAreTheSchoolsBehindTheRegionsAggregate() {
        let results = index.results(year: 2017, subject: Fixture.rus)
        #expect(results.count == 11, "ten schools and the УМЦ that sits the exam")
        let region = index.regionAggregate(year: 2017, subject: Fixture.rus)
        #expect(results.reduce(0) { $0 + $1.result.participants } == region.participants)
        #expect(results.allSatisfy { index.dataset.organisations[$0.organisation].id == $0.result.organisationId })
        #expect(index.results(year: 2017, subject: "ege-math-profile").isEmpty)
        #expect(index.results(year: 1990, subject: Fixture.rus).isEmpty)
    }
}
