/// One reason behind a flag, as the numbers the rule looked at; the app words it in either language
/// (`FlagReasonText`). Scores are standardised scores, shares and percentiles run 0…1. Encodable, so
/// that a report can carry the figures themselves.
public enum FlagReason: Hashable, Sendable, Encodable {
    /// The school's standardised score, with the threshold it was judged against (nil when the score
    /// is only one part of a larger judgement, as in the risk score).
    case standardisedScore(value: Double, threshold: Double?)
    /// A subject's mean far below the region's mean for that subject.
    case subjectBelowRegion(subject: Identifier<Subject>, mean: Double, regionMean: Double)
    /// `count` of `participants` below the minimum score: `share` against the `threshold` share.
    case belowMinimum(count: Int, participants: Int, share: Double, threshold: Double)
    /// One subject's participants below the minimum score.
    case subjectBelowMinimum(subject: Identifier<Subject>, count: Int, participants: Int)
    /// Low results in `years` (ascending), `years.count` of the last `window` years.
    case lowYears(years: [Int], window: Int)
    /// Standardised scores of every year of the window (oldest first), all above `threshold`.
    case highInAllYears(scores: [Double], threshold: Double)
    /// The standardised score went from `from` in `sinceYear` to `to` in the year judged.
    case scoreChange(from: Double, to: Double, sinceYear: Int)
    /// The project's raised funding coefficient.
    case raisedCoefficient(value: Double)
    /// An ordinary funding coefficient (1.00): no extra funding.
    case ordinaryCoefficient(value: Double)
    /// The share of the region's schools with weaker results.
    case percentile(value: Double)
    /// The weighted risk score against its threshold.
    case riskScore(value: Double, threshold: Double)
    /// A risk factor of the school's profile at `level`.
    case riskFactor(factor: RiskFactor, level: Double)
}
