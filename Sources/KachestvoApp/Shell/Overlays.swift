import KachestvoCore
import KachestvoStore
import TerminalKit

/// The `?` overlay: every command of the table with its keys and help, the current screen's first.
enum HelpOverlay {
    static func lines(_ state: AppState, width: Int) -> [Line] {
        let commands = ScreenRegistry.availableCommands(on: state.tab)
        let keyWidth = commands.map { state.context.textWidth.width(of: KeyName.list($0.keys)) }.max() ?? 0
        func section(_ title: UIText, _ items: [Command]) -> [Line] {
            guard !items.isEmpty else { return [] }
            return [Line(state.text(title), style: state.style(.header))] + items.flatMap { command in
                HangingIndent.lines(
                    prefix: [Span(state.context.textWidth.padded(KeyName.list(command.keys), to: keyWidth + 2), style: state.style(.accent))],
                    body: [Span(command.name.text(state.language), style: state.style(.text).adding(.bold)),
                           Span(" — " + command.help.text(state.language), style: state.style(.muted))],
                    width: width, measure: state.context.textWidth)
            } + [""]
        }
        return section(.helpScreen, commands.filter { $0.scope != .global })
            + legend(state, width: width)
            + section(.helpGlobal, commands.filter { $0.scope == .global })
            + [Line(state.text(.helpClose), style: state.style(.muted))]
    }

    /// What the current screen's symbols mean, under its own heading.
    private static func legend(_ state: AppState, width: Int) -> [Line] {
        let legend = ScreenRegistry.module(for: state.tab).legend
        guard !legend.isEmpty else { return [] }
        return [Line(state.text(.helpSymbols), style: state.style(.header))] + legend.flatMap { text in
            HangingIndent.lines(prefix: [Span("· ", style: state.style(.muted))], body: [Span(state.text(text))],
                                width: width, measure: state.context.textWidth)
        } + [""]
    }

    /// The box's width and height in the screen body `area`.
    private static func size(in area: Rect) -> (width: Int, height: Int) { (min(area.width - 4, 100), area.height - 2) }

    /// The furthest the help can scroll: its last line at the bottom of the box.
    static func maximumScroll(_ state: AppState) -> Int {
        let (width, height) = size(in: state.context.layout.body)
        return max(0, lines(state, width: width - 4).count - max(1, height - 2))
    }

    static func render(_ state: AppState, scroll: Int, into buffer: inout Buffer, area: Rect) {
        let (width, height) = size(in: area)
        let first = min(scroll, maximumScroll(state))
        Dialog(title: state.text(.helpTitle), lines: Array(lines(state, width: width - 4).dropFirst(first)),
               width: width, height: height,
               style: state.style(.text), borderStyle: state.style(.focusedBorder), titleStyle: state.style(.title))
            .render(into: &buffer, area: area)
    }
}

/// The `:` overlay: a prompt and the commands whose names match what is typed.
enum PaletteOverlay {
    static func render(_ state: AppState, query: String, selected: Int, into buffer: inout Buffer, area: Rect) {
        let matches = PaletteInput.matches(query, state)
        let width = min(area.width - 4, 70)
        let height = min(area.height - 2, matches.count + 4)
        var lines: [Line] = [Line([Span(": ", style: state.style(.accent)), Span(query + "▏", style: state.style(.text).adding(.bold))]), ""]
        if matches.isEmpty { lines.append(Line(state.text(.paletteEmpty), style: state.style(.muted))) }
        let visible = max(1, height - 4)
        let first = ScrollState.offset(selected: selected, visible: visible, current: 0, count: matches.count)
        for (index, command) in matches.enumerated().dropFirst(first).prefix(visible) {
            let keys = KeyName.list(command.keys)
            let name = command.name.text(state.language)
            let pad = max(1, width - 4 - state.context.textWidth.width(of: name) - state.context.textWidth.width(of: keys))
            let style = index == selected ? state.style(.selection) : state.style(.text)
            lines.append(Line([Span(name + String(repeating: " ", count: pad), style: style),
                               Span(keys, style: index == selected ? style : state.style(.muted))]))
        }
        Dialog(title: state.text(.paletteTitle), lines: lines, width: width, height: height,
               style: state.style(.text), borderStyle: state.style(.focusedBorder), titleStyle: state.style(.title))
            .render(into: &buffer, area: Rect(x: area.x, y: area.y + 1, width: area.width, height: height))
    }
}

/// Shown when the data file turned out to be unreadable after its outline was on screen: what is
/// wrong and where, and that the program will close (the file itself is untouched).
enum FailureDialog {
    static func render(_ failure: StoreError, _ state: AppState, into buffer: inout Buffer, area: Rect) {
        let width = min(area.width - 4, 90)
        let lines = [Line(failure.message(state.language), style: state.style(.text)), "",
                     Line(state.text(.failureUntouched), style: state.style(.muted)),
                     Line(state.text(.failureClose), style: state.style(.accent))]
        let inner = width - 4
        let rows = Paragraph(lines, wrap: true).rowCount(width: inner, measure: buffer.textWidth)
        Dialog(title: state.text(.failureTitle), lines: lines, width: width, height: min(area.height, rows + 2),
               style: state.style(.text), borderStyle: state.style(.danger), titleStyle: state.style(.danger).adding(.bold))
            .render(into: &buffer, area: area)
    }
}
