import KachestvoCore
import TerminalKit

/// The bottom line: the demo badge, loading progress, the search prompt or the last message, and
/// key hints generated from the command table (only what works on this screen).
enum StatusBarView {
    static func render(_ state: AppState, into buffer: inout Buffer, area: Rect) {
        var left: [Span] = []
        if state.model.dataset.demo {
            left.append(Span(" \(state.text(.demoBadge)) ", style: state.style(.warning).adding([.bold, .reverse])))
            left.append(Span(" \(state.text(.demoNotice)) ", style: state.style(.statusBar)))
        }
        if let badge = saveBadge(state) { left.append(badge) }
        if let loading = state.context.loading {
            let spinner = spinnerFrames[state.spinnerFrame % spinnerFrames.count]
            // A reopened file shows every column figure from its snapshot's digest: only details are still coming.
            let label = state.model.isDigestOnly ? UIText.loadSchoolDetails : loading.label
            left.append(Span(" \(spinner) \(state.text(label))… ", style: state.style(.statusBar).adding(.bold)))
        }
        if state.search.isEditing {
            left.append(Span(" /\(state.search.query)▏", style: state.style(.statusBar).adding(.bold)))
            let count = state.search.matches.count
            let found = state.search.query.isEmpty ? ""
                : count == 0 ? state.text(.searchNoMatch) : "\((state.search.current ?? 0) + 1)/\(count)"
            left.append(Span(" \(found) ", style: state.style(.statusBar)))
        } else if let message = state.message {
            left.append(Span(" \(message) ", style: state.style(.statusBar).adding(.bold)))
        }
        let hints = state.search.isEditing ? [] : ScreenRegistry.availableCommands(on: state.tab).filter(\.isHint).map {
            KeyHint(key: KeyName.text($0.keys[0]), label: $0.name.text(state.language))
        }
        StatusBar(left: left, hints: hints, style: state.style(.statusBar),
                  keyStyle: state.style(.statusBar).adding([.bold, .reverse]), labelStyle: state.style(.statusBar))
            .render(into: &buffer, area: area)
    }

    /// How far this user's edits have got: saving, saved, conflict, not saved, or read-only.
    private static func saveBadge(_ state: AppState) -> Span? {
        let bar = state.style(.statusBar)
        if state.editing.readOnly != nil { return Span(" \(state.text(.statusReadOnly)) ", style: bar.adding(.reverse)) }
        switch state.editing.status {
        case .idle: return nil
        case .saving: return Span(" \(state.text(.statusSaving)) ", style: bar)
        case .saved: return Span(" \(state.text(.statusSaved)) ", style: bar)
        case .conflict: return Span(" \(state.text(.statusConflict)) ", style: state.style(.warning).adding([.bold, .reverse]))
        case .failed: return Span(" \(state.text(.statusFailed)) ", style: state.style(.danger).adding([.bold, .reverse]))
        }
    }

    /// A quarter-turning line: plain ASCII, so it reads in every font and on the Linux console.
    private static let spinnerFrames = ["|", "/", "-", "\\"]
}
