/// Where a school falls on the council's funding quadrant (coefficient against results), by the
/// rules of the two funding flags: the project's raised coefficient with weak results or with
/// strong ones, the ordinary 1.00 in the top results or below them — and the schools whose
/// coefficient comes from their type (lyceums, small rural schools), which neither rule judges.
public enum FundingQuadrant: CaseIterable, Sendable, Hashable {
    /// FUNDED_NO_EFFECT: raised, results below the line or declining.
    case raisedWeak
    /// Raised, with results at or above the line and no decline.
    case raisedStrong
    /// EFFECTIVE_NO_FUNDING: coefficient 1.00, results at or above the line.
    case effectiveOrdinary
    /// Coefficient 1.00, results below the line.
    case ordinaryWeaker
    /// A coefficient above or below 1.00 that is not the project's raise.
    case byType

    /// The flag whose members are exactly this group's, if any.
    public var flag: Flag? {
        switch self {
        case .raisedWeak: .fundedNoEffect
        case .effectiveOrdinary: .effectiveNoFunding
        case .raisedStrong, .ordinaryWeaker, .byType: nil
        }
    }
}

/// One organisation on the funding quadrant in one year: its funding, its results and, if its
/// standardised score fell, the DECLINE finding that also counts against a raised coefficient.
public struct FundingPoint: Hashable, Sendable {
    /// The organisation's position in the dataset.
    public var organisation: Int
    public var financing: Financing
    /// The standardised score (see `ResultScores`).
    public var score: Double
    /// The share of the year's scored schools with a lower score, 0…1.
    public var percentile: Double
    public var decline: FlagFinding?

    public init(organisation: Int, financing: Financing, score: Double, percentile: Double, decline: FlagFinding?) {
        self.organisation = organisation
        self.financing = financing
        self.score = score
        self.percentile = percentile
        self.decline = decline
    }

    /// The FUNDED_NO_EFFECT or EFFECTIVE_NO_FUNDING finding under `thresholds`, if either fires.
    public func finding(_ thresholds: FlagThresholds) -> FlagFinding? {
        FundingRule.fundedNoEffect(financing, percentile: percentile, decline: decline,
                                   threshold: thresholds.fundedNoEffectPercentile)
            ?? FundingRule.effectiveNoFunding(financing, percentile: percentile,
                                              threshold: thresholds.effectiveNoFundingPercentile)
    }

    public func quadrant(_ thresholds: FlagThresholds) -> FundingQuadrant {
        if financing.raised {
            return finding(thresholds)?.flag == .fundedNoEffect ? .raisedWeak : .raisedStrong
        }
        guard FundingRule.isOrdinary(financing.coefficient) else { return .byType }
        return percentile >= thresholds.effectiveNoFundingPercentile ? .effectiveOrdinary : .ordinaryWeaker
    }
}

extension RegionIndex {
    /// The organisations with both a funding record and a scored result in `year`, in dataset order.
    public func fundingPoints(year: Int) -> [FundingPoint] {
        guard let slot = yearIndex[year] else { return [] }
        return dataset.organisations.indices.compactMap { org in
            guard let financingIndex = records.financing(of: org, yearSlot: slot),
                  let score = scores.score(organisation: org, yearSlot: slot),
                  let percentile = scores.percentile(organisation: org, yearSlot: slot) else { return nil }
            let decline = flags(organisation: org, year: year).first { $0.flag == .decline }
            return FundingPoint(organisation: org, financing: dataset.financing[financingIndex], score: score,
                                percentile: percentile, decline: decline)
        }
    }
}
