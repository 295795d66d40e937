/// A minimum score and the year it was first set.
public struct YearlyMinimum: Sendable, Hashable {
    public var from: Int
    public var score: Double

    public init(from: Int, score: Double) {
        self.from = from
        self.score = score
    }
}

/// How one subject's exam is held over the years: its grading, the first year it was held, and its
/// minimum score year by year (they change: social studies 39 → 42 in 2015).
public struct ExamSchedule: Sendable, Hashable {
    public var exam: ExamKind
    public var scale: GradingScale
    /// The first year the exam was held; nil when it is older than any year a dataset may hold.
    public var firstYear: Int?
    /// ЕГЭ minimum test scores, oldest first, each valid until the next; empty for a mark scale.
    public var minimums: [YearlyMinimum]

    public init(exam: ExamKind, scale: GradingScale, firstYear: Int? = nil, minimums: [YearlyMinimum] = []) {
        self.exam = exam
        self.scale = scale
        self.firstYear = firstYear
        self.minimums = minimums
    }

    public func isHeld(in year: Int) -> Bool { firstYear.map { year >= $0 } ?? true }

    /// The minimum in `year`: 3 on a mark scale (the lowest passing mark), else the test score set
    /// for that year; nil for a year before the table starts.
    public func minimum(in year: Int) -> Double? {
        guard scale == .score100 else { return 3 }
        return minimums.last { $0.from <= year }?.score
    }
}

/// The real rules of the ГИА for the standard subject ids (those of the demo region and of the
/// ministry's forms): when each exam was held and its minimum score per year. The generator makes
/// its results by them and `validate` checks every dataset against them; a subject id not in the
/// table is checked against its own `Subject` record alone.
///
/// ЕГЭ minimums are the test scores confirming the programme was mastered, as set by Rosobrnadzor
/// from 2014 on; until 2014 maths was one exam, listed here as profile maths (minimum 20), and base
/// maths (marked 2–5) is held from 2015. ОГЭ (and the ГИА-9 before it) is marked 2–5.
public enum ExamRules {
    /// The first year of the ЕГЭ across the whole country.
    public static let firstNationalEGE = 2009
    /// The year maths split into a base level (marks) and a profile level (test scores).
    public static let mathsSplit = 2015

    public static func schedule(for subject: Identifier<Subject>) -> ExamSchedule? { table[subject] }

    private static let table: [Identifier<Subject>: ExamSchedule] = [
        "ege-rus": ege(24),
        "ege-math-profile": ege([YearlyMinimum(from: 2014, score: 20), YearlyMinimum(from: mathsSplit, score: 27)]),
        "ege-math-base": ExamSchedule(exam: .ege, scale: .mark5, firstYear: mathsSplit),
        "ege-social": ege([YearlyMinimum(from: 2014, score: 39), YearlyMinimum(from: 2015, score: 42)]),
        "ege-physics": ege(36),
        "ege-chemistry": ege(36),
        "ege-biology": ege(36),
        "ege-history": ege(32),
        "ege-literature": ege(32),
        "ege-informatics": ege(40),
        "ege-geography": ege(37),
        "ege-english": ege([YearlyMinimum(from: 2014, score: 20), YearlyMinimum(from: 2015, score: 22)]),
        "oge-rus": oge, "oge-math": oge, "oge-social": oge, "oge-biology": oge,
        "oge-geography": oge, "oge-informatics": oge, "oge-physics": oge, "oge-chemistry": oge,
    ]

    private static let oge = ExamSchedule(exam: .oge, scale: .mark5)

    private static func ege(_ minimum: Double) -> ExamSchedule { ege([YearlyMinimum(from: 2014, score: minimum)]) }

    private static func ege(_ minimums: [YearlyMinimum]) -> ExamSchedule {
        ExamSchedule(exam: .ege, scale: .score100, firstYear: firstNationalEGE, minimums: minimums)
    }
}
