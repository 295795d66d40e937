import KachestvoCore
import TerminalKit

/// A case's plan progress as a gauge line, steps done of all — `███░░ 2/5` — for a list cell or
/// the detail pane, drawn with the app's chart glyphs.
enum PlanGauge {
    static func line(_ supportCase: SupportCase, width: Int, _ context: ScreenContext) -> Line {
        let count = supportCase.plan.count, done = supportCase.stepsDone
        var buffer = Buffer(width: max(0, width), height: 1, textWidth: context.textWidth)
        Gauge(fraction: count == 0 ? .nan : Double(done) / Double(count), valueText: "\(done)/\(count)",
              glyphs: context.chartGlyphs, style: context.style(.text), barStyle: context.style(.accent))
            .render(into: &buffer, area: buffer.area)
        return buffer.line(0)
    }
}
