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

extension ColorScaleLegendTests {
    @Test func colourAndASCIILegends() {
        let heat = [Style(background: .ansi(4)), Style(background: .ansi(6)), Style(background: .ansi(3)), Style(background: .ansi(1))]
        #expect(ColorScaleLegend(steps: heat, lowLabel: "низ", highLabel: "верх", hasColor: true).line(width: 17) == "низ   ░░▒▒▓▓ верх")
        #expect(ColorScaleLegend(steps: heat, glyphs: .ascii, hasColor: false).line(width: 8) == "..::##@@")
        var buffer = Buffer(width: 12, height: 1)
        ColorScaleLegend(steps: heat, lowLabel: "0", hasColor: true).render(into: &buffer, area: buffer.area)
        #expect(TestBackend.styleMask(buffer, marking: heat[3]) == ["........##.."], "each swatch has its step's style")
    }

    @Test func tinyAreasKeepTheSwatchesFirst() {
        #expect(ColorScaleLegend(steps: Array(repeating: .plain, count: 4), lowLabel: "низ", highLabel: "верх", hasColor: false).line(width: 3) == "░▒▓")
        #expect(ColorScaleLegend(steps: [], hasColor: false).line(width: 3) == "   ")
        #expect(ColorScaleLegend(steps: [.plain], hasColor: false).line(width: 0) == "")
    }
}
