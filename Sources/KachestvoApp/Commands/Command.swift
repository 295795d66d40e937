import Bilingual
import TerminalKit

/// One entry of the command table: what it does, which keys invoke it, and how help, the palette
/// and the status bar describe it.
public struct Command: Sendable {
    /// Where a command applies; key lookup tries the current screen's commands, then the global ones.
    public enum Scope: Sendable, Hashable {
        case global
        case screen(Tab)
    }

    public let id: CommandID
    public let keys: [Key]
    public let name: BilingualText
    public let help: BilingualText
    public let scope: Scope
    /// Shown in the status bar's key hints when the scope is active.
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
}
