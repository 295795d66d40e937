import TerminalKit

/// How a key is written in help, hints and the palette: `q`, `F1`, `Esc`, `↑`, `PgDn`, `^R`.
enum KeyName {
    static func text(_ key: Key) -> String {
        switch key {
        case .character(" "): "Space"
        case .character(let character): String(character)
        case .ctrl(let character): "^" + String(character).uppercased()
        case .alt(let character): "M-" + String(character)
        case .enter: "Enter"
        case .escape: "Esc"
        case .backspace: "BkSp"
        case .tab: "Tab"
        case .backTab: "S-Tab"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .insert: "Ins"
        case .delete: "Del"
        case .function(let number): "F\(number)"
        case .resize: ""
        }
    }

    /// All keys of a command, e.g. `q/F10`.
    static func list(_ keys: [Key]) -> String { keys.map(text).joined(separator: "/") }
}
