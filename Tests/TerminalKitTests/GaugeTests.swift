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

extension GaugeTests {
    @Test func valuesAreClampedAndTheValueTextMayBeGiven() {
        #expect(Gauge(fraction: 1.5).line(width: 10) == "█████ 100%")
        #expect(Gauge(fraction: -1).line(width: 8) == "░░░░░ 0%")
        #expect(Gauge(fraction: .nan).line(width: 6) == "░░░░░░")
        #expect(Gauge(fraction: 0.5, valueText: "3 из 6").line(width: 12) == "██▌░░ 3 из 6")
    }

    @Test func tinyAreasNeverBreak() {
        #expect(Gauge(fraction: 0.5, label: "Доля").line(width: 0) == "")
        #expect(Gauge(fraction: 0.5, label: "Доля").line(width: 3).count == 3)
    }
}
