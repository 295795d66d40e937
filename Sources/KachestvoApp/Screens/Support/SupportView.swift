import KachestvoCore
import TerminalKit

/// The Support screen: the filter bar, the cases and the candidates on the left, the detail pane of
/// the selection on the right.
enum SupportView {
    static func render(_ state: SupportState, _ context: ScreenContext, into buffer: inout Buffer, area: Rect) {
        let layout = SupportLayout(body: area)
        SupportFilterBar.render(state, context, into: &buffer, area: layout.filterBar)
        SupportListsView.renderCases(state, context, into: &buffer, area: layout.cases)
        SupportListsView.renderCandidates(state, context, into: &buffer, area: layout.candidates)
        let block = Block(title: context.text(.detailTitle), borderStyle: context.style(.border),
                          focusedBorderStyle: context.style(.focusedBorder), titleStyle: context.style(.title),
                          isFocused: state.focus == .detail)
        let inner = block.render(into: &buffer, area: layout.detail).inset(horizontal: 1, vertical: 0)
        Paragraph(SupportDetailLines.lines(state, context, width: inner.width), style: context.style(.text), wrap: true,
                  scroll: state.detailScroll)
            .render(into: &buffer, area: inner)
    }
}
