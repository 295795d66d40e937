import Foundation
@testable import KachestvoCore

/// Records of `Fixture.dataset()` and copies of them with every editable field changed, for the
/// editing tests.
enum EditFixture {
    static let dataset = Fixture.dataset().normalised()
    static let day = Day(year: 2017, month: 11, day: 20)!

    static func organisation(_ id: Identifier<Organisation>) -> Organisation {
        dataset.organisations.first { $0.id == id }!
    }

    static func result(_ school: Int, _ year: Int) -> ExamResult {
        dataset.examResults.first { $0.organisationId == Fixture.school(school) && $0.year == year && $0.subjectId == Fixture.rus }!
    }

    /// Each kind of record, as it is in the fixture and with every editable field changed.
    static var everyKind: [(RecordValue, RecordValue)] {
        var municipality = dataset.municipalities.first { $0.id == "nsk-lenin" }!
        let oldMunicipality = municipality
        municipality.name = "Ленинский район"
        municipality.kind = .municipalDistrict
        municipality.parentId = nil

        let oldSchool = organisation(Fixture.school(3))
        var school = oldSchool
        school.name = "МАОУ гимназия № 3 «Эврика»"
        school.kind = .gymnasium
        school.legalForm = .maou
        school.municipalityId = "mr-bagan"
        school.settlement = "с. Баган"
        school.pupils = 321
        school.teachers = 27
        school.rural = true
        school.small = true
        school.role = .participant
        school.centreId = "umc2"

        let oldResult = result(2, 2017)
        var exam = oldResult
        exam.participants = 25
        exam.mean = 61.5
        exam.belowMinimum = 2
        exam.high = 3
        exam.hundreds = 1
        exam.marks = MarkCounts(two: 1, three: 2, four: 3, five: 4)

        let oldFinancing = dataset.financing[0]
        var financing = oldFinancing
        financing.normative = 91_000
        financing.coefficient = 1.2
        financing.raised = !financing.raised

        let oldCase = dataset.supportCases[0]
        var supportCase = oldCase
        supportCase.organisationId = Fixture.school(1)
        supportCase.reasons = ["нехватка учителей", "низкая мотивация"]
        supportCase.curatorId = "kc1"
        supportCase.plan = [SupportCase.PlanStep(title: "Аудит", due: day, done: true)]
        supportCase.status = .monitoring
        supportCase.opened = Day(year: 2017, month: 9, day: 30)!
        supportCase.closed = day
        supportCase.transitions = [SupportCase.Transition(from: .active, to: .monitoring, day: day, comment: "план выполнен")]

        let oldMeeting = dataset.meetings[0]
        var meeting = oldMeeting
        meeting.date = day
        meeting.topic = "Об итогах ГИА"
        meeting.open = false
        meeting.participants = ["Иванова И. И."]
        meeting.agenda = ["Итоги", "Прогнозы"]
        meeting.decisions = [CouncilMeeting.Decision(text: "Утвердить прогноз", organisationIds: ["umc1", "umc2"], due: day)]

        let oldForecast = dataset.forecasts[0]
        var forecast = oldForecast
        forecast.meetingId = nil
        forecast.indicator = .highShare
        forecast.subjectId = Fixture.math
        forecast.scope = .municipality("mr-bagan")
        forecast.year = 2019
        forecast.planned = 0.25

        return [
            (.municipality(oldMunicipality), .municipality(municipality)), (.organisation(oldSchool), .organisation(school)),
            (.examResult(oldResult), .examResult(exam)), (.financing(oldFinancing), .financing(financing)),
            (.supportCase(oldCase), .supportCase(supportCase)), (.meeting(oldMeeting), .meeting(meeting)),
            (.forecast(oldForecast), .forecast(forecast)),
        ]
    }

    /// A new school under umc1.
    static let newSchool = Organisation(
        id: "s-new", name: "МКОУ Новая СОШ", kind: .secondary, legalForm: .mkou, municipalityId: "nsk-lenin",
        settlement: "г. Новосибирск", pupils: 120, teachers: 12, rural: false, small: false, role: .none, centreId: "umc1")

    static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(text.utf8))
    }
}
