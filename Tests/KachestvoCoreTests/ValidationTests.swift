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
