/// The project's stages since 2011, the directions and interaction schemes adopted for the new stage
/// on 28.09.2017, and the forecast results for 2018 set at that meeting from the 2017 results.
enum DemoProject {
    static let newStageId: Identifier<ProjectStage> = "stage-2017"

    static let stages: [ProjectStage] = [
        ProjectStage(
            id: "stage-2011", name: "Внедрение модели системы управления качеством",
            start: Day(year: 2011, month: 1, day: 1)!, end: Day(year: 2014, month: 8, day: 31)!,
            summary: "Разработка и апробация модели; выделение консалтинговых центров и учебно-методических центров"),
        ProjectStage(
            id: "stage-2014", name: "Развитие сетевого взаимодействия КЦ, УМЦ и общеобразовательных организаций",
            start: Day(year: 2014, month: 9, day: 1)!, end: Day(year: 2017, month: 8, day: 31)!,
            summary: "Сопровождение УМЦ консалтинговыми центрами; повышенный коэффициент финансирования для участников проекта"),
        ProjectStage(
            id: newStageId, name: "Региональные инновационные площадки 2017-2018",
            start: Day(year: 2017, month: 9, day: 1)!, end: Day(year: 2018, month: 12, day: 31)!,
            summary: "Новый этап: участники проекта работают как региональные инновационные площадки (РИП)"),
    ]

    static let directions: [ProjectDirection] = [
        ("Управление качеством образования на основе анализа результатов ГИА",
         "КЦ → УМЦ → ОО: КЦ анализирует итоги ГИА-2017 по закреплённым УМЦ; УМЦ готовит адресные рекомендации школам муниципалитета; ОО корректирует планы подготовки к ГИА-2018"),
        ("Адресная методическая поддержка организаций с низкими результатами",
         "УМЦ → ОО: куратор из УМЦ ведёт план поддержки школы; КЦ → УМЦ: консультирование кураторов и контроль сроков"),
        ("Эффективность повышенного коэффициента финансирования",
         "Совет → КЦ → УМЦ: ежегодная оценка результатов организаций с повышенным коэффициентом и предложения по перечню"),
        ("Развитие внутренних систем оценки качества образования",
         "КЦ → УМЦ: стажировки по внутренней оценке качества; УМЦ → ОО: семинары и проверка локальных актов"),
        ("Профессиональное развитие руководителей и педагогов",
         "КЦ (стажировочные площадки) → руководители и педагоги ОО: стажировки, открытые уроки, сетевые методические объединения"),
    ].enumerated().map { index, direction in
        ProjectDirection(
            id: Identifier("direction-2017-0\(index + 1)"), stageId: newStageId, title: direction.0,
            meetingId: DemoCouncil.openMeetingId, interactionScheme: direction.1)
    }

    /// Forecasts for 2018: the region's ЕГЭ means and below-minimum shares in Russian and profile maths,
    /// the ОГЭ maths share of «2», and each КЦ's ЕГЭ Russian and maths means — each a modest step up
    /// from 2017.
    static func forecasts(totals: DemoTotals, consultingCentres: [Identifier<Organisation>]) -> [Forecast] {
        let russian = DemoSubjects.egeRussian, maths = DemoSubjects.egeMathsProfile
        var forecasts = [
            forecast("region-ege-rus-mean", .mean, russian, .region, totals.mean(subject: russian, year: 2017) + 0.8),
            forecast("region-ege-math-profile-mean", .mean, maths, .region, totals.mean(subject: maths, year: 2017) + 1.5),
            forecast("region-ege-rus-below", .belowMinimumShare, russian, .region,
                     totals.belowShare(subject: russian, year: 2017) * 0.8),
            forecast("region-ege-math-profile-below", .belowMinimumShare, maths, .region,
                     totals.belowShare(subject: maths, year: 2017) * 0.8),
            forecast("region-oge-math-below", .belowMinimumShare, DemoSubjects.ogeMaths, .region,
                     totals.belowShare(subject: DemoSubjects.ogeMaths, year: 2017) * 0.8),
        ]
        for (index, centre) in consultingCentres.enumerated() {
            let label = "kc-\(index + 1)"
            forecasts.append(forecast(label + "-ege-rus-mean", .mean, russian, .organisation(centre),
                                      totals.mean(subject: russian, year: 2017, consultingCentre: index) + 0.8))
            forecasts.append(forecast(label + "-ege-math-profile-mean", .mean, maths, .organisation(centre),
                                      totals.mean(subject: maths, year: 2017, consultingCentre: index) + 1.5))
        }
        return forecasts.sorted { $0.id < $1.id }
    }

    private static func forecast(
        _ name: String, _ indicator: Indicator, _ subject: Int, _ scope: Scope, _ planned: Double
    ) -> Forecast {
        let value = indicator == .belowMinimumShare ? (planned * 1000).rounded() / 1000 : roundedToHundredths(planned)
        return Forecast(
            id: Identifier("forecast-2018-" + name), meetingId: DemoCouncil.openMeetingId, indicator: indicator,
            subjectId: DemoSubjects.all[subject].id, scope: scope, year: 2018, planned: value)
    }
}
