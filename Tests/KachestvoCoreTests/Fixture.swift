@testable import KachestvoCore

/// A small hand-made region whose figures are known by heart: one КЦ, two УМЦ, ten schools with
/// chosen ЕГЭ Russian means for 2015–2017, so every flag can be planted and checked.
enum Fixture {
    static let rus: Identifier<Subject> = "ege-rus"
    static let math: Identifier<Subject> = "oge-math"
    static let years = [2015, 2016, 2017]

    /// Means per school for 2015, 2016, 2017.
    static let means: [[Double]] = [
        [40, 40, 40],   // s0 persistently low
        [62, 61, 60],   // s1 ordinary, raised coefficient → FUNDED_NO_EFFECT
        [64, 64, 64],   // s2 ordinary
        [66, 66, 66],   // s3
        [67, 67, 67],   // s4
        [68, 68, 68],   // s5
        [90, 90, 90],   // s6 stable high, coefficient 1.00 → EFFECTIVE_NO_FUNDING
        [80, 72, 58],   // s7 declining
        [50, 50, 88],   // s8 suspicious jump in 2017
        [70, 70, 70],   // s9
    ]

    static func school(_ index: Int) -> Identifier<Organisation> { Identifier("s\(index)") }

    static func dataset() -> Dataset {
        let municipalities = [
            Municipality(id: "go-nsk", name: "г. Новосибирск", kind: .urbanDistrict),
            Municipality(id: "nsk-lenin", name: "Ленинский", kind: .cityDistrict, parentId: "go-nsk"),
            Municipality(id: "mr-bagan", name: "Баганский", kind: .municipalDistrict),
        ]
        func org(_ id: Identifier<Organisation>, _ name: String, role: Organisation.Role,
                 centre: Identifier<Organisation>?, municipality: Identifier<Municipality>) -> Organisation {
            Organisation(id: id, name: name, kind: .secondary, legalForm: .mbou, municipalityId: municipality,
                         settlement: "г. Новосибирск", pupils: 500, teachers: 35, rural: false, small: false,
                         role: role, centreId: centre)
        }
        var organisations = [
            org("kc1", "МБОУ лицей № 9", role: .consultingCentre, centre: nil, municipality: "nsk-lenin"),
            org("umc1", "МБОУ СОШ № 1", role: .methodologicalCentre, centre: "kc1", municipality: "nsk-lenin"),
            org("umc2", "МКОУ Баганская СОШ № 2", role: .methodologicalCentre, centre: "kc1", municipality: "mr-bagan"),
        ]
        for index in means.indices {
            organisations.append(org(school(index), "МБОУ СОШ № \(100 + index)", role: .none,
                                     centre: index < 5 ? "umc1" : "umc2",
                                     municipality: index < 5 ? "nsk-lenin" : "mr-bagan"))
        }
        var results: [ExamResult] = []
        for (index, row) in means.enumerated() {
            for (yearIndex, mean) in row.enumerated() {
                results.append(ExamResult(organisationId: school(index), year: years[yearIndex], subjectId: rus,
                                          participants: 20, mean: mean, belowMinimum: mean < 45 ? 4 : 0,
                                          high: mean > 80 ? 10 : 1, hundreds: 0))
            }
        }
        // The УМЦ umc1 sits exams itself, so its subtree figure includes its own result.
        results.append(ExamResult(organisationId: "umc1", year: 2017, subjectId: rus, participants: 40,
                                  mean: 75, belowMinimum: 0, high: 8, hundreds: 1))
        results.append(ExamResult(organisationId: school(2), year: 2017, subjectId: math, participants: 10,
                                  mean: 3.7, belowMinimum: 1, high: 3, hundreds: 0,
                                  marks: MarkCounts(two: 1, three: 4, four: 2, five: 3)))
        let financing = means.indices.map { index in
            Financing(organisationId: school(index), year: 2017, normative: 80_000,
                      coefficient: index == 1 ? 1.10 : index == 6 ? 1.00 : 1.15, raised: index == 1)
        }
        let risk = RiskProfile(organisationId: school(0), year: 2017, factors: [
            .teacherShortage: 0.9, .failureRisk: 0.8, .lowEquipment: 0.7,
        ])
        return Dataset(
            municipalities: municipalities, organisations: organisations,
            academicYears: years.map(AcademicYear.init), subjects: [
                Subject(id: rus, name: "Русский язык", exam: .ege, scale: .score100, minimumScore: 24,
                        universityMinimum: 36),
                Subject(id: math, name: "Математика", exam: .oge, scale: .mark5, minimumScore: 3),
            ],
            examResults: results, financing: financing, riskProfiles: [risk],
            supportCases: [SupportCase(id: "case-1", organisationId: school(0), reasons: ["низкие результаты"],
                                       curatorId: "umc1", plan: [], status: .active,
                                       opened: Day(year: 2017, month: 10, day: 2)!)],
            meetings: [CouncilMeeting(id: "m-2017-09-28", date: Day(year: 2017, month: 9, day: 28)!,
                                      topic: "О направлениях", open: true, participants: [], agenda: [],
                                      decisions: [CouncilMeeting.Decision(text: "Принять направления",
                                                                          organisationIds: ["kc1"])])],
            stages: [ProjectStage(id: "stage-2017", name: "РИП", start: Day(year: 2017, month: 9, day: 1)!,
                                  end: nil, summary: "")],
            directions: [ProjectDirection(id: "dir-1", stageId: "stage-2017", title: "Адресная поддержка",
                                          meetingId: "m-2017-09-28", interactionScheme: "КЦ → УМЦ → ОО")],
            forecasts: [Forecast(id: "f-1", meetingId: "m-2017-09-28", indicator: .mean, subjectId: rus,
                                 scope: .region, year: 2018, planned: 68)]
        )
    }
}
