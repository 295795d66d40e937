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
    private func line(_ gauge: Gauge, width: Int) -> String {
        var buffer = Buffer(width: width, height: 1)
        gauge.render(into: &buffer, area: buffer.area)
        return buffer.rowText(0)
    }

    @Test func valuesAreClampedAndTheValueTextMayBeGiven() {
        #expect(line(Gauge(fraction: 1.5), width: 10) == "█████ 100%")
        #expect(line(Gauge(fraction: -1), width: 8) == "░░░░░ 0%")
        #expect(line(Gauge(fraction: .nan), width: 6) == "░░░░░░")
        #expect(line(Gauge(fraction: 0.5, valueText: "3 из 6"), width: 12) == "██▌░░ 3 из 6")
    }

    @Test func tinyAreasNeverBreak() {
        #expect(line(Gauge(fraction: 0.5, label: "Доля"), width: 0) == "")
        #expect(line(Gauge(fraction: 0.5, label: "Доля"), width: 3).count == 3)
    }
}
