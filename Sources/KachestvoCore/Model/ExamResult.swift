/// Counts of ОГЭ (or base-maths) marks 2, 3, 4, 5.
public struct MarkCounts: Codable, Hashable, Sendable {
    public var two: Int
    public var three: Int
    public var four: Int
    public var five: Int

    public init(two: Int, three: Int, four: Int, five: Int) {
        self.two = two
        self.three = three
        self.four = four
        self.five = five
    }

    public var total: Int { two + three + four + five }
    /// Mean mark, or nil when nobody sat the exam.
    public var mean: Double? { total == 0 ? nil : Double(2 * two + 3 * three + 4 * four + 5 * five) / Double(total) }

    public static func + (lhs: MarkCounts, rhs: MarkCounts) -> MarkCounts {
        MarkCounts(two: lhs.two + rhs.two, three: lhs.three + rhs.three,
                   four: lhs.four + rhs.four, five: lhs.five + rhs.five)
    }

    public static let zero = MarkCounts(two: 0, three: 0, four: 0, five: 0)
}

/// One organisation's results in one subject in one year.
///
/// For a 0–100 scale: `mean` is the mean test score, `belowMinimum` the number under the subject's
/// minimum, `high` the number scoring 81–100 and `hundreds` the number of 100s. For a mark scale:
/// `mean` is the mean mark, `belowMinimum` the number of «2», `high` the number of «5», `marks` the
/// full distribution, and `hundreds` is 0.
public struct ExamResult: Codable, Hashable, Sendable {
    public var organisationId: Identifier<Organisation>
    public var year: Int
    public var subjectId: Identifier<Subject>
    public var participants: Int
    public var mean: Double
    public var belowMinimum: Int
    public var high: Int
    public var hundreds: Int
    public var marks: MarkCounts?

    public init(
        organisationId: Identifier<Organisation>, year: Int, subjectId: Identifier<Subject>,
        participants: Int, mean: Double, belowMinimum: Int, high: Int, hundreds: Int, marks: MarkCounts? = nil
    ) {
        self.organisationId = organisationId
        self.year = year
        self.subjectId = subjectId
        self.participants = participants
        self.mean = mean
        self.belowMinimum = belowMinimum
        self.high = high
        self.hundreds = hundreds
        self.marks = marks
    }
}
