import CursesBackend
import KachestvoApp
import TerminalKit

/// Runs the dashboard in a real terminal: reads events from ncurses, feeds them to the pure
/// `Update`, performs the effects, and draws `AppView` (only the changed cells reach the terminal).
/// Everything happens on the main thread, as ncurses requires.
struct DashboardRuntime {
    let terminal: CursesTerminal
    var state: AppState
    let textWidth: TextWidth

    /// Loops until the user quits, a stop signal arrives, or the terminal goes away.
    mutating func run() {
        terminal.draw(AppView.render(state, textWidth: textWidth))
        while !state.shouldQuit {
            let event: AppEvent
            switch terminal.nextEvent() {
            case .key(.ctrl("l")):
                terminal.invalidate()
                terminal.draw(AppView.render(state, textWidth: textWidth))
                continue
            case .key(let key): event = .key(key)
            case .resize(let width, let height): event = .resize(width: width, height: height)
            case .terminate: event = .terminate
            case .hangup:
                // The terminal is gone: nothing can be drawn any more.
                _ = Update.apply(.terminate, to: &state)
                return
            }
            let effects = Update.apply(event, to: &state)
            if effects.contains(.quit) { break }
            terminal.draw(AppView.render(state, textWidth: textWidth))
        }
    }
}
