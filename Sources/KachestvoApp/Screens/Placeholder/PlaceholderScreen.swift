import KachestvoCore
import TerminalKit

/// The body of a tab whose screen a later version brings: its title and a pointer to the Network
/// screen. It handles no commands of its own; search from it opens the Network screen.
enum PlaceholderScreen: Screen {
    /// Which tab the placeholder stands in for.
    struct State: Sendable, Equatable {
        let tab: Tab
    }

    static let commands: Set<CommandID> = []

    static func perform(_ command: CommandID, _ state: inout State, _ context: inout ScreenContext) -> [AppEffect] { [] }

    static func render(_ state: State, _ context: ScreenContext, into buffer: inout Buffer, area: Rect) {
        let block = Block(title: context.text(state.tab.title), borderStyle: context.style(.border),
                          titleStyle: context.style(.title))
        let inner = block.render(into: &buffer, area: area).inset(horizontal: 2, vertical: 1)
        Paragraph([Line(context.text(.placeholderTitle), style: context.style(.title)), "",
                   Line(context.text(.placeholderBody), style: context.style(.muted))],
                  style: context.style(.text), wrap: true).render(into: &buffer, area: inner)
    }

    static func refresh(_ state: inout State, _ context: ScreenContext) {}
}
