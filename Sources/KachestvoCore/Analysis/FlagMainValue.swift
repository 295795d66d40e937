extension FlagFinding {
    /// The one number of the reasons that says how strongly the flag holds, for a list of the
    /// organisations carrying it: the standardised score (low result, stable high — the latest
    /// year's), the share below the minimum (0…1), the number of low years, the change of the score
    /// (decline, jump), the percentile (0…1) for the funding flags, the risk score. Nil when the
    /// reasons lack it.
    public var mainValue: Double? {
        for reason in reasons {
            switch (flag, reason) {
            case (.lowResult, .standardisedScore(let value, _)): return value
            case (.failsMinimum, .belowMinimum(_, _, let share, _)): return share
            case (.persistentLow, .lowYears(let years, _)): return Double(years.count)
            case (.stableHigh, .highInAllYears(let scores, _)): return scores.last
            case (.decline, .scoreChange(let from, let to, _)), (.suspiciousJump, .scoreChange(let from, let to, _)):
                return to - from
            case (.fundedNoEffect, .percentile(let value)), (.effectiveNoFunding, .percentile(let value)): return value
            case (.needsSupport, .riskScore(let value, _)): return value
            default: continue
            }
        }
        return nil
    }
}
