/// How much of a split one part asks for.
public enum Constraint: Hashable, Sendable {
    /// Exactly `n` cells (less only if the space runs out).
    case length(Int)
    /// `p` percent of the space being split, rounded down.
    case percentage(Int)
    /// At least `n` cells; grows like `fill(1)` when space is left over.
    case min(Int)
    /// A share of the space left after the fixed parts, proportional to the weight.
    case fill(Int)
}

/// The axis along which a rectangle is split: `.horizontal` lays parts side by side (columns),
/// `.vertical` stacks them (rows).
public enum Direction: Hashable, Sendable {
    case horizontal, vertical
}

/// A small constraint layout: splits a rectangle into parts along one axis.
///
/// Fixed sizes (`length`, `percentage`, and the minimum of `min`) are granted first, in order, while space
/// lasts — so when the space is too small the last parts shrink first. What remains goes to `fill` and
/// `min` parts by weight (`min` weighs 1); rounding gives the odd cells to the largest remainders, ties to
/// the earlier part. If no part is flexible the remaining space stays unused after the last part. Sizes are
/// never negative, and the parts never cover more than the rectangle.
public enum Layout {
    public static func split(
        _ rect: Rect, direction: Direction, constraints: [Constraint], spacing: Int = 0
    ) -> [Rect] {
        guard !constraints.isEmpty else { return [] }
        let extent = direction == .horizontal ? rect.width : rect.height
        let gaps = max(0, spacing) * (constraints.count - 1)
        let sizes = self.sizes(total: max(0, extent - gaps), constraints: constraints)
        var position = direction == .horizontal ? rect.x : rect.y
        let end = position + extent
        return sizes.map { size in
            let start = Swift.min(position, end)
            let length = Swift.max(0, Swift.min(size, end - start))
            position = start + length + max(0, spacing)
            switch direction {
            case .horizontal: return Rect(x: start, y: rect.y, width: length, height: rect.height)
            case .vertical: return Rect(x: rect.x, y: start, width: rect.width, height: length)
            }
        }
    }

    /// The length of each part when `total` cells are shared out (see the type's rules).
    public static func sizes(total: Int, constraints: [Constraint]) -> [Int] {
        let total = max(0, total)
        var remaining = total
        var sizes = constraints.map { constraint -> Int in
            let wanted: Int
            switch constraint {
            case .length(let n), .min(let n): wanted = max(0, n)
            case .percentage(let p): wanted = total * Swift.min(100, max(0, p)) / 100
            case .fill: wanted = 0
            }
            let granted = Swift.min(wanted, remaining)
            remaining -= granted
            return granted
        }
        let weights = constraints.map { constraint -> Int in
            switch constraint {
            case .fill(let weight): return max(0, weight)
            case .min: return 1
            case .length, .percentage: return 0
            }
        }
        let extra = distribute(remaining, weights: weights)
        for index in sizes.indices { sizes[index] += extra[index] }
        return sizes
    }

    /// Shares `amount` by weight with largest-remainder rounding; nothing is shared if all weights are 0.
    private static func distribute(_ amount: Int, weights: [Int]) -> [Int] {
        let totalWeight = weights.reduce(0, +)
        guard amount > 0, totalWeight > 0 else { return weights.map { _ in 0 } }
        var shares = weights.map { amount * $0 / totalWeight }
        let remainders = weights.map { amount * $0 % totalWeight }
        let leftover = amount - shares.reduce(0, +)
        let order = weights.indices
            .filter { weights[$0] > 0 }
            .sorted { remainders[$0] != remainders[$1] ? remainders[$0] > remainders[$1] : $0 < $1 }
        for index in order.prefix(leftover) { shares[index] += 1 }
        return shares
    }
}
