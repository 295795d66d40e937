import Bilingual

/// Every fixed user-visible string of the dashboard and its report, in Russian and English. A
/// `switch` makes a missing case a compile error; tests check that no text is empty in either
/// language and that every key is used.
public enum UIText: TextTable {
    case demoBadge, demoNotice
    case tabOverview, tabNetwork, tabExams, tabFunding, tabSupport, tabCouncil, tabMap
    case tooSmall, tooSmallNeed
    case region, unassigned, networkView, administrativeView
    case columnConsultingCentres, columnMunicipalities
    case year, sortLabel, sortName, sortResult, sortSize, sortFlags
    case sortAscending, sortDescending
    case detailTitle, pupils, teachers, municipality, centre, smallSchool
    case subject, participants, mean, change, belowMinimum, high81, hundreds
    case examsHeader, subtreeTotal, noResults, flagsTitle, noFlags, financingTitle, normative, coefficient, raisedCoefficient, noFinancing
    case supportTitle, noSupport, curator, opened, planProgress
    case organisations
    case searchNoMatch
    // The list behind a number (any screen's Enter).
    case drillName, drillEmpty, drillOpen, drillSortOrder, drillReverse, drillClose
    case paletteTitle, paletteEmpty
    case helpTitle, helpClose, helpGlobal, helpScreen
    case dataProblems, themeChanged, languageChanged, yearChanged, viewChanged, sortChanged
    case figuresLoading, loadReading, loadIndexing, loadSchoolDetails, figuresReady, secondsUnit
    case failureTitle, failureUntouched, failureClose, reloadBusy
    case reportTitle, reportDemoNotice, reportNetwork, reportExams, reportFlags
    case reportConsultingCentres, reportMethodologicalCentres, reportSchools, reportPupils, reportTeachers
    case reportMunicipalities, reportOpenSupportCases, reportExam, reportParticipants, reportMean, reportBelowMinimum
    case settingsUnreadable, settingsNotSaved
    // Network rows, their figures and what the symbols mean.
    case rowName, perPupilYear, markTwoShare, markFiveShare, helpSymbols
    case legendMean, legendFlags, legendStar, legendChange, legendBelowMinimum, legendHigh, legendParticipants, legendRegion
    // Funding screen
    case fundingPlotTitle, fundingNoPoints, fundingListEmpty, fundingQuadrant
    case fundingRaisedWeak, fundingRaisedStrong, fundingEffective, fundingOrdinaryWeaker, fundingByType
    case fundingRaisedWeakShort, fundingRaisedStrongShort, fundingEffectiveShort, fundingOrdinaryWeakerShort
    case fundingFundedThreshold, fundingEffectiveThreshold, fundingUnsaved, fundingThresholdNow, fundingResultIndex
    case fundingSaving, fundingSaved, fundingNotSaved, fundingNothingLost, fundingDemoNotSaved, fundingUnchanged
    case fundingPercentileTitle, legendFundingPoints, legendFundingLines, legendFundingKeys
    case fundingColumnCoefficient, fundingColumnPercentile, fundingColumnChange
    case fundingFundedShort, fundingEffectiveShortTitle, fundingRaisedMark, fundingPercentileWord
    // Overview screen
    case overviewFiguresTitle, overviewSchools, overviewPupils, overviewRussianMean, overviewMathsMean, overviewConsultingCentres
    case overviewMethodologicalCentres, overviewOpenCases, overviewFlagsHeading, overviewCentreIndex, overviewTrends
    case overviewOf, overviewAboveRegion, overviewSinceLastYear, overviewTrendRussian, overviewTrendMaths, overviewTrendBelowMinimum, overviewTrendFlagged
    case drillMeanScore, drillStandardisedScore, drillBelowMinimumPercent, drillLowYears, drillScoreChange, drillPercentile
    case drillRiskScore, drillPlanDone
    case legendOverviewIndex, legendOverviewChange, legendOverviewChoice, legendOverviewTrends, legendOverviewEnter
    // Exams screen
    case examsScope, examsEgeTitle, examsOgeTitle, examsMinimum, examsVsRegion, examsVsLastYear, examsRegionWord
    case examsParticipantsName, examsMeanScoreName, examsMeanMarkName, examsBelowMinimumName, examsHighName, examsHundredsName
    case examsMarkName, examsHistogramScores, examsHistogramMarks, examsSchoolsCount
    case legendExamsScope, legendExamsMinimum, legendExamsComparisons, legendExamsHistogram
    // Map screen
    case mapRussianMean, mapProfileMathMean, mapBelowMinimumShare, mapFlaggedShare, mapFinancingCoefficient
    case mapValueMean, mapValueBelowMinimum, mapValueFlags, mapValueCoefficient
    case mapParticipants, mapSchools, mapNoData, mapOpenCity, mapOpenSchools, mapCloseCity, mapNotOnMap
    case mapIndicatorChanged, mapLegendTiles, mapLegendShading, mapLegendCursor
    // Support screen
    case supportCases, supportCandidates, supportSchool, supportStatus, supportPlan, supportRisk, supportMainReason
    case filterStatus, filterCurator, filterCentre, filterMunicipality, filterAny, filterOpen, filterOverdueOnly, filterOverdue
    case filterChanged, filtersCleared, supportAsOf, supportOf, supportAllCases, supportAllCandidates
    case supportNoCases, noCasesMatch, noCandidates, supportReasons, supportRiskFactors, supportNoRisk, supportLowResults, supportScoreShort, supportSteps, supportRiskTotal
    case supportThreshold, supportHistory, supportCaseOpened, supportStepDone, supportCaseClosed, supportCaseCancelled
    case supportOverdue, supportCasesByStatus, supportOverdueCases, supportCandidateRange, supportDrillTitle
    case legendOverdue, legendStepMarks, legendPlanGauge, legendRiskScore, legendCandidates, legendAllRow, legendFilterKeys
    // Council screen
    case councilMeetings, councilNoMeetings, councilDate, councilTopic, councilDecisionsShort, councilForecastsShort
    case councilIndicator, councilScope, councilPlanned, councilActual, councilDifference, councilForecasts, councilNoForecasts
    case councilMeeting, councilOpen, councilClosed, councilParticipants, councilAgenda, councilDecisions, councilNoDecisions
    case councilDue, councilNoActual, councilNoOrganisations, councilForecast, councilDecision
    case legendCouncilOpen, legendCouncilCounts, legendCouncilOverdue, legendCouncilForecasts

    public var text: BilingualText {
        switch self {
        case .demoBadge: t("ДЕМО", "DEMO")
        case .demoNotice: t("синтетические данные", "synthetic data")
        case .tabOverview: t("Обзор", "Overview")
        case .tabNetwork: t("Сеть", "Network")
        case .tabExams: t("ГИА", "Exams")
        case .tabFunding: t("Финансирование", "Funding")
        case .tabSupport: t("Поддержка", "Support")
        case .tabCouncil: t("Совет", "Council")
        case .tabMap: t("Карта", "Map")
        case .tooSmall: t("Окно терминала слишком маленькое", "The terminal window is too small")
        case .tooSmallNeed: t("нужно не меньше", "needs at least")
        case .region: t("Область", "Region")
        case .unassigned: t("Без центра", "No centre")
        case .networkView: t("Сеть проекта", "Project network")
        case .administrativeView: t("Муниципалитеты", "Municipalities")
        case .columnConsultingCentres: t("КЦ", "Consulting centres")
        case .columnMunicipalities: t("ГО и МР", "Districts")
        case .year: t("Год", "Year")
        case .sortLabel: t("Сортировка", "Sort")
        case .sortName: t("по названию", "by name")
        case .sortResult: t("по результату", "by result")
        case .sortSize: t("по численности", "by size")
        case .sortFlags: t("по флагам", "by flags")
        case .sortAscending: t("по возрастанию ▲", "ascending ▲")
        case .sortDescending: t("по убыванию ▼", "descending ▼")
        case .detailTitle: t("Сведения", "Details")
        case .pupils: t("Обучающихся", "Pupils")
        case .teachers: t("Педагогов", "Teachers")
        case .municipality: t("Муниципалитет", "Municipality")
        case .centre: t("Центр", "Centre")
        case .smallSchool: t("малокомплектная", "small school")
        case .subject: t("Предмет", "Subject")
        case .participants: t("Уч.", "Part.")
        case .mean: t("Ср.", "Mean")
        case .change: t("Δ", "Δ")
        case .belowMinimum: t("<мин", "<min")
        case .high81: t("81+", "81+")
        case .hundreds: t("100", "100")
        case .examsHeader: t("ГИА", "Exams")
        case .subtreeTotal: t("всего по подсети", "whole subtree")
        case .noResults: t("Нет результатов ГИА за этот год", "No exam results for this year")
        case .flagsTitle: t("Флаги", "Flags")
        case .noFlags: t("Флагов нет", "No flags")
        case .financingTitle: t("Финансирование", "Funding")
        case .normative: t("норматив", "normative")
        case .coefficient: t("коэффициент", "coefficient")
        case .raisedCoefficient: t("повышенный коэффициент проекта", "project's raised coefficient")
        case .noFinancing: t("Нет данных о финансировании", "No funding data")
        case .supportTitle: t("Адресная поддержка", "Targeted support")
        case .noSupport: t("Открытых случаев нет", "No open cases")
        case .curator: t("куратор", "curator")
        case .opened: t("открыт", "opened")
        case .planProgress: t("план", "plan")
        case .organisations: t("Организаций", "Organisations")
        case .drillName: t("Организация", "Organisation")
        case .drillEmpty: t("Здесь нет ни одной организации", "There are no organisations here")
        case .drillOpen: t("открыть в «Сети»", "open in Network")
        case .drillSortOrder: t("значение/название", "value/name")
        case .drillReverse: t("обратно", "reverse")
        case .drillClose: t("закрыть", "close")
        case .searchNoMatch: t("не найдено", "no match")
        case .paletteTitle: t("Команды", "Commands")
        case .paletteEmpty: t("Нет подходящих команд", "No matching commands")
        case .helpTitle: t("Справка — клавиши", "Help — keys")
        case .helpClose: t("Esc или ? — закрыть", "Esc or ? closes")
        case .helpGlobal: t("Везде", "Everywhere")
        case .helpScreen: t("На этом экране", "On this screen")
        case .dataProblems: t("Ошибок в данных", "Problems in the data")
        case .themeChanged: t("Тема", "Theme")
        case .languageChanged: t("Язык: русский", "Language: English")
        case .yearChanged: t("Учебный год", "School year")
        case .viewChanged: t("Вид", "View")
        case .sortChanged: t("Сортировка", "Sort")
        case .figuresLoading: t("Показатели загружаются…", "Figures are loading…")
        case .loadReading: t("Чтение файла", "Reading the file")
        case .loadIndexing: t("Проверка и расчёт показателей", "Checking the data, computing the figures")
        case .loadSchoolDetails: t("Загрузка сведений о школах", "Loading school details")
        case .figuresReady: t("Показатели загружены", "Figures loaded")
        case .secondsUnit: t("с", "s")
        case .failureTitle: t("Ошибка в файле данных", "The data file has an error")
        case .failureUntouched: t("Файл не изменён. Исправьте его и откройте снова; kachestvo validate покажет все ошибки.",
                                  "The file was not changed. Fix it and open it again; kachestvo validate lists every problem.")
        case .failureClose: t("q, Esc или Enter — выход", "q, Esc or Enter quits")
        case .reloadBusy: t("Загрузка уже идёт", "Already loading")
        case .reportTitle: t("качество образования", "education quality")
        case .reportDemoNotice: t("ДЕМО: синтетические данные, не реальные сведения об организациях.",
                                  "DEMO: synthetic data, not real figures of real organisations.")
        case .reportNetwork: t("Сеть", "Network")
        case .reportExams: t("ГИА по предметам", "Exams by subject")
        case .reportFlags: t("Флаги", "Flags")
        case .reportConsultingCentres: t("Консалтинговые центры (КЦ)", "Consulting centres (КЦ)")
        case .reportMethodologicalCentres: t("Учебно-методические центры (УМЦ)", "Methodological centres (УМЦ)")
        case .reportSchools: t("Общеобразовательные организации", "Schools")
        case .reportPupils: t("Обучающиеся", "Pupils")
        case .reportTeachers: t("Педагоги", "Teachers")
        case .reportMunicipalities: t("Муниципальные образования (ГО и МР)", "Municipalities (ГО and МР)")
        case .reportOpenSupportCases: t("Открытые случаи адресной поддержки", "Open targeted-support cases")
        case .reportExam: t("Экзамен", "Exam")
        case .reportParticipants: t("Участники", "Participants")
        case .reportMean: t("Средний", "Mean")
        case .reportBelowMinimum: t("Ниже мин.", "Below min.")
        case .settingsUnreadable: t("Настройки не используются и не сохраняются", "Settings ignored and not saved")
        case .settingsNotSaved: t("Настройки не сохранены", "Settings not saved")
        case .rowName: t("Название", "Name")
        case .perPupilYear: t("на обучающегося в год", "per pupil a year")
        case .markTwoShare: t("«2»", "«2»")
        case .markFiveShare: t("«5»", "«5»")
        case .helpSymbols: t("Обозначения", "Symbols")
        case .legendMean: t("67,3 в строке списка — средний балл предмета из заголовка столбца (ЕГЭ Рус. яз.) за учебный год; у центра или района — по всем его школам",
                            "67.3 in a list row — the mean score of the subject in the column header (ЕГЭ Рус. яз.) for the school year; for a centre or district, over all its schools")
        case .legendFlags: t("⚑N у школы — число её флагов-замечаний; у центра или района — сколько его организаций с такими флагами",
                             "⚑N for a school — how many concern flags it has; for a centre or district — how many of its organisations have one")
        case .legendStar: t("★ — у школы положительный флаг: стабильно высокие результаты или эффективность без повышенного финансирования",
                            "★ — the school has a positive flag: stable high results, or effective without raised funding")
        case .legendChange: t("Δ — изменение среднего к прошлому году со знаком + или −; 0 — меньше последнего знака",
                              "Δ — change of the mean since last year, signed + or −; 0 — less than the last digit")
        case .legendBelowMinimum: t("<мин — доля ЕГЭ ниже минимального балла; «2» — доля двоек ОГЭ",
                                    "<min — share of ЕГЭ results below the minimum score; «2» — share of ОГЭ marks 2")
        case .legendHigh: t("81+ — доля ЕГЭ 81–100 баллов; 100 — число стобалльников; «5» — доля пятёрок ОГЭ",
                            "81+ — share of ЕГЭ scores 81–100; 100 — number of 100-point scores; «5» — share of ОГЭ marks 5")
        case .legendParticipants: t("Уч. — участников экзамена; Ср. — средний балл ЕГЭ или средняя отметка ОГЭ",
                                    "Part. — participants; Mean — mean ЕГЭ score or mean ОГЭ mark")
        case .legendRegion: t("Esc в верхнем столбце выбирает саму область с её итогами; Enter — обратно вниз",
                              "Esc in the top column selects the region itself with its totals; Enter goes back down")
        case .fundingPlotTitle: t("Коэффициент (→) и процентиль результатов (↑)", "Coefficient (→) against results percentile (↑)")
        case .fundingNoPoints: t("Нет организаций с коэффициентом и результатами за этот год",
                                 "No organisation has both a coefficient and results this year")
        case .fundingListEmpty: t("нет таких организаций", "no such organisations")
        case .fundingQuadrant: t("Квадрант", "Quadrant")
        case .fundingRaisedWeak: t("Повышенный коэффициент, слабые результаты", "Raised coefficient, weak results")
        case .fundingRaisedStrong: t("Повышенный коэффициент, сильные результаты", "Raised coefficient, strong results")
        case .fundingEffective: t("Эффективны без доплат", "Effective without extra funding")
        case .fundingOrdinaryWeaker: t("Обычный коэффициент, результаты ниже", "Standard coefficient, weaker results")
        case .fundingByType: t("Коэффициент по типу школы, без повышения", "Coefficient set by school type, not raised")
        case .fundingRaisedWeakShort: t("повыш., слабые", "raised, weak")
        case .fundingRaisedStrongShort: t("повыш., сильные", "raised, strong")
        case .fundingEffectiveShort: t("1,00, сильные", "1.00, strong")
        case .fundingOrdinaryWeakerShort: t("1,00, слабее", "1.00, weaker")
        case .fundingFundedThreshold: t("Коэффициент без результата: процентиль <", "Funded, no effect: percentile <")
        case .fundingEffectiveThreshold: t("Эффективны без доплат: процентиль ≥", "Effective, no extra funding: percentile ≥")
        case .fundingUnsaved: t("w — сохранить", "w saves it")
        case .fundingThresholdNow: t("Порог", "Threshold")
        case .fundingResultIndex: t("Индекс результатов", "Result index")
        case .fundingSaving: t("Сохранение порогов в файл данных…", "Saving the thresholds to the data file…")
        case .fundingSaved: t("Пороги сохранены, флаги пересчитаны", "Thresholds saved, flags recomputed")
        case .fundingNotSaved: t("Пороги не сохранены", "Thresholds not saved")
        case .fundingNothingLost: t("файл не изменён", "the file is unchanged")
        case .fundingDemoNotSaved: t("Демо-регион не сохраняется: нужен --data ФАЙЛ", "The demo region cannot be saved: use --data FILE")
        case .fundingUnchanged: t("Пороги совпадают с сохранёнными", "The thresholds are as saved")
        case .fundingFundedShort: t("Коэфф. без результата <", "Funded, no effect <")
        case .fundingEffectiveShortTitle: t("Эффективны без доплат ≥", "Effective, no extra ≥")
        case .fundingRaisedMark: t("повышенный", "raised")
        case .fundingPercentileWord: t("процентиль", "percentile")
        case .fundingColumnCoefficient: t("Коэф.", "Coef.")
        case .fundingColumnPercentile: t("Проц.", "Pct.")
        case .fundingColumnChange: t("Снижение", "Decline")
        case .fundingPercentileTitle: t("Процентиль результатов, %", "Results percentile, %")
        case .legendFundingPoints: t("Точка — организация: по горизонтали коэффициент финансирования, по вертикали процентиль её результатов (доля школ области со стандартизированным результатом ниже); ■ — коэффициент без результата, □ — эффективны без доплат, тусклые — коэффициент по типу школы",
                                     "A point is an organisation: across, its funding coefficient; up, the percentile of its results (the share of the region's schools with a lower standardised score); ■ funded, no effect; □ effective without extra funding; dim: a coefficient set by school type")
        case .legendFundingLines: t("Вертикальная линия отделяет коэффициент 1,00; горизонтальная — выбранный порог (a); «коэффициент без результата» — повышенный коэффициент и процентиль ниже порога или снижение результатов",
                                    "The vertical line sets coefficient 1.00 apart; the horizontal one is the chosen threshold (a); «funded, no effect» is a raised coefficient with a percentile below its threshold or declining results")
        case .legendFundingKeys: t("Стрелки — к ближайшей точке; Tab — списки; Enter — организации квадранта или списка; + − a — пороги на экране, w — сохранить их в файл",
                                   "Arrows step to the nearest point; Tab, the lists; Enter lists the quadrant's or list's organisations; + − a try thresholds, w saves them to the file")
        // Overview screen
        case .overviewFiguresTitle: t("Показатели", "Figures")
        case .overviewSchools: t("Школы", "Schools")
        case .overviewPupils: t("Обучающиеся", "Pupils")
        case .overviewRussianMean: t("ЕГЭ Русский язык", "ЕГЭ Russian")
        case .overviewMathsMean: t("ЕГЭ Математика (проф.)", "ЕГЭ Maths (profile)")
        case .overviewConsultingCentres: t("КЦ — консалтинговые центры", "КЦ consulting centres")
        case .overviewMethodologicalCentres: t("УМЦ — учебно-метод. центры", "УМЦ methodological centres")
        case .overviewOpenCases: t("Открытые случаи поддержки", "Open support cases")
        case .overviewFlagsHeading: t("Флаги — организаций", "Flags — organisations")
        case .overviewCentreIndex: t("Индекс результата по КЦ", "Result index by КЦ")
        case .overviewTrends: t("Тенденции области", "The region's trends")
        case .overviewOf: t("из", "of")
        case .overviewSinceLastYear: t("к прошлому году", "since last year")
        case .overviewAboveRegion: t("выше среднего по области", "above the region's mean")
        case .overviewTrendRussian: t("ЕГЭ рус. яз.", "ЕГЭ Russian")
        case .overviewTrendMaths: t("ЕГЭ мат. проф.", "ЕГЭ maths prof.")
        case .overviewTrendBelowMinimum: t("ЕГЭ ниже мин.", "ЕГЭ below min.")
        case .overviewTrendFlagged: t("С флагами", "Flagged")
        case .drillMeanScore: t("Средний балл", "Mean score")
        case .drillStandardisedScore: t("Стандартизированный результат", "Standardised score")
        case .drillBelowMinimumPercent: t("Ниже минимума, %", "Below minimum, %")
        case .drillLowYears: t("Лет с низкими результатами", "Years with low results")
        case .drillScoreChange: t("Изменение результата", "Change of score")
        case .drillPercentile: t("Процентиль", "Percentile")
        case .drillRiskScore: t("Балл риска", "Risk score")
        case .drillPlanDone: t("План выполнен, %", "Plan done, %")
        case .legendOverviewIndex: t("Индекс результата КЦ — доля организаций его сети (сам КЦ, его УМЦ и их школы) со стандартизированным результатом выше среднего по области, среди тех, у кого есть результат за год",
                                     "A КЦ's result index — the share of its network (the КЦ, its УМЦ and their schools) whose standardised score is above the region's mean, among those with a score for the year")
        case .legendOverviewChange: t("69,9 +1,3 — средний балл ЕГЭ по области и его изменение к прошлому году со знаком + или −",
                                      "69.9 +1.3 — the region's mean ЕГЭ score and its change since last year, signed + or −")
        case .legendOverviewChoice: t("▸ — выбранный показатель; ▓ — выбранный столбец КЦ (█ — остальные)",
                                      "▸ marks the chosen figure; ▓ the chosen КЦ bar (█ the others)")
        case .legendOverviewTrends: t("Тенденции — показатели области по всем годам данных, от первого слева к последнему; ▸ — выбранный год, его значение справа",
                                      "Trends — the region's figures over every year of the data, the first on the left; ▸ marks the chosen year, whose value is on the right")
        case .legendOverviewEnter: t("Enter на показателе или столбце — организации за ним; Tab — между показателями и столбцами КЦ",
                                     "Enter on a figure or a bar lists the organisations behind it; Tab moves between the figures and the КЦ bars")
        // Exams screen
        case .examsScope: t("Охват", "Scope")
        case .examsEgeTitle: t("ЕГЭ по предметам", "ЕГЭ by subject")
        case .examsOgeTitle: t("ОГЭ по предметам", "ОГЭ by subject")
        case .examsMinimum: t("Мин", "Min")
        case .examsVsRegion: t("обл", "reg")
        case .examsVsLastYear: t("год", "yr")
        case .examsRegionWord: t("область", "region")
        case .examsParticipantsName: t("Участников", "Participants")
        case .examsMeanScoreName: t("Средний балл", "Mean score")
        case .examsMeanMarkName: t("Средняя отметка", "Mean mark")
        case .examsBelowMinimumName: t("Ниже минимума", "Below the minimum")
        case .examsHighName: t("81–100 баллов", "Scored 81–100")
        case .examsHundredsName: t("100 баллов", "Scored 100")
        case .examsMarkName: t("Доля отметки", "Share of mark")
        case .examsHistogramScores: t("Школы по среднему баллу", "Schools by mean score")
        case .examsHistogramMarks: t("Школы по средней отметке", "Schools by mean mark")
        case .examsSchoolsCount: t("школ", "schools")
        case .legendExamsScope: t("Охват — область, КЦ или УМЦ с сетью, район или школа: / находит школу или центр, c — на уровень выше, C — вся область, v — сеть ↔ муниципалитеты",
                                  "Scope — the region, a centre with its network, a district or a school: / finds a school or centre, c widens one level, C is the whole region, v switches network ↔ municipalities")
        case .legendExamsMinimum: t("Мин — минимальный балл ЕГЭ этого года (для отметок — «3»); <мин — доля ниже него",
                                    "Min — this year's ЕГЭ minimum score (for marks, «3»); <min — the share below it")
        case .legendExamsComparisons: t("обл — разница с областью, год — с прошлым годом, со знаком; доли — в процентных пунктах",
                                        "reg — difference from the region, yr — from last year, signed; shares in percentage points")
        case .legendExamsHistogram: t("Гистограмма — число школ охвата по среднему баллу предмета курсора; ▼ — средний охвата; Tab, ← → и Enter — школы интервала",
                                      "Histogram — the scope's schools by their mean in the cursor's subject; ▼ marks the scope's mean; Tab, ← → and Enter list a range's schools")
        // Map screen
        case .mapRussianMean: t("ЕГЭ, русский язык: средний балл", "ЕГЭ Russian: mean score")
        case .mapProfileMathMean: t("ЕГЭ, профильная математика: средний балл", "ЕГЭ profile maths: mean score")
        case .mapBelowMinimumShare: t("ЕГЭ: доля результатов ниже минимума", "ЕГЭ: share of results below the minimum")
        case .mapFlaggedShare: t("Доля школ с флагами-замечаниями", "Share of schools with concern flags")
        case .mapFinancingCoefficient: t("Средний коэффициент финансирования", "Mean funding coefficient")
        case .mapValueMean: t("Средний балл", "Mean score")
        case .mapValueBelowMinimum: t("Ниже минимума, %", "Below minimum, %")
        case .mapValueFlags: t("Флагов-замечаний", "Concern flags")
        case .mapValueCoefficient: t("Коэффициент", "Coefficient")
        case .mapParticipants: t("участников", "participants")
        case .mapSchools: t("школ", "schools")
        case .mapNoData: t("нет данных", "no data")
        case .mapOpenCity: t("Enter — районы города", "Enter — the city's districts")
        case .mapOpenSchools: t("Enter — школы", "Enter — schools")
        case .mapCloseCity: t("Esc — к области", "Esc — back to the oblast")
        case .mapNotOnMap: t("Нет на карте", "Not on the map")
        case .mapIndicatorChanged: t("Показатель", "Indicator")
        case .mapLegendTiles: t("Карта: плитка — муниципалитет на своём месте (север сверху), все плитки равны; г. Новосибирск открывается Enter на 10 районов",
                                "Map: a tile is a municipality in its place (north up), all tiles the same size; Enter opens Novosibirsk into its 10 districts")
        case .mapLegendShading: t("Карта: заливка ·░▒▓█ и цвет — от меньших значений к большим (шкала внизу); без заливки — нет данных",
                                  "Map: the fill ·░▒▓█ and colour run from lower values to higher (scale below); no fill — no data")
        case .mapLegendCursor: t("Карта: [ ] — плитка под курсором; Кыштов., Новос.р. — сокращённые названия, полное — в строке под картой",
                                 "Map: [ ] — the tile under the cursor; Кыштов., Новос.р. — short names, the full one is in the line below the map")
        // Support screen
        case .supportCases: t("Случаи поддержки", "Support cases")
        case .supportCandidates: t("Кандидаты без открытого случая", "Candidates with no open case")
        case .supportSchool: t("Школа", "School")
        case .supportStatus: t("Статус", "Status")
        case .supportPlan: t("План", "Plan")
        case .supportRisk: t("Риск", "Risk")
        case .supportMainReason: t("Главный фактор", "Main factor")
        case .filterStatus: t("Статус", "Status")
        case .filterCurator: t("Куратор", "Curator")
        case .filterCentre: t("КЦ/УМЦ", "Centre")
        case .filterMunicipality: t("МР/ГО", "District")
        case .filterAny: t("все", "all")
        case .filterOpen: t("открытые", "open")
        case .filterOverdueOnly: t("только просроченные", "overdue only")
        case .filterOverdue: t("просроченные", "overdue")
        case .filterChanged: t("Фильтр", "Filter")
        case .filtersCleared: t("Фильтры сброшены", "Filters cleared")
        case .supportAsOf: t("на", "as of")
        case .supportOf: t("из", "of")
        case .supportAllCases: t("Σ Все по фильтру", "Σ All filtered")
        case .supportAllCandidates: t("Σ Все кандидаты", "Σ All candidates")
        case .supportNoCases: t("В данных нет случаев адресной поддержки", "The data has no targeted-support cases")
        case .noCasesMatch: t("Нет случаев по этому фильтру (F — сбросить)", "No cases match the filter (F clears it)")
        case .noCandidates: t("Кандидатов нет", "No candidates")
        case .supportReasons: t("Причины", "Reasons")
        case .supportRiskFactors: t("Факторы риска", "Risk factors")
        case .supportNoRisk: t("Нет профиля рисков и результатов за этот год", "No risk profile or results for this year")
        case .supportLowResults: t("низкие результаты ГИА", "low exam results")
        case .supportScoreShort: t("результат", "score")
        case .supportSteps: t("шагов", "steps")
        case .supportRiskTotal: t("Индекс риска", "Risk score")
        case .supportThreshold: t("порог", "threshold")
        case .supportHistory: t("История", "History")
        case .supportCaseOpened: t("случай открыт", "case opened")
        case .supportStepDone: t("выполнено", "done")
        case .supportCaseClosed: t("случай завершён", "case closed")
        case .supportCaseCancelled: t("случай отменён", "case cancelled")
        case .supportOverdue: t("просрочено", "overdue")
        case .supportCasesByStatus: t("Случаев по статусам", "Cases by status")
        case .supportOverdueCases: t("С просроченными шагами", "With overdue steps")
        case .supportCandidateRange: t("Индекс риска кандидатов", "Candidates' risk scores")
        case .supportDrillTitle: t("Адресная поддержка", "Targeted support")
        case .legendOverdue: t("! — у случая просрочен шаг плана (!2 — два шага): не выполнен, а срок раньше даты данных «на …» над списком",
                               "! — the case has an overdue plan step (!2 — two): not done, and due before the data's date «as of …» above the list")
        case .legendStepMarks: t("В плане: ✓ — шаг выполнен, ! — просрочен, · — срок ещё не наступил",
                                 "In a plan: ✓ — step done, ! — overdue, · — not yet due")
        case .legendPlanGauge: t("██░░ 1/4 в столбце «План» — выполнено шагов плана из всех (закрашенная доля полосы)",
                                 "██░░ 1/4 in the Plan column — plan steps done of all (the filled share of the bar)")
        case .legendRiskScore: t("Риск 0,52 — взвешенный индекс риска: уровни факторов «500+» и низкие результаты, умноженные на веса; флаг «Нужна поддержка» — от порога 0,45",
                                 "Risk 0.52 — the weighted risk score: the «500+» factor levels and low results times their weights; «Needs support» is flagged from the threshold 0.45")
        case .legendCandidates: t("Нижний список — организации с флагом «Нужна поддержка» (NEEDS_SUPPORT) за год без открытого случая",
                                  "The lower list — organisations flagged «Needs support» (NEEDS_SUPPORT) in the year with no open case")
        case .legendAllRow: t("Σ — строка всего списка: Enter на ней перечисляет все его организации",
                              "Σ — the row of the whole list: Enter on it lists all its organisations")
        case .legendFilterKeys: t("Фильтр: f — следующее поле (выбранное в [скобках]), x/X — его значение, o — только просроченные, F — сбросить всё",
                                  "Filter: f — next field (the chosen one in [brackets]), x/X — its value, o — overdue only, F — clear all")
        case .councilMeetings: t("Заседания совета", "Council meetings")
        case .councilNoMeetings: t("Заседаний нет — a добавит первое", "No meetings — a adds the first")
        case .councilDate: t("Дата", "Date")
        case .councilTopic: t("Тема", "Topic")
        case .councilDecisionsShort: t("Реш", "Dec")
        case .councilForecastsShort: t("Прг", "Fc")
        case .councilIndicator: t("Показатель", "Indicator")
        case .councilScope: t("Охват", "Scope")
        case .councilPlanned: t("План", "Planned")
        case .councilActual: t("Факт", "Actual")
        case .councilDifference: t("Разн.", "Diff.")
        case .councilForecasts: t("Прогнозы заседания", "The meeting's forecasts")
        case .councilNoForecasts: t("Заседание не ставило прогнозов", "The meeting set no forecasts")
        case .councilMeeting: t("Заседание", "Meeting")
        case .councilOpen: t("открытое заседание", "open meeting")
        case .councilClosed: t("закрытое заседание", "closed meeting")
        case .councilParticipants: t("Участники", "Participants")
        case .councilAgenda: t("Повестка", "Agenda")
        case .councilDecisions: t("Решения", "Decisions")
        case .councilNoDecisions: t("Решений нет", "No decisions")
        case .councilDue: t("срок", "due")
        case .councilNoActual: t("За год прогноза результатов пока нет", "The forecast's year has no results yet")
        case .councilNoOrganisations: t("Решение не называет организаций", "The decision names no organisations")
        case .councilForecast: t("Прогноз", "Forecast")
        case .councilDecision: t("Решение", "Decision")
        case .legendCouncilOpen: t("◉ — открытое заседание (с приглашёнными)", "◉ — an open meeting (guests admitted)")
        case .legendCouncilCounts: t("Реш, Прг — сколько решений принято и прогнозов поставлено на заседании",
                                     "Dec, Fc — how many decisions the meeting took and forecasts it set")
        case .legendCouncilOverdue: t("! просрочено — срок решения раньше последней даты в данных (заседания, случаи поддержки), а не сегодняшнего дня",
                                      "! overdue — the decision's due day is before the latest day in the data (meetings, support cases), not today's")
        case .legendCouncilForecasts: t("Факт — тот же показатель, что на экране ГИА, за год прогноза (— пока результатов нет); Разн. — факт минус план, доли в п.п.",
                                        "Actual — the same figure as the Exams screen shows, for the forecast's year (— no results yet); Diff. — actual less planned, shares in points")
        }
    }
}
