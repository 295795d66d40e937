/// The weighted risk score behind NEEDS_SUPPORT (OpenEMIS-style) of one organisation in one year:
/// each «500+» factor's level times its weight, plus low results times theirs, against the
/// threshold. The flag rule and the Support screen read the same parts.
public struct RiskBreakdown: Hashable, Sendable {
    /// One term of the score: a factor (nil for low results), its level 0…1 and its weight.
    public struct Part: Hashable, Sendable {
        public var factor: RiskFactor?
        public var level: Double
        public var weight: Double

        public var contribution: Double { weight * level }
    }

    /// One part per `RiskFactor.allCases`, in that order.
    public var factors: [Part]
    /// Low results: the standardised score's distance below the mean as a level 0…1.
    public var lowResults: Part
    /// The standardised score the low-results level comes from, nil without results.
    public var standardisedScore: Double?
    public var total: Double
    public var threshold: Double

    /// The score from a profile and a standardised score; `weights` in `RiskFactor.allCases` order.
    init(profile: RiskProfile?, score: Double?, weights: [Double], thresholds: FlagThresholds) {
        factors = zip(RiskFactor.allCases, weights).map { factor, weight in
            Part(factor: factor, level: profile?.level(factor) ?? 0, weight: weight)
        }
        lowResults = Part(factor: nil, level: score.map { min(1, max(0, -$0 / 2)) } ?? 0, weight: thresholds.lowResultWeight)
        standardisedScore = score
        total = factors.map(\.contribution).reduce(0, +) + lowResults.contribution
        threshold = thresholds.needsSupportScore
    }

    /// Whether the score reaches the threshold — the same sum as `init` makes, term by term in the
    /// same order, without building the parts or hashing each factor: the flag rule asks it of every
    /// organisation in every year, and builds the breakdown only for those it flags.
    static func exceedsThreshold(factors: [RiskFactor: Double], score: Double?, weights: [Double], thresholds: FlagThresholds) -> Bool {
        // The levels on the stack, not the heap: this runs for every school and year.
        var total = withUnsafeTemporaryAllocation(of: Double.self, capacity: weights.count) { levels in
            levels.initialize(repeating: 0)
            for (factor, level) in factors {
                if factor.position < levels.count { levels[factor.position] = level }
            }
            var total = 0.0
            for (weight, level) in zip(weights, levels) { total += weight * level }
            return total
        }
        total += thresholds.lowResultWeight * (score.map { min(1, max(0, -$0 / 2)) } ?? 0)
        return total >= thresholds.needsSupportScore
    }

    public var exceedsThreshold: Bool { total >= threshold }

    /// The parts that add to the score, the largest first.
    public var contributing: [Part] {
        (factors + [lowResults]).filter { $0.contribution > 0 }.sorted { $0.contribution > $1.contribution }
    }
}

extension RegionIndex {
    /// The risk score of an organisation in `year` (its latest profile up to then), nil when it has
    /// neither a profile nor a standardised score.
    public func riskBreakdown(organisation org: Int, year: Int) -> RiskBreakdown? {
        guard let slot = yearIndex[year] else { return nil }
        let profile = riskProfile(organisation: org, yearSlot: slot)
        let score = scores.score(organisation: org, yearSlot: slot)
        guard profile != nil || score != nil else { return nil }
        let thresholds = dataset.thresholds
        return RiskBreakdown(profile: profile, score: score, weights: RiskFactor.allCases.map { thresholds.weight(of: $0) },
                             thresholds: thresholds)
    }
}
