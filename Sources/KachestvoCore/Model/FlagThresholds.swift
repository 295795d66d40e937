/// Every threshold the flag rules use. Stored in the data file so a region can tune them; the defaults
/// are the ones the council started with.
public struct FlagThresholds: Codable, Hashable, Sendable {
    /// LOW_RESULT: a school's standardised score (mean over its ЕГЭ subjects of
    /// (school mean − region mean) / region spread) below this.
    public var lowResultZ: Double = -1.0
    /// FAILS_MINIMUM: share of ЕГЭ/ОГЭ participants below the minimum at or above this.
    public var failsMinimumShare: Double = 0.15
    /// PERSISTENT_LOW: LOW_RESULT in at least this many of the last `persistentWindow` years.
    public var persistentLowYears: Int = 2
    public var persistentWindow: Int = 3
    /// STABLE_HIGH: standardised score above this in every one of the last `persistentWindow` years.
    public var stableHighZ: Double = 0.75
    /// DECLINE: standardised score fell by at least this much over the last `declineYears` years.
    public var declineZ: Double = 0.6
    public var declineYears: Int = 2
    /// SUSPICIOUS_JUMP: standardised score rose by at least this much in one year.
    public var suspiciousJumpZ: Double = 1.5
    /// FUNDED_NO_EFFECT: a raised coefficient and a result percentile below this (or DECLINE).
    public var fundedNoEffectPercentile: Double = 0.5
    /// EFFECTIVE_NO_FUNDING: coefficient exactly 1.00 and a result percentile at or above this.
    public var effectiveNoFundingPercentile: Double = 0.75
    /// NEEDS_SUPPORT: weighted risk score (0…1) at or above this.
    public var needsSupportScore: Double = 0.45
    /// Weights of the risk score, by factor; results count through `lowResultWeight`.
    public var riskWeights: [String: Double] = [
        "lowEquipment": 0.10, "teacherShortage": 0.15, "failureRisk": 0.20,
        "lowMotivation": 0.10, "lowParentalInvolvement": 0.05, "specialNeeds": 0.05,
    ]
    /// Weight of low results (share of the region's spread below the mean) in the risk score.
    public var lowResultWeight: Double = 0.35
    /// Results with fewer participants than this are too small to judge a school by.
    public var minimumParticipants: Int = 5

    public init() {}

    public func weight(of factor: RiskFactor) -> Double { riskWeights[factor.rawValue] ?? 0 }
}
