import KachestvoCore
import TerminalKit

/// One screen of the dashboard, as a module: its own state, the commands it handles, how it draws.
/// The shell keeps the state, dispatches to the current screen once, and draws the tab bar, the
/// status bar and the overlays (help, palette, search) around it. A screen sees the rest of the app
/// only through `ScreenContext`. See docs/GUIDE.md for adding one.
protocol Screen {
    /// Everything the screen remembers between frames: selections, scrolls, sorts — held by identity.
    associatedtype State: Sendable

    /// The screen-scoped commands it handles; help, the palette and the hints list these here.
    static var commands: Set<CommandID> { get }

    /// Runs one of `commands`; may set `context.message` and return effects.
    static func perform(_ command: CommandID, _ state: inout State, _ context: inout ScreenContext) -> [AppEffect]

    /// Draws the screen's body into `area`. Pure.
    static func render(_ state: State, _ context: ScreenContext, into buffer: inout Buffer, area: Rect)

    /// Shows an organisation found by search; false when the screen has no place for it (the
    /// default), and search shows it on the Network screen.
    static func reveal(_ organisation: Identifier<Organisation>, _ state: inout State, _ context: ScreenContext) -> Bool

    /// Re-resolves the state after the model, the year or the size changed.
    static func refresh(_ state: inout State, _ context: ScreenContext)

    /// What the screen's symbols, abbreviations and numbers mean, one text each, for the help.
    static var legend: [UIText] { get }
}

extension Screen {
    static var legend: [UIText] { [] }

    static func reveal(_ organisation: Identifier<Organisation>, _ state: inout State, _ context: ScreenContext) -> Bool {
        false
    }
}
