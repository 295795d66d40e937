/// One figure of an exam table's row: participants, the mean, the share below the minimum, the share
/// at 81–100, the count of 100s, or the share of an ОГЭ mark. Read from any `ExamAggregate`, so a
/// scope's figure and each school's come from the same numbers.
public enum ExamFigure: Hashable, Sendable {
    case participants
    case mean
    /// ЕГЭ: share under the year's minimum; on a mark scale, share of «2».
    case belowMinimum
    /// ЕГЭ: share scoring 81–100; on a mark scale, share of «5».
    case high
    case hundreds
    /// Share of one ОГЭ mark, 2…5.
    case mark(Int)

    /// The columns of an exam's table: ЕГЭ with its thresholds, ОГЭ with its four marks.
    public static func columns(of exam: ExamKind) -> [ExamFigure] {
        exam == .ege ? [.participants, .mean, .belowMinimum, .high, .hundreds]
            : [.participants, .mean, .mark(2), .mark(3), .mark(4), .mark(5)]
    }

    /// The figure for an aggregate graded on `scale`; nil where there is nothing to measure (nobody sat,
    /// or 100s of a mark scale).
    public func value(in aggregate: ExamAggregate, scale: GradingScale) -> Double? {
        guard aggregate.participants > 0 else { return nil }
        switch self {
        case .participants: return Double(aggregate.participants)
        case .mean: return aggregate.mean
        case .belowMinimum: return aggregate.belowMinimumShare
        case .high: return aggregate.highShare
        case .hundreds: return scale == .score100 ? Double(aggregate.hundreds) : nil
        case .mark(let mark):
            let marks = aggregate.marks
            guard scale == .mark5, marks.total > 0 else { return nil }
            let count = [marks.two, marks.three, marks.four, marks.five][min(max(mark - 2, 0), 3)]
            return Double(count) / Double(marks.total)
        }
    }

    /// Whether the figure is a share 0…1 (compared in percentage points).
    public var isShare: Bool {
        switch self {
        case .participants, .mean, .hundreds: false
        case .belowMinimum, .high, .mark: true
        }
    }

    /// Whether a rise is good (+1), bad (−1) or neither (0): more below the minimum is worse.
    public var direction: Int {
        switch self {
        case .mean, .high, .hundreds: 1
        case .belowMinimum: -1
        case .participants: 0
        case .mark(let mark): mark >= 4 ? 1 : mark == 2 ? -1 : 0
        }
    }
}
