import Bilingual
import KachestvoCore
import TerminalKit

/// The two lists the council asked for, side by side: FUNDED_NO_EFFECT (weakest first) and
/// EFFECTIVE_NO_FUNDING (strongest first), each entry with its reasons as numbers — coefficient,
/// percentile and, for a decline, the standardised score before and now. Each title states its rule
/// with the threshold in force; the one `+` `-` change is marked ▸, an unsaved one *.
enum FundingLists {
    static func render(_ state: FundingState, _ context: ScreenContext, into buffer: inout Buffer, layout: FundingLayout) {
        for pane in [FundingState.Pane.fundedList, .effectiveList] {
            let list = state.figures.list(pane), area = layout.block(of: pane)
            let count = NumberText.grouped(list.count, context.language)
            let room = area.width - context.textWidth.width(of: count) - 8
            let block = Block(title: title(of: pane, state, context, marked: true, width: room), rightTitle: count,
                              borderStyle: context.style(.border), focusedBorderStyle: context.style(.focusedBorder),
                              titleStyle: context.style(.title), isFocused: state.focus == pane)
            let inner = block.render(into: &buffer, area: area).inset(horizontal: 1, vertical: 0)
            guard !list.isEmpty else {
                let none = state.figures.points.isEmpty ? context.missingFigures(.fundingNoPoints) : context.missingFigures(.fundingListEmpty)
                buffer.write(none, x: inner.x, y: inner.y, maxWidth: inner.width, overflow: .ellipsis)
                continue
            }
            table(pane, list, state, context).render(into: &buffer, area: inner)
        }
    }

    /// The list's rule with its threshold, e.g. «Коэффициент без результата: процентиль < 50 %»,
    /// shortened to fit `width` columns; `marked` adds ▸ for the threshold `+` `-` change and * when
    /// it is not saved.
    static func title(of pane: FundingState.Pane, _ state: FundingState, _ context: ScreenContext,
                      marked: Bool = false, width: Int = .max) -> String {
        let threshold: FundingState.Threshold = pane == .effectiveList ? .effectiveNoFunding : .fundedNoEffect
        let value = state.thresholds(context)[keyPath: threshold.keyPath]
        let unsaved = marked && value != context.model.dataset.thresholds[keyPath: threshold.keyPath]
        let prefix = marked && state.adjusting == threshold ? "▸ " : ""
        let suffix = " \(NumberText.percent(value, context.language))" + (unsaved ? " *" : "")
        let full = prefix + context.text(threshold.title) + suffix
        return context.textWidth.width(of: full) <= width ? full : prefix + context.text(threshold.shortTitle) + suffix
    }

    private static func table(_ pane: FundingState.Pane, _ list: [Int], _ state: FundingState, _ context: ScreenContext) -> TableView {
        let figures = state.figures, thresholds = state.thresholds(context), language = context.language
        let organisations = context.model.dataset.organisations
        var columns = [
            TableColumn(context.text(.rowName), width: .fill(1)),
            TableColumn(context.text(.fundingColumnCoefficient), width: .length(5), alignment: .right),
            TableColumn(context.text(.fundingColumnPercentile), width: .length(5), alignment: .right),
        ]
        if pane == .fundedList { columns.append(TableColumn(context.text(.fundingColumnChange), width: .length(11), alignment: .right)) }
        let selectedRow = state.selectedPoint.flatMap { list.firstIndex(of: $0) }
        return TableView(
            columns: columns, rowCount: list.count,
            row: { row in
                let point = figures.points[list[row]]
                var cells = [Line(OrganisationShortName.of(organisations[point.organisation].name)), "", "", ""]
                for reason in point.finding(thresholds)?.reasons ?? [] {
                    switch reason {
                    case .raisedCoefficient(let value), .ordinaryCoefficient(let value):
                        cells[1] = Line(NumberText.fixed(value, digits: 2, language))
                    case .percentile(let value): cells[2] = Line(NumberText.percent(value, language))
                    case .scoreChange(let before, let now, _):
                        cells[3] = Line("\(NumberText.fixed(before, digits: 2, language))→\(NumberText.fixed(now, digits: 2, language))")
                    default: break
                    }
                }
                return Array(cells.prefix(columns.count))
            },
            selected: state.focus == pane ? selectedRow : nil, offset: state.listOffsets[pane] ?? 0,
            style: context.style(.text), headerStyle: context.style(.header), selectionStyle: context.style(.selection))
    }
}
