/// Heat steps as fill characters, so that steps of a colour scale differ without colour too (a map's
/// tiles, a legend's swatches). Without colour the steps go ░▒▓█ (five or more steps add `·`; ASCII
/// `.:#@`, more steps from `.:-=+*#%@`); with colour a lighter run of the same (a blank, then ░▒…) lets
/// the heat colour show through. Steps are spread evenly over the characters; more steps than
/// characters share some.
public struct ShadePattern: Hashable, Sendable {
    public var steps: Int
    public var glyphs: ChartGlyphs
    public var hasColor: Bool

    public init(steps: Int, glyphs: ChartGlyphs = .braille, hasColor: Bool) {
        self.steps = max(1, steps)
        self.glyphs = glyphs
        self.hasColor = hasColor
    }

    /// The characters from the lowest step to the highest, as drawn without colour.
    private var ramp: [Character] {
        switch (glyphs, steps <= 4) {
        case (.ascii, true): Array(".:#@")
        case (.ascii, false): Array(".:-=+*#%@")
        case (_, true): Array("░▒▓█")
        case (_, false): Array("·░▒▓█")
        }
    }

    /// The fill of step `step` (0 the lowest, clamped to 0…steps−1).
    public func fill(step: Int) -> Character {
        let ramp = hasColor ? [" "] + ramp.dropLast() : ramp
        let step = min(steps - 1, max(0, step))
        guard steps > 1 else { return ramp[ramp.count - 1] }
        return ramp[(step * (ramp.count - 1) + (steps - 1) / 2) / (steps - 1)]
    }

    /// The same pattern as it can be drawn with `textWidth` (ASCII where blocks are wide).
    public func fitting(_ textWidth: TextWidth) -> ShadePattern {
        ShadePattern(steps: steps, glyphs: glyphs.fitting(textWidth), hasColor: hasColor)
    }
}
