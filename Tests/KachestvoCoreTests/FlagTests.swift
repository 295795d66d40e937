import Testing
@testable import KachestvoCore

@Suite struct FlagTests {
    let index = RegionIndex(Fixture.dataset())

    private func flags(_ school: Int, _ year: Int = 2017) -> Set<Flag> {
        Set(index.flags(organisation: index.organisationIndex[Fixture.school(school)]!, year: year).map(\.flag))
    }

    private func finding(_ flag: Flag, _ school: Int, _ year: Int = 2017) -> FlagFinding? {
        index.flags(organisation: index.organisationIndex[Fixture.school(school)]!, year: year).first { $0.flag == flag }
    }

    @Test func lowResultNamesTheScoreAndTheWeakestSubject() throws {
        let low = try #require(finding(.lowResult, 0))
        #expect(low.reasons.contains { $0.ru.contains("ЕГЭ Русский язык: 40,0 при") })
        #expect(low.reasons.contains { $0.en.contains("ЕГЭ Русский язык: 40.0 against") })
        #expect(!flags(3).contains(.lowResult))
    }

    @Test func failsMinimumCountsTheShareBelowTheMinimum() throws {
        let fails = try #require(finding(.failsMinimum, 0))
        #expect(fails.reasons[0].en.hasPrefix("4 of 20 below the minimum score (20%"))
        #expect(!flags(4).contains(.failsMinimum))
    }

    @Test func persistentLowNeedsTwoOfTheLastThreeYears() {
        #expect(flags(0).contains(.persistentLow))
        #expect(!flags(0, 2015).contains(.persistentLow), "one low year is not yet persistent")
        #expect(!flags(3).contains(.persistentLow))
    }

    @Test func stableHighNeedsEveryYearOfTheWindow() {
        #expect(flags(6).contains(.stableHigh))
        #expect(!flags(6, 2016).contains(.stableHigh), "only two years of history in 2016")
        #expect(!flags(7).contains(.stableHigh))
    }

    @Test func declineComparesWithTwoYearsEarlier() throws {
        let decline = try #require(finding(.decline, 7))
        #expect(decline.reasons[0].en.contains("in 2015 →"))
        #expect(!flags(3).contains(.decline))
    }

    @Test func suspiciousJumpIsAOneYearRise() {
        #expect(flags(8).contains(.suspiciousJump))
        #expect(!flags(8, 2016).contains(.suspiciousJump))
        #expect(!flags(6).contains(.suspiciousJump))
    }

    @Test func fundedNoEffectNeedsTheRaisedCoefficientAndWeakResults() throws {
        let funded = try #require(finding(.fundedNoEffect, 1))
        #expect(funded.reasons[0].ru == "повышенный коэффициент финансирования 1,10")
        #expect(!flags(6).contains(.fundedNoEffect), "strong school without the raised coefficient")
    }

    @Test func effectiveNoFundingNeedsCoefficientOneAndTheTopQuartile() {
        #expect(flags(6).contains(.effectiveNoFunding))
        #expect(!flags(9).contains(.effectiveNoFunding), "coefficient 1.15 is not ordinary funding")
        #expect(!flags(0).contains(.effectiveNoFunding))
    }

    @Test func needsSupportWeighsRiskFactorsAndResults() throws {
        let support = try #require(finding(.needsSupport, 0))
        #expect(support.reasons[0].en.hasPrefix("risk score "))
        #expect(support.reasons.contains { $0.ru.contains("дефицит педагогов") })
        #expect(!flags(3).contains(.needsSupport))
    }

    @Test func ordinarySchoolRaisesNoFlags() {
        #expect(flags(4).isEmpty)
        #expect(flags(5).isEmpty)
    }

    @Test func thresholdsAreTakenFromTheDataset() {
        var dataset = Fixture.dataset()
        dataset.thresholds.lowResultZ = -3
        let relaxed = RegionIndex(dataset)
        #expect(!relaxed.flags(organisation: relaxed.organisationIndex["s0"]!, year: 2017).contains { $0.flag == .lowResult })
        #expect(relaxed.organisations(flagged: .lowResult, year: 2017).isEmpty)
        #expect(index.organisations(flagged: .lowResult, year: 2017).contains(index.organisationIndex["s0"]!))
    }
}
