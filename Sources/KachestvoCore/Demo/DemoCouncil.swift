/// The council's meetings in 2016–2018, with the open meeting of 28.09.2017 as reported by the
/// ministry: its topic, the minister among the participants, the agenda he set and the decisions.
enum DemoCouncil {
    static let projectName =
        "«Внедрение модели системы управления качеством в общеобразовательных учреждениях Новосибирской области»"
    static let openMeetingId: Identifier<CouncilMeeting> = "meeting-2017-09-28"

    /// Organisations the decisions of the open meeting name.
    struct Focus {
        /// Raised coefficient, results short of expectations.
        var fundedWithoutEffect: [Identifier<Organisation>]
        /// Coefficient 1.00, strong results.
        var effectiveWithoutFunding: [Identifier<Organisation>]
        /// Schools put under targeted support.
        var needingSupport: [Identifier<Organisation>]
    }

    private static let members = [
        "председатель совета проекта",
        "руководители консалтинговых центров (стажировочных площадок)",
        "руководители учебно-методических центров",
        "представители ГАУ ДПО НСО «Новосибирский институт повышения квалификации и переподготовки работников образования»",
    ]

    static func meetings(focus: Focus) -> [CouncilMeeting] {
        [
            meeting(2016, 3, 24, "Об итогах реализации проекта в 2015 году и задачах на 2016 год",
                    agenda: ["Отчёты консалтинговых центров о сопровождении УМЦ в 2015 году",
                             "План работы совета на 2016 год"],
                    decisions: [.init(text: "Утвердить план работы совета проекта на 2016 год")]),
            meeting(2016, 11, 17, "Об итогах ГИА-2016 в общеобразовательных организациях — участниках проекта",
                    agenda: ["Анализ результатов ЕГЭ и ОГЭ 2016 года по консалтинговым центрам",
                             "О внедрении внутренней системы оценки качества образования"],
                    decisions: [.init(text: "Консалтинговым центрам подготовить адресные рекомендации УМЦ по итогам ГИА-2016",
                                      due: Day(year: 2017, month: 1, day: 31))]),
            meeting(2017, 5, 18, "О подготовке к новому этапу реализации проекта",
                    agenda: ["О подаче заявок на статус региональной инновационной площадки",
                             "О критериях эффективности деятельности организаций с повышенным коэффициентом финансирования"],
                    decisions: [.init(text: "Консалтинговым центрам и УМЦ подготовить заявки на статус РИП на 2017-2018 годы",
                                      due: Day(year: 2017, month: 6, day: 30))]),
            openMeeting(focus),
            meeting(2018, 2, 15, "О промежуточных итогах деятельности региональных инновационных площадок",
                    agenda: ["Результаты пробного ЕГЭ и ОГЭ по математике и русскому языку",
                             "О ходе адресной поддержки общеобразовательных организаций"],
                    decisions: [.init(text: "УМЦ усилить адресную поддержку организаций с низкими результатами пробного ГИА",
                                      organisationIds: Array(focus.needingSupport.suffix(2)))]),
            meeting(2018, 8, 28, "Об итогах ГИА-2018 и достижении прогнозируемых результатов проекта",
                    agenda: ["Сравнение результатов ГИА-2018 с прогнозируемыми результатами",
                             "О перечне организаций с повышенным коэффициентом финансирования на 2018/2019 учебный год"],
                    decisions: [.init(text: "Подготовить предложения о пересмотре перечня организаций с повышенным коэффициентом финансирования",
                                      organisationIds: focus.fundedWithoutEffect + focus.effectiveWithoutFunding,
                                      due: Day(year: 2018, month: 10, day: 1))]),
        ]
    }

    private static func openMeeting(_ focus: Focus) -> CouncilMeeting {
        CouncilMeeting(
            id: openMeetingId, date: Day(year: 2017, month: 9, day: 28)!,
            topic: "О направлениях деятельности региональных инновационных площадок, участвующих в реализации проекта \(projectName) в 2017-2018 годах",
            open: true,
            participants: ["С.А. Нелюбов, министр образования, науки и инновационной политики Новосибирской области"] + members
                + ["руководители общеобразовательных организаций — участников проекта"],
            agenda: [
                "Анализ итогов ГИА-2017",
                "Деятельность организаций, имеющих повышенный коэффициент финансирования, но не показывающих ожидаемых результатов",
                "Организации, эффективно справляющиеся с задачами без дополнительного финансирования",
                "Адресная поддержка образовательных организаций, нуждающихся в методической помощи",
            ],
            decisions: [
                .init(text: "Принять основные направления развития проекта на 2017-2018 годы"),
                .init(text: "Определить схемы взаимодействия участников проекта: КЦ — УМЦ — общеобразовательные организации"),
                .init(text: "Утвердить прогнозируемые результаты ГИА-2018 по области и по консалтинговым центрам"),
                .init(text: "Рассмотреть деятельность организаций с повышенным коэффициентом финансирования, не показавших ожидаемых результатов",
                      organisationIds: focus.fundedWithoutEffect, due: Day(year: 2017, month: 12, day: 1)),
                .init(text: "Подготовить предложения о включении в перечень организаций с повышенным коэффициентом эффективных организаций без дополнительного финансирования",
                      organisationIds: focus.effectiveWithoutFunding, due: Day(year: 2017, month: 12, day: 1)),
                .init(text: "Организовать адресную методическую поддержку организаций, нуждающихся в помощи, с закреплением кураторов из числа УМЦ и КЦ",
                      organisationIds: focus.needingSupport),
            ])
    }

    private static func meeting(
        _ year: Int, _ month: Int, _ day: Int, _ topic: String, agenda: [String], decisions: [CouncilMeeting.Decision]
    ) -> CouncilMeeting {
        let date = Day(year: year, month: month, day: day)!
        return CouncilMeeting(
            id: Identifier("meeting-" + date.iso), date: date, topic: topic, open: false,
            participants: members, agenda: agenda, decisions: decisions)
    }
}
