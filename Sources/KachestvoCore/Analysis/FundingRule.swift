/// The two funding flags of DESIGN.md §1 as pure rules over one organisation's figures, so that the
/// flag engine and a screen trying other thresholds judge every school alike.
public enum FundingRule {
    /// FUNDED_NO_EFFECT: the project's raised coefficient, and results with a percentile below
    /// `threshold` or a decline (`decline`, the DECLINE finding of the same year, if any).
    public static func fundedNoEffect(_ financing: Financing, percentile: Double?, decline: FlagFinding?,
                                      threshold: Double) -> FlagFinding? {
        guard financing.raised, let percentile, percentile < threshold || decline != nil else { return nil }
        return FlagFinding(flag: .fundedNoEffect, reasons: [
            .raisedCoefficient(value: financing.coefficient), .percentile(value: percentile),
        ] + (decline?.reasons ?? []))
    }

    /// EFFECTIVE_NO_FUNDING: the ordinary coefficient 1.00 and a percentile at or above `threshold`.
    public static func effectiveNoFunding(_ financing: Financing, percentile: Double?, threshold: Double) -> FlagFinding? {
        guard isOrdinary(financing.coefficient), let percentile, percentile >= threshold else { return nil }
        return FlagFinding(flag: .effectiveNoFunding, reasons: [
            .ordinaryCoefficient(value: financing.coefficient), .percentile(value: percentile),
        ])
    }

    /// Whether a coefficient is the ordinary 1.00 (as stored to hundredths).
    public static func isOrdinary(_ coefficient: Double) -> Bool { abs(coefficient - 1) < 0.005 }
}
