/// What the counts of a 0–100 result allow its scores to add up to. With `participants` pupils of
/// whom `below` scored under the minimum, `high` scored 81–100 and `hundreds` of those 100, whole
/// scores give a total between putting everyone at the bottom of their band and at its top: below
/// the minimum 0…minimum−1, 81–100 at least 81, the 100s exactly 100, the rest minimum…80.
public struct ScoreBounds: Sendable, Hashable {
    /// The lowest and highest total of the pupils' scores; nil when no scores fit the counts.
    public let totals: ClosedRange<Int>?
    public let participants: Int

    public init(participants: Int, below: Int, high: Int, hundreds: Int, minimum: Double) {
        self.participants = participants
        let pass = Int(minimum.rounded(.up))
        let rest = participants - below - high
        guard participants > 0, below >= 0, high >= 0, rest >= 0, (0...high).contains(hundreds),
              below == 0 || pass >= 1, rest == 0 || pass <= 80 else {
            totals = nil
            return
        }
        let lowest = rest * pass + (high - hundreds) * 81 + hundreds * 100
        let highest = below * (pass - 1) + rest * 80 + high * 100
        totals = lowest...highest
    }

    /// The mean closest to `mean` that whole scores within these bounds can give, exactly.
    public func nearestMean(to mean: Double) -> Double? {
        guard let totals else { return nil }
        let total = min(max(Int((mean * Double(participants)).rounded()), totals.lowerBound), totals.upperBound)
        return Double(total) / Double(participants)
    }

    /// Whether a mean written with `decimals` decimals can come from whole scores within these
    /// bounds: some total divided by the participants rounds to it.
    public func allows(mean: Double, decimals: Int) -> Bool {
        guard let totals, let reach = Self.totals(near: mean, decimals: decimals, participants: participants) else { return false }
        return reach.overlaps(totals)
    }

    /// The whole totals whose mean over `participants` rounds to `mean` written with `decimals`
    /// decimals; nil when there are none (66,5 from three pupils).
    public static func totals(near mean: Double, decimals: Int, participants: Int) -> ClosedRange<Int>? {
        var tolerance = 0.5
        for _ in 0..<decimals { tolerance /= 10 }
        tolerance += 1e-7
        let count = Double(participants)
        let lowest = Int(((mean - tolerance) * count).rounded(.up)), highest = Int(((mean + tolerance) * count).rounded(.down))
        return lowest <= highest ? lowest...highest : nil
    }

    /// How many decimals `mean` was written with (0…6): 66 → 0, 66.4 → 1, 66.47 → 2.
    public static func decimals(of mean: Double) -> Int {
        var scaled = mean
        for decimals in 0..<6 {
            if abs(scaled - scaled.rounded()) < 1e-6 { return decimals }
            scaled *= 10
        }
        return 6
    }
}
