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
        guard case .standardisedScore(let score, let threshold) = low.reasons[0] else {
            Issue.record("first reason is \(low.reasons[0])")
            return
        }
        #expect(score < -1 && threshold == -1)
        guard case .subjectBelowRegion(let subject, let mean, let regionMean) = low.reasons[1] else {
            Issue.record("second reason is \(low.reasons[1])")
            return
        }
        #expect(subject == Fixture.rus && mean == 40 && regionMean > 60)
        #expect(!flags(3).contains(.lowResult))
    }

    @Test func failsMinimumCountsTheShareBelowTheMinimum() throws {
        let fails = try #require(finding(.failsMinimum, 0))
        #expect(fails.reasons == [
            .belowMinimum(count: 4, participants: 20, share: 0.2, threshold: 0.15),
            .subjectBelowMinimum(subject: Fixture.rus, count: 4, participants: 20),
        ])
        #expect(!flags(4).contains(.failsMinimum))
    }

    @Test func persistentLowNeedsTwoOfTheLastThreeYears() throws {
        #expect(try #require(finding(.persistentLow, 0)).reasons == [.lowYears(years: [2015, 2016, 2017], window: 3)])
        #expect(!flags(0, 2015).contains(.persistentLow), "one low year is not yet persistent")
        #expect(!flags(3).contains(.persistentLow))
    }

    @Test func stableHighNeedsEveryYearOfTheWindow() throws {
        let high = try #require(finding(.stableHigh, 6))
        guard case .highInAllYears(let scores, let threshold) = high.reasons[0] else {
            Issue.record("reason is \(high.reasons[0])")
            return
        }
        #expect(scores.count == 3 && scores.allSatisfy { $0 > 0.75 } && threshold == 0.75)
        #expect(!flags(6, 2016).contains(.stableHigh), "only two years of history in 2016")
        #expect(!flags(7).contains(.stableHigh))
    }

    @Test func declineComparesWithTwoYearsEarlier() throws {
        let decline = try #require(finding(.decline, 7))
        guard case .scoreChange(let before, let now, let year) = decline.reasons[0] else {
            Issue.record("reason is \(decline.reasons[0])")
            return
        }
        #expect(year == 2015 && before - now >= 0.6)
        #expect(!flags(3).contains(.decline))
    }

    @Test func suspiciousJumpIsAOneYearRise() throws {
        let jump = try #require(finding(.suspiciousJump, 8))
        guard case .scoreChange(let before, let now, let year) = jump.reasons[0] else {
            Issue.record("reason is \(jump.reasons[0])")
            return
        }
        #expect(year == 2016 && now - before >= 1.5)
        #expect(!flags(8, 2016).contains(.suspiciousJump))
        #expect(!flags(6).contains(.suspiciousJump))
    }

    @Test func fundedNoEffectNeedsTheRaisedCoefficientAndWeakResults() throws {
        let funded = try #require(finding(.fundedNoEffect, 1))
        #expect(funded.reasons[0] == .raisedCoefficient(value: 1.10))
        guard case .percentile(let percentile) = funded.reasons[1] else {
            Issue.record("second reason is \(funded.reasons[1])")
            return
        }
        #expect(percentile < 0.5)
        #expect(!flags(6).contains(.fundedNoEffect), "strong school without the raised coefficient")
    }

    @Test func effectiveNoFundingNeedsCoefficientOneAndTheTopQuartile() throws {
        let effective = try #require(finding(.effectiveNoFunding, 6))
        #expect(effective.reasons[0] == .ordinaryCoefficient(value: 1.00))
        guard case .percentile(let percentile) = effective.reasons[1] else {
            Issue.record("second reason is \(effective.reasons[1])")
            return
        }
        #expect(percentile >= 0.75)
        #expect(!flags(9).contains(.effectiveNoFunding), "coefficient 1.15 is not ordinary funding")
        #expect(!flags(0).contains(.effectiveNoFunding))
    }

    @Test func needsSupportWeighsRiskFactorsAndResults() throws {
        let support = try #require(finding(.needsSupport, 0))
        guard case .standardisedScore(let score, _) = try #require(finding(.lowResult, 0)).reasons[0],
              case .riskScore(let total, let threshold) = support.reasons[0] else {
            Issue.record("reasons are \(support.reasons)")
            return
        }
        // Weights 0.10 equipment, 0.15 teachers, 0.20 failure risk; 0.35 for results at most 2 spreads low.
        let results = 0.35 * min(1, -score / 2)
        #expect(abs(total - (0.10 * 0.7 + 0.15 * 0.9 + 0.20 * 0.8 + results)) < 1e-9 && threshold == 0.45)
        #expect(support.reasons.dropFirst() == [
            .standardisedScore(value: score, threshold: nil),
            .riskFactor(factor: .failureRisk, level: 0.8), .riskFactor(factor: .teacherShortage, level: 0.9),
        ])
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

/// The one-pass choice of a reason's two worst subjects gives what a stable sort would.
@Suite struct FirstTwoTests {
    @Test func givesTheFirstTwoOfTheOrderWithEarlierOnesFirstAmongEquals() {
        let values = [(3, "a"), (1, "b"), (5, "c"), (1, "d"), (0, "e"), (0, "f")]
        for count in 0...values.count {
            let prefix = Array(values.prefix(count))
            let expected = prefix.sorted { $0.0 < $1.0 }.prefix(2).map(\.1)
            #expect(prefix.firstTwo { $0.0 < $1.0 }.map(\.1) == expected, "first \(count)")
            let descending = prefix.sorted { $0.0 > $1.0 }.prefix(2).map(\.1)
            #expect(prefix.firstTwo { $0.0 > $1.0 }.map(\.1) == descending, "first \(count), descending")
        }
    }
}
