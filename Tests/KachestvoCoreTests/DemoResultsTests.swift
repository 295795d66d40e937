import Testing
import KachestvoCore

@Suite("Demo region: results, funding, support")
struct DemoResultsTests {
    let data = demoRegion

    private func regionMean(_ subject: Identifier<Subject>, _ year: Int) -> Double {
        let results = data.examResults.filter { $0.subjectId == subject && $0.year == year }
        let participants = results.reduce(0) { $0 + $1.participants }
        return results.reduce(0) { $0 + $1.mean * Double($1.participants) } / Double(participants)
    }

    @Test(arguments: 2014...2018)
    func regionMeansArePlausible(year: Int) {
        #expect((64...73).contains(regionMean("ege-rus", year)))
        #expect((43...54).contains(regionMean("ege-math-profile", year)))
        if year >= ExamRules.mathsSplit { #expect((3.9...4.5).contains(regionMean("ege-math-base", year))) }
    }

    @Test func everyResultPassesValidation() {
        let scales = Dictionary(uniqueKeysWithValues: data.subjects.map { ($0.id, $0.scale) })
        for result in data.examResults {
            let scale = scales[result.subjectId]!
            #expect(result.participants >= 1)
            #expect(scale.range.contains(result.mean))
            #expect(result.belowMinimum >= 0 && result.high >= 0 && result.hundreds >= 0)
            #expect(result.belowMinimum + result.high <= result.participants)
            #expect(result.hundreds <= result.high)
            #expect(result.mean == (result.mean * 100).rounded() / 100)
            if scale == .mark5 {
                let marks = result.marks
                #expect(marks?.total == result.participants)
                #expect(marks.map { [$0.two, $0.three, $0.four, $0.five].allSatisfy { $0 >= 0 } } == true)
                #expect(marks.flatMap(\.mean).map { ($0 * 100).rounded() / 100 } == result.mean)
                #expect(marks?.two == result.belowMinimum && marks?.five == result.high && result.hundreds == 0)
            } else {
                #expect(result.marks == nil)
            }
        }
    }

    /// The figures of issue 7 that no exam can give: a fractional score of one pupil, a mean the
    /// counts cannot reach, base maths before 2015 — none of them, and the validator agrees.
    @Test func everyFigureCanExist() {
        #expect(DatasetValidator.validate(data) == [])
        let subjects = Dictionary(uniqueKeysWithValues: data.subjects.map { ($0.id, $0) })
        for result in data.examResults {
            let schedule = ExamRules.schedule(for: result.subjectId)!
            #expect(schedule.isHeld(in: result.year), "\(result.subjectId) in \(result.year)")
            if result.participants == 1 { #expect(result.mean == result.mean.rounded()) }
            guard subjects[result.subjectId]!.scale == .score100 else { continue }
            let bounds = ScoreBounds(participants: result.participants, below: result.belowMinimum, high: result.high,
                                     hundreds: result.hundreds, minimum: schedule.minimum(in: result.year)!)
            #expect(bounds.allows(mean: result.mean, decimals: 2), "\(result)")
        }
        #expect(!data.examResults.contains { $0.subjectId == "ege-math-base" && $0.year == 2014 })
        #expect(data.examResults.contains { $0.subjectId == "ege-math-base" && $0.year == 2015 })
    }

    /// Until 2015 maths was one compulsory exam: every graduate sat it.
    @Test func everyGraduateSatMathsIn2014() {
        let russian = data.examResults.filter { $0.subjectId == "ege-rus" && $0.year == 2014 }
        let maths = Dictionary(uniqueKeysWithValues: data.examResults.filter { $0.subjectId == "ege-math-profile" && $0.year == 2014 }
            .map { ($0.organisationId, $0.participants) })
        #expect(!russian.isEmpty)
        #expect(russian.allSatisfy { maths[$0.organisationId] == $0.participants })
    }

    @Test func examsFollowTheKindOfSchool() {
        let kinds = Dictionary(uniqueKeysWithValues: data.organisations.map { ($0.id, $0.kind) })
        let egeSubjects = Set(data.subjects.filter { $0.exam == .ege }.map(\.id))
        for result in data.examResults {
            let kind = kinds[result.organisationId]!
            #expect(egeSubjects.contains(result.subjectId) ? kind.hasEGE : kind.hasOGE)
        }
        let perSchoolYear = Dictionary(grouping: data.examResults) { "\($0.organisationId)|\($0.year)" }
        #expect(perSchoolYear.values.allSatisfy { $0.count <= 12 })
    }

    @Test func strongSchoolsOutscoreSmallRuralOnes() {
        let kinds = Dictionary(uniqueKeysWithValues: data.organisations.map { ($0.id, $0) })
        let russian = data.examResults.filter { $0.subjectId == "ege-rus" && $0.year == 2017 }
        func mean(_ include: (Organisation) -> Bool) -> Double {
            let chosen = russian.filter { include(kinds[$0.organisationId]!) }
            return chosen.reduce(0) { $0 + $1.mean } / Double(chosen.count)
        }
        #expect(mean { $0.kind == .lyceum || $0.kind == .gymnasium } > mean(\.small) + 5)
        #expect(data.examResults.contains { $0.hundreds > 0 })
    }

    @Test func financingCoefficientsMatchTheSchoolType() {
        let organisations = Dictionary(uniqueKeysWithValues: data.organisations.map { ($0.id, $0) })
        #expect(data.financing.count == data.organisations.count * 5)
        for financing in data.financing where !financing.raised {
            let organisation = organisations[financing.organisationId]!
            #expect(financing.coefficient == (financing.coefficient * 100).rounded() / 100)
            #expect((50_000...140_000).contains(financing.normative))
            if organisation.small { #expect((1.3...2.5).contains(financing.coefficient)) }
            if organisation.kind == .secondary && !organisation.small { #expect(financing.coefficient == 1) }
        }
        #expect(data.financing.contains { $0.raised })
    }

    /// The council's two lists must both have members: raised funding without results, and results
    /// without raised funding.
    @Test func raisedCoefficientGoesToBothWeakAndStrongSchools() {
        let region = regionMean("ege-rus", 2018)
        let raised = Set(data.financing.filter { $0.year == 2018 && $0.raised }.map(\.organisationId))
        let ordinary = Set(data.financing.filter { $0.year == 2018 && $0.coefficient == 1 }.map(\.organisationId))
        let russian = data.examResults.filter { $0.subjectId == "ege-rus" && $0.year == 2018 && $0.participants >= 5 }
        #expect(russian.contains { raised.contains($0.organisationId) && $0.mean < region - 3 })
        #expect(russian.contains { raised.contains($0.organisationId) && $0.mean > region + 3 })
        #expect(russian.contains { ordinary.contains($0.organisationId) && $0.mean > region + 5 })
    }

    @Test func riskProfilesCoverTheLastThreeYears() {
        #expect(Set(data.riskProfiles.map(\.year)) == [2016, 2017, 2018])
        #expect(data.riskProfiles.allSatisfy { profile in
            RiskFactor.allCases.allSatisfy { (0...1).contains(profile.level($0)) }
        })
        let organisations = Dictionary(uniqueKeysWithValues: data.organisations.map { ($0.id, $0) })
        func meanShortage(small: Bool) -> Double {
            let profiles = data.riskProfiles.filter { organisations[$0.organisationId]!.small == small }
            return profiles.reduce(0) { $0 + $1.level(.teacherShortage) } / Double(profiles.count)
        }
        #expect(meanShortage(small: true) > meanShortage(small: false) + 0.2)
    }

    @Test func supportCasesAreConsistent() {
        let organisations = Dictionary(uniqueKeysWithValues: data.organisations.map { ($0.id, $0) })
        #expect((40...80).contains(data.supportCases.count))
        #expect(Set(data.supportCases.map(\.status)) == Set(SupportCase.Status.allCases))
        for supportCase in data.supportCases {
            let curator = organisations[supportCase.curatorId]
            #expect(curator?.role == .methodologicalCentre || curator?.role == .consultingCentre)
            #expect(!supportCase.reasons.isEmpty)
            #expect((3...5).contains(supportCase.plan.count))
            #expect(supportCase.plan.allSatisfy { $0.due > supportCase.opened })
            if supportCase.status.isOpen {
                #expect(supportCase.closed == nil)
            } else {
                #expect(supportCase.closed.map { $0 >= supportCase.opened } == true)
            }
            if supportCase.status == .proposed { #expect(supportCase.plan.allSatisfy { !$0.done }) }
            if supportCase.status == .closed { #expect(supportCase.plan.allSatisfy { $0.done }) }
        }
    }

    @Test func forecastsCoverTheRegionAndEveryKC() {
        let regionForecasts = data.forecasts.filter { $0.scope == .region }
        #expect(regionForecasts.contains {
            $0.subjectId == "ege-rus" && $0.indicator == .mean && (64...75).contains($0.planned)
        })
        #expect(regionForecasts.contains { $0.subjectId == "ege-math-profile" && $0.indicator == .belowMinimumShare })
        let centres = Set(data.forecasts.compactMap { forecast -> Identifier<Organisation>? in
            if case .organisation(let id) = forecast.scope { return id } else { return nil }
        })
        #expect(centres == Set(data.organisations.filter { $0.role == .consultingCentre }.map(\.id)))
    }
}
