/// Generates targeted-support cases (адресная поддержка) for about 6% of schools, the weakest by
/// results and small rural size: reasons drawn from the school's own results and risk profile, a
/// curator (its УМЦ, sometimes the КЦ above), a plan, and a status with consistent dates.
struct DemoSupport {
    /// Data is «as of» the end of the 2017/2018 academic year: nothing is closed or done after it.
    static let asOf = Day(year: 2018, month: 8, day: 31)!

    let schools: [DemoSchool]
    let exams: DemoExams
    let risks: [RiskProfile]

    func generate(seed: UInt64) -> [SupportCase] {
        var random = DemoRandom(seed: seed, stream: DemoStream.support.stream(0))
        let scored = schools.indices.filter { !schools[$0].isCentre }.map { index -> (Int, Double) in
            let school = schools[index]
            let smallBonus = school.organisation.small ? 0.4 : 0
            return (index, -school.performance.level(in: 2017) + smallBonus + 0.3 * random.normal())
        }
        let chosen = scored.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
            .prefix(max(1, schools.count * 6 / 100)).map(\.0).sorted()
        let drafts = chosen.map { draft(for: $0, &random) }
            .sorted { ($0.opened, $0.organisationId) < ($1.opened, $1.organisationId) }
        let width = max(4, String(drafts.count).count)
        return drafts.enumerated().map { number, draft in
            var supportCase = draft
            let text = String(number + 1)
            supportCase.id = Identifier("case-" + String(repeating: "0", count: width - text.count) + text)
            return supportCase
        }
    }

    private func draft(for index: Int, _ random: inout DemoRandom) -> SupportCase {
        let school = schools[index]
        let opened = Day(year: 2016, month: 10, day: random.int(in: 1...28))!.adding(months: random.int(in: 0...18))
        let age = (opened.year - 2016) * 12 + opened.month - 10
        let status: SupportCase.Status =
            age < 8 ? [.closed, .cancelled, .monitoring, .active][random.weightedIndex([50, 8, 27, 15])]
            : age < 15 ? [.active, .monitoring, .proposed, .closed, .cancelled][random.weightedIndex([45, 25, 10, 15, 5])]
            : [.proposed, .active, .cancelled][random.weightedIndex([40, 50, 10])]
        let closed: Day? = switch status {
        case .closed: min(Self.asOf, opened.adding(months: random.int(in: 8...14)))
        case .cancelled: opened.adding(months: random.int(in: 1...4))
        default: nil
        }
        let consultingCentre = schools[school.consultingCentre].id
        return SupportCase(
            id: "", organisationId: school.id, reasons: reasons(for: index, examYear: opened.examYear - 1),
            curatorId: random.chance(0.8) ? school.organisation.centreId! : consultingCentre,
            plan: plan(opened: opened, status: status, &random), status: status, opened: opened, closed: closed)
    }

    /// Reasons in the council's words, from the school's results of the last exams before the case.
    private func reasons(for index: Int, examYear: Int) -> [String] {
        var reasons: [String] = []
        let minimum = FlagThresholds().minimumParticipants
        let judged = exams.results[exams.firstResult[index]..<exams.firstResult[index + 1]]
            .filter { $0.year == examYear && $0.participants >= minimum }
        let profile = DemoSubjects.all[DemoSubjects.egeMathsProfile].id
        let oge = DemoSubjects.all[DemoSubjects.ogeMaths].id
        if let maths = judged.first(where: { $0.subjectId == profile }), share(maths) >= 10 {
            reasons.append("доля не преодолевших минимальный порог ЕГЭ по математике (профильный уровень) \(share(maths))%")
        } else if let maths = judged.first(where: { $0.subjectId == oge }), share(maths) >= 10 {
            reasons.append("доля неудовлетворительных результатов ОГЭ по математике \(share(maths))%")
        }
        let russian = DemoSubjects.all[DemoSubjects.egeRussian].id
        let regionRussian = exams.totals.mean(subject: DemoSubjects.egeRussian, year: examYear)
        if let result = judged.first(where: { $0.subjectId == russian }), result.mean < regionRussian - 4 {
            reasons.append("средний балл ЕГЭ по русскому языку \(Self.decimal(result.mean))"
                + " при среднем по области \(Self.decimal(regionRussian))")
        }
        let profileYear = clamped(examYear, to: DemoRisk.years[0]...DemoRisk.years[DemoRisk.years.count - 1])
        let risk = risks[index * DemoRisk.years.count + profileYear - DemoRisk.years[0]]
        let factors = RiskFactor.allCases.filter { risk.level($0) >= 0.45 }
            .sorted { (risk.level($0), $1.rawValue) > (risk.level($1), $0.rawValue) }.prefix(2)
        reasons += factors.map(\.russianName)
        if reasons.isEmpty { reasons.append("устойчиво низкие результаты ГИА при малом числе участников") }
        return reasons
    }

    private func share(_ result: ExamResult) -> Int {
        Int((Double(result.belowMinimum) * 100 / Double(result.participants)).rounded())
    }

    private static let middleSteps = [
        "Стажировка учителей математики и русского языка на базе УМЦ",
        "Посещение уроков и методические консультации куратора",
        "Сетевые консультации для обучающихся 9 и 11 классов",
        "Диагностические работы по математике и русскому языку",
        "Мониторинг результатов пробного ГИА",
    ]

    private func plan(opened: Day, status: SupportCase.Status, _ random: inout DemoRandom) -> [SupportCase.PlanStep] {
        let middle = random.shuffled(Self.middleSteps).prefix(random.int(in: 1...3))
        let titles = ["Анализ результатов ГИА и выявление проблемных тем"] + middle
            + ["Отчёт о результатах поддержки на заседании совета проекта"]
        let cancelledAfter = random.int(in: 0...1)
        return titles.enumerated().map { step, title in
            let due = opened.adding(months: 2 * (step + 1))
            let done: Bool = switch status {
            case .closed: true
            case .monitoring: due <= Self.asOf
            case .cancelled: step < cancelledAfter
            case .active: step < max(1, titles.count / 2) && due <= Self.asOf
            case .proposed: false
            }
            return SupportCase.PlanStep(title: title, due: due, done: done)
        }
    }

    /// «55,4»: one decimal with a comma, as Russian texts write it.
    static func decimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10),\(tenths % 10)"
    }
}

extension Day {
    /// The same day of the month `months` later; days past the 28th are moved to the 28th.
    func adding(months: Int) -> Day {
        let index = year * 12 + (month - 1) + months
        return Day(year: index / 12, month: index % 12 + 1, day: min(day, 28))!
    }
}
