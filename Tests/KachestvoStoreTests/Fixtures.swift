import Foundation
import TestSupport
import KachestvoCore
@testable import KachestvoStore

/// Hand-made data with every entity type, and scratch folders, shared by the store tests.
enum Fixtures {
    static func dataset(revision: Int = 0, schools: Int = 3) -> Dataset {
        var thresholds = FlagThresholds()
        thresholds.lowResultZ = -1.25
        thresholds.riskWeights["failureRisk"] = 0.3
        let municipalities = [
            Municipality(id: "go-nsk", name: "г. Новосибирск", kind: .urbanDistrict),
            Municipality(id: "nsk-len", name: "Ленинский", kind: .cityDistrict, parentId: "go-nsk"),
            Municipality(id: "mr-bag", name: "Баганский", kind: .municipalDistrict),
        ]
        var organisations = [
            Organisation(id: "kc-1", name: "МБОУ «Лицей № 9»", kind: .lyceum, legalForm: .mbou, municipalityId: "nsk-len",
                         settlement: "Новосибирск", pupils: 1200, teachers: 80, rural: false, small: false,
                         role: .consultingCentre, centreId: nil),
            Organisation(id: "umc-1", name: "МАОУ гимназия № 1", kind: .gymnasium, legalForm: .maou, municipalityId: "go-nsk",
                         settlement: "Новосибирск", pupils: 900, teachers: 60, rural: false, small: false,
                         role: .methodologicalCentre, centreId: "kc-1"),
        ]
        for index in 0..<schools {
            organisations.append(Organisation(
                id: Identifier("s-\(index)"), name: "МКОУ Урезская ООШ \"№\(index)\"\n\ttab \\ end", kind: .basic,
                legalForm: .mkou, municipalityId: "mr-bag", settlement: "с. Урез", pupils: 40 + index, teachers: 9,
                rural: true, small: true, role: .none, centreId: "umc-1"))
        }
        let subjects = [
            Subject(id: "ege-rus", name: "Русский язык", exam: .ege, scale: .score100, minimumScore: 24, universityMinimum: 36),
            Subject(id: "oge-math", name: "Математика", exam: .oge, scale: .mark5, minimumScore: 3),
        ]
        let results = organisations.flatMap { organisation in
            [
                ExamResult(organisationId: organisation.id, year: 2017, subjectId: "ege-rus", participants: 25,
                           mean: 66.4 + Double(organisation.pupils % 7) / 10, belowMinimum: 1, high: 4, hundreds: 0),
                ExamResult(organisationId: organisation.id, year: 2017, subjectId: "oge-math", participants: 30,
                           mean: 0.1 + 0.2, belowMinimum: 2, high: 7, hundreds: 0,
                           marks: MarkCounts(two: 2, three: 10, four: 11, five: 7)),
            ]
        }
        return Dataset(
            revision: revision, demo: true, regionName: "Новосибирская область", municipalities: municipalities,
            organisations: organisations, academicYears: [AcademicYear(year: 2017), AcademicYear(year: 2016)],
            subjects: subjects, examResults: results,
            financing: [Financing(organisationId: "kc-1", year: 2017, normative: 61_234.5, coefficient: 1.15, raised: true)],
            riskProfiles: [RiskProfile(organisationId: "s-0", year: 2017, factors: [.teacherShortage: 0.6, .lowEquipment: 1e-7])],
            supportCases: [SupportCase(
                id: "case-1", organisationId: "s-0", reasons: ["LOW_RESULT", "низкие результаты"], curatorId: "umc-1",
                plan: [SupportCase.PlanStep(title: "Диагностика", due: Day(year: 2017, month: 11, day: 1)!, done: true)],
                status: .active, opened: Day(year: 2017, month: 10, day: 2)!)],
            meetings: [CouncilMeeting(
                id: "m-2017-09-28", date: Day(year: 2017, month: 9, day: 28)!, topic: "Открытое заседание совета", open: true,
                participants: ["КЦ", "УМЦ"], agenda: ["Итоги ГИА-2017"],
                decisions: [CouncilMeeting.Decision(text: "Оказать адресную поддержку", organisationIds: ["s-0"],
                                                    due: Day(year: 2018, month: 6, day: 1))])],
            stages: [ProjectStage(id: "rip", name: "РИП", start: Day(year: 2017, month: 9, day: 1)!,
                                  end: Day(year: 2018, month: 12, day: 31), summary: "Региональная инновационная площадка")],
            directions: [ProjectDirection(id: "d-1", stageId: "rip", title: "Оценка качества", meetingId: "m-2017-09-28",
                                          interactionScheme: "КЦ → УМЦ → школа")],
            forecasts: [
                Forecast(id: "f-1", meetingId: "m-2017-09-28", indicator: .mean, subjectId: "ege-rus", scope: .region,
                         year: 2018, planned: 68.5),
                Forecast(id: "f-2", meetingId: nil, indicator: .belowMinimumShare, subjectId: "oge-math",
                         scope: .municipality("mr-bag"), year: 2018, planned: 0.05),
                Forecast(id: "f-3", meetingId: nil, indicator: .hundreds, subjectId: "ege-rus",
                         scope: .organisation("kc-1"), year: 2018, planned: 2),
            ],
            thresholds: thresholds)
    }

    /// A fresh empty folder under the system temporary folder.
    static func folder() -> String { TemporaryFolder.make("store") }

    static func write(_ text: String, in folder: String, name: String = "data.json") -> String {
        write(Array(text.utf8), in: folder, name: name)
    }

    static func write(_ bytes: [UInt8], in folder: String, name: String = "data.json") -> String {
        let path = folder + "/" + name
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    /// The text of a valid current-schema file.
    static func validText() throws -> String {
        String(decoding: try DatasetCodec.encode(dataset()), as: UTF8.self)
    }

    /// Decodes `text` and returns the store error it raises (nil if it loads).
    static func error(decoding text: String) -> StoreError? {
        error(decoding: Array(text.utf8))
    }

    static func error(decoding bytes: [UInt8]) -> StoreError? {
        do {
            _ = try DatasetCodec.decode(bytes, file: "data.json")
            return nil
        } catch {
            return error
        }
    }
}
