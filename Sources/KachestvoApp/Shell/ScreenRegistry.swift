import KachestvoCore
import TerminalKit

/// The state of every screen, one field per tab. Search keeps a copy to return to on Esc.
public struct ScreenStates: Sendable, Equatable {
    public var network = NetworkState()
    var overview = OverviewState()
    public var exams = ExamsState()
    var funding = FundingState()
    public var support = SupportState()
    public var council = CouncilState()
    var map = MapState()

    public init() {}
}

/// A screen bound to its field of `ScreenStates`, so the shell can call whichever is current.
struct ScreenModule {
    let commands: Set<CommandID>
    let legend: [UIText]
    let perform: (CommandID, inout AppState) -> [AppEffect]
    let render: (AppState, inout Buffer, Rect) -> Void
    let reveal: (Identifier<Organisation>, inout AppState) -> Bool
    let refresh: (inout AppState) -> Void

    init<S: Screen>(_ screen: S.Type, state path: WritableKeyPath<ScreenStates, S.State>) {
        commands = S.commands
        legend = S.legend
        perform = { command, app in S.perform(command, &app.screens[keyPath: path], &app.context) }
        render = { app, buffer, area in S.render(app.screens[keyPath: path], app.context, into: &buffer, area: area) }
        reveal = { id, app in S.reveal(id, &app.screens[keyPath: path], app.context) }
        refresh = { app in S.refresh(&app.screens[keyPath: path], app.context) }
    }
}

/// Which screen each tab shows: the one place a new screen is registered.
enum ScreenRegistry {
    static func module(for tab: Tab) -> ScreenModule {
        switch tab {
        case .overview: ScreenModule(OverviewScreen.self, state: \.overview)
        case .network: ScreenModule(NetworkScreen.self, state: \.network)
        case .exams: ScreenModule(ExamsScreen.self, state: \.exams)
        case .funding: ScreenModule(FundingScreen.self, state: \.funding)
        case .support: ScreenModule(SupportScreen.self, state: \.support)
        case .council: ScreenModule(CouncilScreen.self, state: \.council)
        case .map: ScreenModule(MapScreen.self, state: \.map)
        }
    }

    /// The commands available on `tab`: the global ones and the screen's own, in table order.
    static func availableCommands(on tab: Tab) -> [Command] {
        CommandTable.available(screenCommands: module(for: tab).commands)
    }
}
