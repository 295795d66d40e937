/// Exam figures summed over any set of results (a school, a УМЦ's subtree, a municipality, the
/// region): means are weighted by participants.
public struct ExamAggregate: Hashable, Sendable {
    public var participants: Int = 0
    /// Σ mean × participants, so that means of groups combine exactly.
    public var weightedScore: Double = 0
    public var belowMinimum: Int = 0
    public var high: Int = 0
    public var hundreds: Int = 0
    public var marks: MarkCounts = .zero
    /// How many results (organisations) contributed.
    public var organisations: Int = 0

    public init() {}

    public init(_ result: ExamResult) {
        participants = result.participants
        weightedScore = result.mean * Double(result.participants)
        belowMinimum = result.belowMinimum
        high = result.high
        hundreds = result.hundreds
        marks = result.marks ?? .zero
        organisations = 1
    }

    public static let empty = ExamAggregate()

    public var isEmpty: Bool { participants == 0 }
    /// Participant-weighted mean, or nil when nobody sat the exam.
    public var mean: Double? { participants == 0 ? nil : weightedScore / Double(participants) }
    public var belowMinimumShare: Double? { participants == 0 ? nil : Double(belowMinimum) / Double(participants) }
    public var highShare: Double? { participants == 0 ? nil : Double(high) / Double(participants) }

    /// The value of an indicator, or nil when there is nothing to measure.
    public func value(of indicator: Indicator) -> Double? {
        switch indicator {
        case .mean: mean
        case .belowMinimumShare: belowMinimumShare
        case .highShare: highShare
        case .hundreds: participants == 0 ? nil : Double(hundreds)
        }
    }

    public mutating func add(_ other: ExamAggregate, sign: Int = 1) {
        participants += sign * other.participants
        weightedScore += Double(sign) * other.weightedScore
        belowMinimum += sign * other.belowMinimum
        high += sign * other.high
        hundreds += sign * other.hundreds
        marks = MarkCounts(two: marks.two + sign * other.marks.two, three: marks.three + sign * other.marks.three,
                           four: marks.four + sign * other.marks.four, five: marks.five + sign * other.marks.five)
        organisations += sign * other.organisations
    }
}
