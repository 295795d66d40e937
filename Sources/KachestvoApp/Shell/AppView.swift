import KachestvoCore
import TerminalKit

/// Draws the whole frame from the state (immediate mode): tab bar, the current screen, the status
/// bar, and any overlay on top. Pure: the same state always gives the same buffer.
public enum AppView {
    public static func render(_ state: AppState) -> Buffer {
        var buffer = Buffer(width: state.width, height: state.height, filling: Cell(style: state.style(.background)),
                            textWidth: state.context.textWidth)
        guard !state.isTooSmall else {
            TooSmallView.render(state, into: &buffer)
            return buffer
        }
        let layout = ScreenLayout(width: state.width, height: state.height)
        Tabs(Tab.allCases.map { state.text($0.title) }, selected: state.tab.rawValue - 1,
             style: state.style(.statusBar), selectedStyle: state.style(.selection).adding(.bold))
            .render(into: &buffer, area: layout.tabBar)
        ScreenRegistry.module(for: state.tab).render(state, &buffer, layout.body)
        StatusBarView.render(state, into: &buffer, area: layout.statusBar)
        switch state.overlay {
        case .help(let scroll)?: HelpOverlay.render(state, scroll: scroll, into: &buffer, area: layout.body)
        case .palette(let query, let selected)?:
            PaletteOverlay.render(state, query: query, selected: selected, into: &buffer, area: layout.body)
        case .drill(let list)?: DrillListOverlay.render(list, state, into: &buffer, area: layout.body)
        case .recordForm(let editor)?: EntryView.render(editor, state, into: &buffer)
        case .resultsGrid(let editor)?: EntryView.render(editor, state, into: &buffer)
        case .caseForm(let editor)?: EntryView.render(editor, state, into: &buffer)
        case .decisionForm(let editor)?: EntryView.render(editor, state, into: &buffer)
        case .deleteQuestion(let question)?: EntryView.question(question.prompt, state, into: &buffer)
        case .conflict(let question)?: EntryView.question(question.prompt, state, into: &buffer)
        case nil: break
        }
        if let failure = state.failure { FailureDialog.render(failure, state, into: &buffer, area: layout.body) }
        return buffer
    }
}

/// Shown instead of the dashboard while the terminal is smaller than 80×24.
enum TooSmallView {
    static func render(_ state: AppState, into buffer: inout Buffer) {
        let lines = [
            state.text(.tooSmall),
            "\(state.width)×\(state.height), \(state.text(.tooSmallNeed)) \(AppState.minimumWidth)×\(AppState.minimumHeight)",
        ]
        let top = max(0, state.height / 2 - 1)
        for (offset, line) in lines.enumerated() {
            let width = buffer.textWidth.width(of: line)
            buffer.write(line, x: max(0, (state.width - width) / 2), y: top + offset,
                         style: offset == 0 ? state.style(.warning).adding(.bold) : state.style(.text),
                         overflow: .ellipsis)
        }
    }
}
