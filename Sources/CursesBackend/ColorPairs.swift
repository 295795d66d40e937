import CNCursesW

/// Hands out ncurses colour pairs for (foreground, background) numbers, caching them. When the
/// terminal's pairs run out the cache starts over and `generation` grows, so the caller can repaint.
struct ColorPairs {
    private struct Key: Hashable {
        var foreground: Int32
        var background: Int32
    }

    private var pairs: [Key: Int32] = [:]
    private var nextPair: Int32 = 1
    private let limit: Int32
    /// Grows each time the cache is thrown away because the pairs ran out.
    private(set) var generation = 0

    /// - Parameter limit: ncurses' `COLOR_PAIRS` (pair numbers go up to `limit - 1`).
    init(limit: Int32) {
        self.limit = limit
    }

    /// The pair for these colours; 0 (the default pair) for the terminal's own colours or no colour.
    mutating func pair(foreground: Int32, background: Int32) -> Int32 {
        if foreground == -1 && background == -1 { return 0 }
        let key = Key(foreground: foreground, background: background)
        if let pair = pairs[key] { return pair }
        guard limit > 1 else { return 0 }
        if nextPair >= limit {
            pairs.removeAll(keepingCapacity: true)
            nextPair = 1
            generation += 1
        }
        let pair = nextPair
        guard init_extended_pair(pair, foreground, background) == OK else { return 0 }
        nextPair += 1
        pairs[key] = pair
        return pair
    }
}
