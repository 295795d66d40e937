/// Steps a cursor between the points of a scatter plot: an arrow moves to the nearest point in its
/// direction. Pure geometry on positions in screen proportions (x to the right, y up).
enum PlotCursor {
    /// The four arrows.
    enum Direction: Sendable {
        case left, right, up, down
    }

    /// A point's position, scaled so that equal distances look equal on screen.
    struct Position: Hashable, Sendable {
        var x: Double
        var y: Double
    }

    /// The point an arrow from `current` reaches, or nil at an edge (none lies that way). Points
    /// within 45° of the arrow come first, nearest by distance; failing those, any point ahead,
    /// by its distance ahead plus twice its distance aside. Ties go to the earlier point.
    static func nearest(from current: Int, toward direction: Direction, among positions: [Position]) -> Int? {
        guard positions.indices.contains(current) else { return nil }
        let origin = positions[current]
        var best: (index: Int, inCone: Bool, score: Double)?
        for (index, position) in positions.enumerated() where index != current {
            let (ahead, aside) = offsets(from: origin, to: position, toward: direction)
            guard ahead > 1e-12 else { continue }
            let inCone = aside <= ahead
            let score = inCone ? ahead * ahead + aside * aside : ahead + 2 * aside
            if let current = best, current.inCone && !inCone || current.inCone == inCone && current.score <= score { continue }
            best = (index, inCone, score)
        }
        return best?.index
    }

    /// How far `position` lies ahead of `origin` in `direction`, and how far to the side.
    private static func offsets(from origin: Position, to position: Position, toward direction: Direction) -> (ahead: Double, aside: Double) {
        let dx = position.x - origin.x, dy = position.y - origin.y
        switch direction {
        case .right: return (dx, abs(dy))
        case .left: return (-dx, abs(dy))
        case .up: return (dy, abs(dx))
        case .down: return (-dy, abs(dx))
        }
    }
}
