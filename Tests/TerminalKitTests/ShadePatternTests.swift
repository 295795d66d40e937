import Testing
@testable import TerminalKit

@Suite struct ShadePatternTests {
    private func fills(_ pattern: ShadePattern) -> String { String((0..<pattern.steps).map(pattern.fill(step:))) }

    @Test func monoStepsGetDistinctShades() {
        #expect(fills(ShadePattern(steps: 4, hasColor: false)) == "░▒▓█")
        #expect(fills(ShadePattern(steps: 2, hasColor: false)) == "░█")
        #expect(fills(ShadePattern(steps: 5, hasColor: false)) == "·░▒▓█")
        #expect(fills(ShadePattern(steps: 4, glyphs: .ascii, hasColor: false)) == ".:#@")
        #expect(fills(ShadePattern(steps: 9, glyphs: .ascii, hasColor: false)) == ".:-=+*#%@")
    }

    /// With colour the shades are lighter, so that the heat colour behind them shows.
    @Test func colourStepsAreLighter() {
        #expect(fills(ShadePattern(steps: 4, hasColor: true)) == " ░▒▓")
        #expect(fills(ShadePattern(steps: 4, glyphs: .ascii, hasColor: true)) == " .:#")
    }

    @Test func stepsOutsideTheScaleAreClamped() {
        let pattern = ShadePattern(steps: 4, hasColor: false)
        #expect(pattern.fill(step: -3) == "░" && pattern.fill(step: 99) == "█")
        #expect(ShadePattern(steps: 0, hasColor: false).fill(step: 0) == "█")
        #expect(pattern.fitting(TextWidth(ambiguousWide: true)).fill(step: 3) == "@")
    }
}
