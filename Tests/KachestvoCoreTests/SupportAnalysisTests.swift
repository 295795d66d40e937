import Testing
@testable import KachestvoCore

/// What the Support screen reads from the core: the risk score's parts, overdue steps judged on the
/// data's own latest day, the case filter along the network and the municipalities, the candidates.
@Suite struct SupportAnalysisTests {
    @Test func theRiskBreakdownIsTheScoreTheFlagRuleJudges() {
        let index = RegionIndex(demoRegion)
        let year = index.latestYear!
        var flagged = 0
        for org in index.dataset.organisations.indices {
            let finding = index.flags(organisation: org, year: year).first { $0.flag == .needsSupport }
            guard let risk = index.riskBreakdown(organisation: org, year: year) else {
                #expect(finding == nil)
                continue
            }
            #expect(risk.exceedsThreshold == (finding != nil), "organisation \(org)")
            #expect(abs(risk.total - (risk.factors + [risk.lowResults]).map(\.contribution).reduce(0, +)) < 1e-12)
            guard let finding else { continue }
            flagged += 1
            #expect(finding.reasons.first == .riskScore(value: risk.total, threshold: risk.threshold))
        }
        #expect(flagged > 0)
    }

    @Test func onlyOpenCasesHaveOverdueSteps() {
        let day = Day(year: 2018, month: 3, day: 1)!
        func step(_ month: Int, done: Bool) -> SupportCase.PlanStep {
            SupportCase.PlanStep(title: "шаг", due: Day(year: 2018, month: month, day: 1)!, done: done)
        }
        var supportCase = SupportCase(id: "c", organisationId: "s0", reasons: [], curatorId: "umc1",
                                      plan: [step(1, done: true), step(2, done: false), step(3, done: false), step(4, done: false)],
                                      status: .active, opened: Day(year: 2017, month: 12, day: 1)!)
        #expect(supportCase.overdueSteps(on: day) == 1, "due before the day and not done; due on the day is not late")
        #expect(supportCase.stepsDone == 1)
        supportCase.status = .cancelled
        supportCase.closed = Day(year: 2018, month: 5, day: 1)!
        #expect(supportCase.overdueSteps(on: day) == 0)
        let open = SupportCase(id: "d", organisationId: "s1", reasons: [], curatorId: "umc1", plan: [], status: .proposed,
                               opened: Day(year: 2018, month: 4, day: 1)!)
        #expect(SupportCase.latestRecordedDay(of: [supportCase, open]) == Day(year: 2018, month: 5, day: 1)!)
        #expect(SupportCase.latestRecordedDay(of: []) == nil)
    }

    @Test func theFilterFollowsTheNetworkAndTheMunicipalities() {
        var dataset = Fixture.dataset()
        dataset.supportCases.append(SupportCase(id: "case-2", organisationId: Fixture.school(7), reasons: [], curatorId: "kc1",
                                                plan: [], status: .closed, opened: Day(year: 2017, month: 11, day: 1)!,
                                                closed: Day(year: 2018, month: 5, day: 1)!))
        let index = RegionIndex(dataset)
        let day = Day(year: 2018, month: 6, day: 1)!
        let school = index.organisation(Fixture.school(0))!
        #expect(index.centres(above: school) == ["umc1", "kc1"])
        #expect(index.municipalities(containing: school) == ["nsk-lenin", "go-nsk"])
        var filter = SupportCaseFilter()
        #expect(filter.cases(in: index, on: day).count == 2 && filter.isEmpty)
        filter.municipality = "go-nsk"
        #expect(filter.cases(in: index, on: day) == [0], "a city district's case counts for its city")
        filter = SupportCaseFilter()
        filter.centre = "kc1"
        #expect(filter.cases(in: index, on: day) == [0, 1], "the open case first")
        filter.centre = "umc2"
        #expect(filter.cases(in: index, on: day) == [1])
        filter = SupportCaseFilter()
        filter.status = .open
        #expect(filter.cases(in: index, on: day) == [0])
        filter.status = .only(.closed)
        filter.curator = "kc1"
        #expect(filter.cases(in: index, on: day) == [1])
        let choices = SupportFilterChoices(index)
        #expect(choices.curators == ["kc1", "umc1"], "КЦ first")
        #expect(choices.centres == ["kc1", "umc2", "umc1"], "then by name: Баганская before СОШ № 1")
        #expect(Set(choices.municipalities) == ["nsk-lenin", "go-nsk", "mr-bagan"])
    }

    @Test func candidatesAreFlaggedWithoutAnOpenCase() throws {
        var dataset = Fixture.dataset()
        let index = RegionIndex(dataset)
        #expect(index.organisations(flagged: .needsSupport, year: 2017) == [index.organisationIndex[Fixture.school(0)]!])
        #expect(index.supportCandidates(year: 2017).isEmpty, "s0 has an open case")
        dataset.supportCases[0].status = .closed
        dataset.supportCases[0].closed = Day(year: 2018, month: 5, day: 1)!
        let closed = RegionIndex(dataset).supportCandidates(year: 2017)
        #expect(closed.map(\.organisation) == [Fixture.school(0)], "a closed case leaves the school a candidate again")
        let risk = try #require(RegionIndex(dataset).riskBreakdown(organisation: index.organisationIndex[Fixture.school(0)]!, year: 2017))
        #expect(closed.first?.riskScore == risk.total)
        #expect(closed.first?.reasons.count == 3)
    }
}
