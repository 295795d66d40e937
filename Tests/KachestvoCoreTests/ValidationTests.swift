import Testing
@testable import KachestvoCore

@Suite struct ValidationTests {
    @Test func theFixtureIsValid() {
        #expect(DatasetValidator.validate(Fixture.dataset()) == [])
    }

    @Test func everyPlantedProblemIsFoundAtItsPlace() {
        var dataset = Fixture.dataset()
        dataset.organisations[4].id = dataset.organisations[3].id                  // duplicate id
        dataset.organisations[1].centreId = nil                                    // УМЦ without КЦ
        dataset.organisations[5].centreId = "kc1"                                  // school under a КЦ
        dataset.organisations[6].municipalityId = "mr-nowhere"                     // dangling municipality
        dataset.organisations[7].pupils = -3                                       // negative size
        dataset.examResults[0].mean = 140                                          // score of 140
        dataset.examResults[1].belowMinimum = 21                                   // more than participants
        dataset.examResults[2].subjectId = "ege-latin"                             // unknown subject
        dataset.examResults[3].year = 2030                                         // year not listed
        dataset.examResults[4] = dataset.examResults[5]                            // duplicate result
        dataset.financing[2].coefficient = .nan                                    // not finite
        dataset.supportCases[0].closed = Day(year: 2017, month: 1, day: 1)         // open case with a closing date
        dataset.meetings[0].decisions[0].organisationIds = ["ghost"]               // dangling decision link
        dataset.municipalities[1].parentId = nil                                   // city district without its ГО
        dataset.forecasts[0].planned = 101                                         // forecast out of scale
        let paths = Set(DatasetValidator.validate(dataset).map(\.path.description))
        let expected: Set<String> = [
            "$.organisations[4].id",
            "$.organisations[1].centreId",
            "$.organisations[5].centreId",
            "$.organisations[6].municipalityId",
            "$.organisations[7].pupils",
            "$.examResults[0].mean",
            "$.examResults[1].belowMinimum",
            "$.examResults[2].subjectId",
            "$.examResults[3].year",
            "$.examResults[5]",
            "$.financing[2].coefficient",
            "$.supportCases[0].closed",
            "$.meetings[0].decisions[0].organisationIds[0]",
            "$.municipalities[1].parentId",
            "$.forecasts[0].planned",
        ]
        #expect(expected.subtracting(paths).isEmpty, "missed: \(expected.subtracting(paths).sorted())")
    }

    @Test func problemsSpeakBothLanguages() throws {
        var dataset = Fixture.dataset()
        dataset.examResults[0].mean = 140
        let problem = try #require(DatasetValidator.validate(dataset).first)
        #expect(problem.message.en == "value 140.0 is outside the allowed range 0.0…100.0")
        #expect(problem.message.ru.hasPrefix("значение 140.0 вне допустимого диапазона"))
    }

    @Test func marksMustAddUpAndMatchTheMean() {
        var dataset = Fixture.dataset()
        let last = dataset.examResults.count - 1
        dataset.examResults[last].marks = MarkCounts(two: 0, three: 4, four: 2, five: 3)
        let paths = DatasetValidator.validate(dataset).map(\.path.description)
        #expect(paths.contains("$.examResults[\(last)].marks"))
        #expect(paths.contains("$.examResults[\(last)].mean"))
    }

    @Test func brokenThresholdsAreReported() {
        var dataset = Fixture.dataset()
        dataset.thresholds.failsMinimumShare = 1.5
        dataset.thresholds.riskWeights["sunspots"] = 0.2
        let paths = Set(DatasetValidator.validate(dataset).map(\.path.description))
        #expect(paths.contains("$.thresholds.failsMinimumShare"))
        #expect(paths.contains("$.thresholds.riskWeights.sunspots"))
    }

    /// Records in any order are checked for repeats: the single pass over records in the store's
    /// order is only a shortcut, and shuffled records without a repeat give no problem either.
    @Test func recordsOutOfOrderAreCheckedForRepeatsToo() {
        var dataset = Fixture.dataset()
        dataset.examResults.reverse()
        dataset.financing.reverse()
        #expect(!DatasetValidator.validate(dataset).contains { $0.message.en.hasPrefix("duplicate") })
        dataset.examResults.append(dataset.examResults[0])
        #expect(DatasetValidator.validate(dataset).filter { $0.message.en.hasPrefix("duplicate") }.map(\.path.description)
            == ["$.examResults[\(dataset.examResults.count - 1)]"])
    }

    /// Repeated yearly records are found by packed positions when every reference resolves, by
    /// their ids otherwise; either way the same problems read the same.
    @Test func repeatedRecordsAreReportedAlikeWhicheverWayTheyAreFound() throws {
        var dataset = Fixture.dataset()
        dataset.examResults[4] = dataset.examResults[5]
        dataset.financing[3] = dataset.financing[1]
        dataset.riskProfiles.append(dataset.riskProfiles[0])
        let repeated = { (dataset: Dataset) in DatasetValidator.validate(dataset).filter { $0.message.en.hasPrefix("duplicate") } }
        let packed = repeated(dataset)
        #expect(packed.map(\.path.description) == ["$.examResults[5]", "$.financing[3]", "$.riskProfiles[1]"])
        let first = try #require(packed.first)
        let result = dataset.examResults[5]
        #expect(first.message.en == "duplicate «\(result.organisationId) · \(result.year) · \(result.subjectId)» (first at $.examResults[4])")
        let last = dataset.examResults.count - 1
        dataset.examResults[last].subjectId = "ege-latin"
        dataset.financing[0].organisationId = "ghost"
        dataset.riskProfiles[0].year = 1 << 30
        dataset.riskProfiles[1].year = 1 << 30
        #expect(repeated(dataset) == packed.map {
            $0.path.description == "$.riskProfiles[1]"
                ? ValidationProblem(path: $0.path, ru: $0.message.ru.replacingOccurrences(of: "2017", with: "\(1 << 30)"),
                                    en: $0.message.en.replacingOccurrences(of: "2017", with: "\(1 << 30)"))
                : $0
        })
    }
}

/// Figures no exam can give (issue 7): each planted in the fixture, found at its place.
@Suite struct ReachableFigureTests {
    private func problems(_ change: (inout Dataset) -> Void) -> [ValidationProblem] {
        var dataset = Fixture.dataset()
        change(&dataset)
        return DatasetValidator.validate(dataset)
    }

    private func result(_ participants: Int, mean: Double, below: Int = 0, high: Int = 0, hundreds: Int = 0,
                        subject: Identifier<Subject> = Fixture.rus, year: Int = 2015) -> ExamResult {
        ExamResult(organisationId: Fixture.school(0), year: year, subjectId: subject, participants: participants,
                   mean: mean, belowMinimum: below, high: high, hundreds: hundreds)
    }

    /// The reconciliation rule with numbers worked by hand: 10 pupils, 2 below 24, 3 at 81–100 of
    /// whom one has 100: lowest 5·24 + 2·81 + 100 = 382, highest 2·23 + 5·80 + 3·100 = 746.
    @Test func scoreBoundsFollowTheRule() {
        let bounds = ScoreBounds(participants: 10, below: 2, high: 3, hundreds: 1, minimum: 24)
        #expect(bounds.totals == 382...746)
        #expect(bounds.allows(mean: 38.2, decimals: 1) && bounds.allows(mean: 74.6, decimals: 1))
        #expect(!bounds.allows(mean: 38.1, decimals: 1) && !bounds.allows(mean: 74.7, decimals: 1))
        #expect(bounds.nearestMean(to: 90) == 74.6)
        #expect(ScoreBounds(participants: 1, below: 0, high: 0, hundreds: 0, minimum: 24).totals == 24...80)
        #expect(ScoreBounds(participants: 3, below: 2, high: 2, hundreds: 0, minimum: 24).totals == nil)
        #expect(ScoreBounds.totals(near: 66.5, decimals: 1, participants: 3) == nil)
        #expect(ScoreBounds.totals(near: 66.67, decimals: 2, participants: 3) == 200...200)
        #expect([66, 66.4, 66.47, 66.1234567].map(ScoreBounds.decimals(of:)) == [0, 1, 2, 6])
    }

    @Test func onePupilHasAWholeScore() throws {
        let found = problems { $0.examResults[0] = result(1, mean: 83.4) }
        let problem = try #require(found.first)
        #expect(found.count == 1)
        #expect(problem.path.description == "$.examResults[0].mean")
        #expect(problem.message.en == "with one participant the mean is that pupil's score, a whole number, not 83.4")
        #expect(problem.message.ru == "у одного участника средний балл — его балл, целое число, а не 83,4")
        #expect(problems { $0.examResults[0] = result(1, mean: 80) } == [])
        #expect(problems { $0.examResults[0] = result(1, mean: 83, high: 1) } == [])
    }

    @Test func aMeanTheCountsCannotReachIsFound() throws {
        // A chemistry-like 95 from 10 pupils of whom only 2 reached 81: at most (2·100 + 8·80) / 10 = 84,
        // at least (8·24 + 81 + 100) / 10 = 37,3.
        let found = problems { $0.examResults[0] = result(10, mean: 95, high: 2, hundreds: 1) }
        let problem = try #require(found.first)
        #expect(problem.path.description == "$.examResults[0].mean")
        #expect(problem.message.en == "a mean of 95 cannot be reached with these counts (participants: 10; below the minimum of 24: 0; "
                + "81–100: 2; 100 points: 1): the mean lies within 37.30…84.00")
        #expect(problem.message.ru.hasPrefix("средний балл 95 недостижим при таких числах"))
        // Too low as well: 4 of 20 at 81–100 make at least (16·24 + 4·81) / 20 = 35,4.
        #expect(problems { $0.examResults[0] = result(20, mean: 35.3, high: 4) }.map(\.path.description) == ["$.examResults[0].mean"])
        #expect(problems { $0.examResults[0] = result(3, mean: 66.5) }.first?.message.en == "a mean of 66.5 cannot come from 3 whole scores")
        #expect(problems { $0.examResults[0] = result(3, mean: 66.67) } == [])
        #expect(problems { $0.examResults[0] = result(5, mean: 50, below: 3, high: 3) }.map(\.path.description) == ["$.examResults[0].high"])
    }

    /// Minimums change: social studies was 39 in 2014 and 42 from 2015, so the same result is
    /// reachable in one year and not in the next.
    @Test func theMinimumOfTheResultsYearIsUsed() {
        let social = Subject(id: "ege-social", name: "Обществознание", exam: .ege, scale: .score100, minimumScore: 42)
        func check(_ year: Int) -> [String] {
            problems {
                $0.subjects.append(social)
                $0.academicYears.append(AcademicYear(year: 2014))
                $0.examResults.append(result(1, mean: 40, subject: "ege-social", year: year))
            }.map(\.path.description)
        }
        #expect(check(2014) == [])
        #expect(check(2015) == ["$.examResults[32].mean"])
        #expect(ExamRules.schedule(for: "ege-social")?.minimum(in: 2017) == 42)
        #expect(ExamRules.schedule(for: "ege-math-profile")?.minimum(in: 2014) == 20)
        #expect(ExamRules.schedule(for: "ege-rus")?.minimum(in: 2018) == 24)
        #expect(ExamRules.schedule(for: "oge-math")?.minimum(in: 2018) == 3)
    }

    /// Base maths began in 2015: results of 2014 are one problem, with how many records share it.
    @Test func anExamIsOnlyHeldInItsYears() throws {
        let base = Subject(id: "ege-math-base", name: "Математика (базовый уровень)", exam: .ege, scale: .mark5, minimumScore: 3)
        let found = problems {
            $0.subjects.append(base)
            $0.academicYears.append(AcademicYear(year: 2014))
            for school in 0..<3 {
                $0.examResults.append(ExamResult(organisationId: Fixture.school(school), year: 2014, subjectId: "ege-math-base",
                                                 participants: 1, mean: 4, belowMinimum: 0, high: 0, hundreds: 0,
                                                 marks: MarkCounts(two: 0, three: 0, four: 1, five: 0)))
            }
        }
        let problem = try #require(found.first)
        #expect(found.count == 1)
        #expect(problem.path.description == "$.examResults[32].year")
        #expect(problem.message.en == "the ЕГЭ «Математика (базовый уровень)» is held from 2015 on; there was none in 2014 (3 records have it; the first is here)")
        #expect(problem.message.ru.hasSuffix("в 2014 году его не было (записей с этим значением: 3; первая — здесь)"))
    }

    @Test func aStandardSubjectKeepsItsScale() {
        let found = problems { $0.subjects[1].id = "ege-math-base"; $0.subjects[1].exam = .ege; $0.subjects[1].scale = .score100 }
        #expect(found.map(\.path.description).contains("$.subjects[1].scale"))
    }

    @Test func marksAgreeWithTheirCounts() {
        let last = Fixture.dataset().examResults.count - 1
        let found = problems { $0.examResults[last].belowMinimum = 2; $0.examResults[last].high = 4 }
        #expect(found.map(\.path.description) == ["$.examResults[\(last)].belowMinimum", "$.examResults[\(last)].high"])
    }

    /// A wrong participant count is the cause: the counts measured against it are not reported too.
    @Test func aBadCountIsReportedAloneNotWithItsFollowOns() {
        let found = problems { $0.examResults[0].participants = -1 }
        #expect(found.map(\.path.description) == ["$.examResults[0].participants"])
    }
}

/// One wrong value is reported once however many records use it, and text fields have limits.
@Suite struct RootCauseAndLengthTests {
    @Test func aYearMissingFromAcademicYearsIsOneProblem() throws {
        var dataset = Fixture.dataset()
        dataset.academicYears.removeAll { $0.year == 2016 }
        let found = DatasetValidator.validate(dataset)
        let problem = try #require(found.first)
        #expect(found.count == 1)
        #expect(problem.path.description == "$.examResults[1].year")
        #expect(problem.message.en == "year 2016 is not listed in academicYears (10 records have it; the first is here)")
    }

    @Test func aRenamedOrganisationIsOneProblem() {
        var dataset = Fixture.dataset()
        dataset.organisations[1].id = "umc-renamed"
        let found = DatasetValidator.validate(dataset)
        #expect(found.map(\.path.description) == ["$.organisations[3].centreId"])
        #expect(found.first?.message.en == "refers to an organisation «umc1» that does not exist (7 records have it; the first is here)")
    }

    @Test func aHugeNameIsALocatedProblemWithAShortMessage() throws {
        var dataset = Fixture.dataset()
        dataset.organisations[4].name = String(repeating: "Ж", count: 5_000_000)
        dataset.organisations[5].id = Identifier(String(repeating: "x", count: 101))
        dataset.meetings[0].decisions[0].text = String(repeating: "а", count: 2000)
        let found = DatasetValidator.validate(dataset)
        let name = try #require(found.first { $0.path.description == "$.organisations[4].name" })
        #expect(name.message.en == "text of 5,000,000 characters is longer than the allowed 300: «\(String(repeating: "Ж", count: 40))…»")
        #expect(name.message.ru.hasPrefix("текст из 5\u{00A0}000\u{00A0}000 символов"))
        #expect(found.contains { $0.path.description == "$.organisations[5].id" })
        #expect(!found.contains { $0.path.description.hasPrefix("$.meetings") }, "2,000 characters are allowed")
        #expect(found.allSatisfy { $0.message.en.count < 300 })
    }
}
