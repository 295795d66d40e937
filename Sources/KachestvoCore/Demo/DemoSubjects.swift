/// An exam subject of the demo with the numbers that shape its results.
struct DemoSubject {
    var subject: Subject
    /// Mean of an average school (strength 0) in 2017: test score, or mark on the latent 2–5 scale.
    var mean: Double
    /// How far school means spread: one unit of strength moves the school mean this much.
    var schoolSpread: Double
    /// Spread of pupils' results within one school.
    var pupilSpread: Double
    /// Share of the cohort sitting the exam (1 for compulsory subjects).
    var share: Double
    /// Region-wide shift of each year 2014…2018 against 2017 (new tasks, new scales).
    var yearShift: [Double]
    /// How likely strong schools are to have a 100-point result (Russian, literature, chemistry).
    var hundredsWeight: Double

    var id: Identifier<Subject> { subject.id }
    var isMark: Bool { subject.scale == .mark5 }
    /// When the exam is held and its minimum each year.
    var schedule: ExamSchedule { ExamRules.schedule(for: subject.id)! }

    /// Share of the cohort sitting the exam in `year`: until base maths began, every graduate sat the
    /// one maths exam (listed as profile maths).
    func share(in year: Int) -> Double {
        id == "ege-math-profile" && year < ExamRules.mathsSplit ? 1 : share
    }
}

/// The subjects of the demo: 12 ЕГЭ and 8 ОГЭ; their minimum scores are those of `ExamRules` (the
/// stored `minimumScore` is the latest year's).
enum DemoSubjects {
    static let years = Array(2014...2018)

    static let egeRussian = 0, egeMathsProfile = 1, egeMathsBase = 2
    static let ogeRussian = 12, ogeMaths = 13

    /// ЕГЭ first (compulsory, then electives), then ОГЭ; the indexes above point into this array.
    static let all: [DemoSubject] = [
        ege("ege-rus", "Русский язык", mean: 66.5, spread: 6, pupils: 15, share: 1,
            shift: [-2, -1, 0.5, 0, 1], hundreds: 0.5, university: 36),
        ege("ege-math-profile", "Математика (профильный уровень)", mean: 46.5, spread: 8,
            pupils: 16, share: 0.5, shift: [-2.5, 1, 0.5, 0, 1.5]),
        mark("ege-math-base", "Математика (базовый уровень)", .ege, mean: 4.25, share: 0.7, shift: [-0.1, 0, 0.05, 0, 0.05]),
        ege("ege-social", "Обществознание", mean: 55, spread: 6, pupils: 12, share: 0.5),
        ege("ege-physics", "Физика", mean: 51, spread: 7, pupils: 12, share: 0.22),
        ege("ege-chemistry", "Химия", mean: 55, spread: 8, pupils: 18, share: 0.12, hundreds: 0.3),
        ege("ege-biology", "Биология", mean: 52, spread: 6, pupils: 14, share: 0.18),
        ege("ege-history", "История", mean: 52, spread: 7, pupils: 15, share: 0.16),
        ege("ege-literature", "Литература", mean: 58, spread: 7, pupils: 14, share: 0.07, hundreds: 0.3),
        ege("ege-informatics", "Информатика и ИКТ", mean: 56, spread: 8, pupils: 17, share: 0.1),
        ege("ege-geography", "География", mean: 55, spread: 6, pupils: 13, share: 0.04),
        ege("ege-english", "Английский язык", mean: 66, spread: 8, pupils: 16, share: 0.1),
        mark("oge-rus", "Русский язык", .oge, mean: 3.95, share: 1, shift: [-0.1, -0.05, 0, 0, 0.05]),
        mark("oge-math", "Математика", .oge, mean: 3.65, share: 1, shift: [-0.15, -0.05, 0, 0, 0.05]),
        mark("oge-social", "Обществознание", .oge, mean: 3.6, share: 0.45),
        mark("oge-biology", "Биология", .oge, mean: 3.55, share: 0.3),
        mark("oge-geography", "География", .oge, mean: 3.7, share: 0.3),
        mark("oge-informatics", "Информатика и ИКТ", .oge, mean: 3.8, share: 0.25),
        mark("oge-physics", "Физика", .oge, mean: 3.6, share: 0.15),
        mark("oge-chemistry", "Химия", .oge, mean: 3.9, share: 0.12),
    ]

    /// Social studies, the elective every ЕГЭ school offers.
    static let egeSocial = 3
    /// The other ЕГЭ electives a school may offer, with how often schools offer each.
    static let egeElectives = Array(4...11)
    static let egeElectiveWeights: [Double] = [5, 3, 4, 3, 1.5, 2, 1, 2.5]
    /// ОГЭ electives, with how often schools choose each.
    static let ogeElectives = Array(14...19)
    static let ogeElectiveWeights: [Double] = [5, 3, 3, 2, 2, 1.5]

    /// The stored subjects, in id order.
    static var subjects: [Subject] { all.map(\.subject).sorted { $0.id < $1.id } }

    private static func ege(
        _ id: String, _ name: String, mean: Double, spread: Double, pupils: Double,
        share: Double, shift: [Double] = [0, 0, 0, 0, 0], hundreds: Double = 0.02, university: Double? = nil
    ) -> DemoSubject {
        DemoSubject(
            subject: Subject(id: Identifier(id), name: name, exam: .ege, scale: .score100,
                             minimumScore: ExamRules.schedule(for: Identifier(id))!.minimum(in: years.last!)!,
                             universityMinimum: university),
            mean: mean, schoolSpread: spread, pupilSpread: pupils, share: share, yearShift: shift,
            hundredsWeight: hundreds)
    }

    private static func mark(
        _ id: String, _ name: String, _ exam: ExamKind, mean: Double, share: Double,
        shift: [Double] = [0, 0, 0, 0, 0]
    ) -> DemoSubject {
        DemoSubject(
            subject: Subject(id: Identifier(id), name: name, exam: exam, scale: .mark5, minimumScore: 3),
            mean: mean, schoolSpread: 0.3, pupilSpread: 0.8, share: share, yearShift: shift, hundredsWeight: 0)
    }
}
