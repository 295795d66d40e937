/// Splits the requested number of organisations over the areas of `DemoGeography.areas`.
enum DemoAllocation {
    /// The fewest organisations the demo can hold: every centre plus one more school per area.
    static var minimumTotal: Int { base.reduce(0, +) }

    /// Every area with schools first gets its centres and one school; the rest goes by each area's
    /// share, by largest remainder (ties to the earlier area), so the counts add up exactly.
    static func counts(total: Int) -> [Int] {
        let shares = DemoGeography.areas.map(\.schoolShare)
        let shareSum = shares.reduce(0, +)
        let rest = total - minimumTotal
        let quotas = shares.map { Double(rest) * $0 / shareSum }
        var counts = zip(base, quotas).map { $0 + Int($1.rounded(.down)) }
        let missing = total - counts.reduce(0, +)
        let byRemainder = quotas.indices.sorted {
            let left = quotas[$0] - quotas[$0].rounded(.down), right = quotas[$1] - quotas[$1].rounded(.down)
            return left != right ? left > right : $0 < $1
        }
        for index in byRemainder.prefix(missing) { counts[index] += 1 }
        return counts
    }

    private static var base: [Int] {
        DemoGeography.areas.indices.map { index in
            DemoGeography.areas[index].schoolShare > 0 ? 1 + DemoNetwork.centresInArea[index] : 0
        }
    }
}
