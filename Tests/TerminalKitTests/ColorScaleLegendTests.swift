import Testing
@testable import TerminalKit

@Suite struct ColorScaleLegendTests {
    @Test func monoLegendShowsTheShadingOfEachStep() {
        var buffer = Buffer(width: 30, height: 1)
        ColorScaleLegend(steps: Array(repeating: .plain, count: 4), lowLabel: "низ", highLabel: "верх", hasColor: false)
            .render(into: &buffer, area: buffer.area)
        #expect(buffer.lines == ["низ ░░▒▒▓▓██ верх             "])
    }
}
