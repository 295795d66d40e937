import Testing
@testable import KachestvoCore

/// The funding quadrant judges as the flags do: its two flagged quadrants hold exactly the
/// organisations with FUNDED_NO_EFFECT and EFFECTIVE_NO_FUNDING, under the dataset's thresholds and
/// under thresholds tried elsewhere, once an index is built with them.
@Suite struct FundingQuadrantTests {
    private static let index = RegionIndex(demoRegion)

    private func members(_ quadrant: FundingQuadrant, _ points: [FundingPoint], _ thresholds: FlagThresholds) -> [Int] {
        points.filter { $0.quadrant(thresholds) == quadrant }.map(\.organisation)
    }

    @Test func theFlaggedQuadrantsAreTheFlagsOfEveryYear() {
        let index = Self.index
        for year in index.years {
            let points = index.fundingPoints(year: year)
            let thresholds = index.dataset.thresholds
            #expect(members(.raisedWeak, points, thresholds) == index.organisations(flagged: .fundedNoEffect, year: year))
            #expect(members(.effectiveOrdinary, points, thresholds) == index.organisations(flagged: .effectiveNoFunding, year: year))
            for point in points {
                let flagged = index.flags(organisation: point.organisation, year: year).first { $0.flag == point.quadrant(thresholds).flag }
                #expect(point.finding(thresholds) == flagged, "the reasons are the flag's own")
            }
        }
        let latest = index.latestYear!
        #expect(!index.organisations(flagged: .fundedNoEffect, year: latest).isEmpty)
        #expect(!index.organisations(flagged: .effectiveNoFunding, year: latest).isEmpty)
    }

    @Test func thePointsAreTheOrganisationsWithACoefficientAndAScore() {
        let index = Self.index, year = index.latestYear!, slot = index.yearIndex[year]!
        let points = index.fundingPoints(year: year)
        let expected = index.dataset.organisations.indices.filter {
            index.financing(organisation: $0, year: year) != nil && index.scores.score(organisation: $0, yearSlot: slot) != nil
        }
        #expect(points.map(\.organisation) == expected)
        #expect(points.count > 500, "most of the demo's schools are plotted")
        for point in points.prefix(50) {
            #expect(point.financing == index.financing(organisation: point.organisation, year: year))
            #expect(point.percentile == index.scores.percentile(organisation: point.organisation, yearSlot: slot))
        }
    }

    @Test func otherThresholdsClassifyAsAnIndexBuiltWithThem() {
        var tried = demoRegion.thresholds
        tried.fundedNoEffectPercentile = 0.3
        tried.effectiveNoFundingPercentile = 0.9
        var dataset = demoRegion
        dataset.thresholds = tried
        let rebuilt = RegionIndex(dataset), year = rebuilt.latestYear!
        let points = Self.index.fundingPoints(year: year)
        #expect(members(.raisedWeak, points, tried) == rebuilt.organisations(flagged: .fundedNoEffect, year: year))
        #expect(members(.effectiveOrdinary, points, tried) == rebuilt.organisations(flagged: .effectiveNoFunding, year: year))
        #expect(members(.effectiveOrdinary, points, tried).count < members(.effectiveOrdinary, points, demoRegion.thresholds).count)
    }

    @Test func aDeclineCountsAgainstARaisedCoefficientAboveTheLine() {
        let financing = Financing(organisationId: "org", year: 2018, normative: 80_000, coefficient: 1.1, raised: true)
        let decline = FlagFinding(flag: .decline, reasons: [.scoreChange(from: 0.9, to: 0.1, sinceYear: 2016)])
        let point = FundingPoint(organisation: 0, financing: financing, score: 0.1, percentile: 0.6, decline: decline)
        let thresholds = FlagThresholds()
        #expect(point.quadrant(thresholds) == .raisedWeak)
        #expect(point.finding(thresholds)?.reasons == [.raisedCoefficient(value: 1.1), .percentile(value: 0.6)] + decline.reasons)
        var steady = point
        steady.decline = nil
        #expect(steady.quadrant(thresholds) == .raisedStrong)
        steady.financing.raised = false
        #expect(steady.quadrant(thresholds) == .byType, "1.10 without the project's raise is set by the school's type")
        steady.financing.coefficient = 1
        #expect(steady.quadrant(thresholds) == .ordinaryWeaker)
        steady.percentile = 0.75
        #expect(steady.quadrant(thresholds) == .effectiveOrdinary)
    }
}
