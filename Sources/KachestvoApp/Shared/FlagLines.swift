import KachestvoCore
import TerminalKit

/// Flags as detail-pane lines: ★ (good news) or ⚑, the flag's name and, where there is room, its
/// code; each reason worded under it with a hanging indent.
enum FlagLines {
    static func lines(_ findings: [FlagFinding], _ context: ScreenContext, width: Int, codes: Bool = true) -> [Line] {
        var lines: [Line] = []
        for finding in findings {
            let style = finding.flag.isPositive ? context.style(.success) : context.style(.danger)
            lines.append(Line([Span(finding.flag.isPositive ? "★ " : "⚑ ", style: style),
                               Span(finding.flag.title.text(context.language), style: style.adding(.bold)),
                               Span(codes ? " \(finding.flag.rawValue)" : "", style: context.style(.muted))]))
            for reason in finding.reasons {
                lines += HangingIndent.lines(prefix: [Span("  · ", style: context.style(.muted))],
                                             body: [Span(FlagReasonText.text(reason, context.language, index: context.model.index))],
                                             width: width, measure: context.textWidth)
            }
        }
        return lines
    }
}
