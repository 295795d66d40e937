import Bilingual
import TerminalKit

/// One entry of the command table: what it does, which keys invoke it, and how help, the palette
/// and the status bar describe it.
public struct Command: Sendable {
    /// Where a command applies: everywhere, or only on the screens that list it among their commands.
    public enum Scope: Sendable, Hashable {
        case global
        case screen
    }

    public let id: CommandID
    public let keys: [Key]
    public let name: BilingualText
    public let help: BilingualText
    public let scope: Scope
    /// Shown in the status bar's key hints where the command is available.
    public let isHint: Bool

    public init(_ id: CommandID, keys: [Key], name: BilingualText, help: BilingualText,
                scope: Scope = .global, hint: Bool = false) {
        self.id = id
        self.keys = keys
        self.name = name
        self.help = help
        self.scope = scope
        self.isHint = hint
    }

    /// The same command bound to `keys` alone (those no earlier command of a screen takes).
    func keeping(_ keys: [Key]) -> Command {
        Command(id, keys: keys, name: name, help: help, scope: scope, hint: isHint)
    }
}
