@testable import KachestvoCore
import Testing

/// A forecast's actual value is the aggregate the Exams screen shows for its scope, subject and year
/// — a municipality with its city districts, a centre with its network — and nil for a year without
/// results; decisions are overdue by the data's latest day; a decision's fields are checked by the
/// meeting's own rules at that decision.
@Suite struct ForecastOutcomeTests {
    let index = RegionIndex(Fixture.dataset())

    private func forecast(_ scope: Scope, _ indicator: Indicator = .mean, year: Int = 2017) -> Forecast {
        Forecast(id: "f", meetingId: nil, indicator: indicator, subjectId: Fixture.rus, scope: scope, year: year, planned: 0)
    }

    @Test func theActualValueIsTheScopesAggregate() throws {
        for (scope, examScope) in [(Scope.region, ExamScope.region),
                                   (.municipality("go-nsk"), ExamScope(key: .municipality("go-nsk"), view: .administrative)),
                                   (.organisation("kc1"), ExamScope(key: .organisation("kc1"), view: .network))] {
            let expected = try #require(index.aggregate(of: examScope, year: 2017, subject: Fixture.rus).mean)
            #expect(index.actual(of: forecast(scope)) == expected, "\(scope)")
        }
        let city = try #require(index.actual(of: forecast(.municipality("go-nsk"))))
        #expect(city == index.actual(of: forecast(.municipality("nsk-lenin"))), "the city is its one district here")
        #expect(index.actual(of: forecast(.municipality("mr-bagan"))) != city)
        let share = try #require(index.actual(of: forecast(.region, .belowMinimumShare)))
        #expect(share == index.aggregate(of: .region, year: 2017, subject: Fixture.rus).belowMinimumShare)
    }

    @Test func aYearWithoutResultsHasNoActualValue() {
        #expect(index.actual(of: forecast(.region, year: 2018)) == nil)
        #expect(index.actual(of: forecast(.organisation("gone"))) == nil)
    }

    @Test func decisionsAreOverdueByTheDatasLatestDay() throws {
        var dataset = Fixture.dataset()
        #expect(CouncilMeeting.latestRecordedDay(of: dataset) == Day(year: 2017, month: 10, day: 2), "the support case's opening")
        dataset.meetings[0].date = Day(year: 2018, month: 1, day: 10)!
        let latest = try #require(CouncilMeeting.latestRecordedDay(of: dataset))
        #expect(latest == Day(year: 2018, month: 1, day: 10), "a later meeting")
        let due = CouncilMeeting.Decision(text: "x", due: Day(year: 2018, month: 1, day: 9))
        #expect(CouncilMeeting.isOverdue(due, on: latest))
        #expect(!CouncilMeeting.isOverdue(due, on: Day(year: 2018, month: 1, day: 9)!), "not on its own day")
        #expect(!CouncilMeeting.isOverdue(CouncilMeeting.Decision(text: "x"), on: latest), "no due day, never overdue")
    }

    @Test func aDecisionsFieldsAreCheckedAtThatDecision() {
        let dataset = Fixture.dataset()
        var meeting = dataset.meetings[0]
        meeting.decisions.append(CouncilMeeting.Decision(text: " ", organisationIds: ["kc1", "nowhere"]))
        #expect(FieldRules.problems(ofDecision: 1, field: "text", in: meeting, dataset: dataset).map(\.ru) == ["пустое значение"])
        #expect(FieldRules.problems(ofDecision: 1, field: "organisationIds", in: meeting, dataset: dataset).map(\.ru)
                == ["ссылка на несуществующую организацию «nowhere»"])
        #expect(FieldRules.problems(ofDecision: 0, field: "text", in: meeting, dataset: dataset).isEmpty, "the other decision is fine")
    }
}
