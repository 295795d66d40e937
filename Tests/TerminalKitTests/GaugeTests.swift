import Testing
@testable import TerminalKit

@Suite struct GaugeTests {
    @Test func gaugeFillsToTheFractionOverATrack() {
        var buffer = Buffer(width: 20, height: 1)
        Gauge(fraction: 0.62, label: "План").render(into: &buffer, area: buffer.area)
        #expect(buffer.lines == ["План ██████▉░░░░ 62%"])
        Gauge(fraction: 0.62, label: "План", glyphs: .ascii).render(into: &buffer, area: buffer.area)
        #expect(buffer.lines == ["План #######.... 62%"])
    }
}
