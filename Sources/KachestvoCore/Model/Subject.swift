/// Which state final attestation (ГИА) an exam belongs to.
public enum ExamKind: String, Codable, Sendable, CaseIterable, Hashable {
    /// ЕГЭ, grade 11.
    case ege
    /// ОГЭ, grade 9.
    case oge

    public var abbreviation: String { self == .ege ? "ЕГЭ" : "ОГЭ" }
}

/// How an exam is graded: a test score 0–100 (ЕГЭ) or a mark 2–5 (ОГЭ, base maths).
public enum GradingScale: String, Codable, Sendable, Hashable {
    case score100
    case mark5

    public var range: ClosedRange<Double> { self == .score100 ? 0...100 : 2...5 }
}

/// An exam subject with its minimum score (the threshold below which a result is a fail).
public struct Subject: Codable, Hashable, Sendable, Identifiable {
    public var id: Identifier<Subject>
    public var name: String
    public var exam: ExamKind
    public var scale: GradingScale
    /// ЕГЭ: the minimum test score; for a mark scale, the lowest passing mark (3).
    public var minimumScore: Double
    /// ЕГЭ Russian has a higher minimum for university admission (36); nil elsewhere.
    public var universityMinimum: Double?

    public init(
        id: Identifier<Subject>, name: String, exam: ExamKind, scale: GradingScale,
        minimumScore: Double, universityMinimum: Double? = nil
    ) {
        self.id = id
        self.name = name
        self.exam = exam
        self.scale = scale
        self.minimumScore = minimumScore
        self.universityMinimum = universityMinimum
    }
}

/// An academic year, named by the calendar year of its spring exams (2017 = 2016/2017).
public struct AcademicYear: Codable, Hashable, Sendable, Comparable {
    public var year: Int

    public init(year: Int) { self.year = year }

    /// `2016/2017`.
    public var label: String { "\(year - 1)/\(year)" }
    public var start: Day { Day(year: year - 1, month: 9, day: 1)! }
    public var end: Day { Day(year: year, month: 8, day: 31)! }

    public static func < (lhs: AcademicYear, rhs: AcademicYear) -> Bool { lhs.year < rhs.year }
}

extension Subject {
    /// The order subjects are listed in tables and reports: ЕГЭ before ОГЭ, then the most-taken
    /// first (Russian and maths lead), then by id.
    public static func listedBefore(_ lhs: (subject: Subject, participants: Int),
                                    _ rhs: (subject: Subject, participants: Int)) -> Bool {
        (lhs.subject.exam == .ege ? 0 : 1, -lhs.participants, lhs.subject.id)
            < (rhs.subject.exam == .ege ? 0 : 1, -rhs.participants, rhs.subject.id)
    }
}
