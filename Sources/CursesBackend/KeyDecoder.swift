import CNCursesW
import TerminalKit

/// One value from `wget_wch`: a character code (`OK`) or a special-key code (`KEY_CODE_YES`).
enum RawInput: Hashable, Sendable {
    case character(UInt32)
    case keyCode(Int32)

    static let escape = RawInput.character(27)
}

/// Turns raw `wget_wch` values into `Key`s. Pure: no terminal needed, so it is unit-tested directly.
enum KeyDecoder {
    /// The key for one raw value, or nil for codes the app has no use for (Ctrl-Space, unknown keys).
    /// ESC is `.escape` here; `CursesTerminal` first checks whether it starts an Alt combination.
    static func key(for input: RawInput) -> Key? {
        switch input {
        case .character(let code): key(forCharacter: code)
        case .keyCode(let code): key(forKeyCode: code)
        }
    }

    /// The Alt combination for ESC followed by `next`, or nil when `next` is not a printable character.
    static func altKey(followedBy next: RawInput) -> Key? {
        guard case .character(let code) = next, let character = printable(code) else { return nil }
        return .alt(character)
    }

    /// The key for the name of an extended key ncurses reads from terminfo: a movement or editing key
    /// with a modifier suffix (`kUP5` is Ctrl-Up, `kHOM3` Alt-Home; the modifier is dropped, as
    /// `EscapeSequence` drops it) or a keypad key (`kpADD`, `ka2`). Nil for any other name.
    static func key(forCapability name: String) -> Key? {
        if let key = keypadCapabilities[name] { return key }
        let base = String(name.reversed().drop(while: \.isNumber).reversed())
        return switch base {
        case "kUP": .up
        case "kDN": .down
        case "kLFT": .left
        case "kRIT": .right
        case "kHOM": .home
        case "kEND": .end
        case "kPRV": .pageUp
        case "kNXT": .pageDown
        case "kIC": .insert
        case "kDC": .delete
        default: nil
        }
    }

    /// Keypad keys terminfo names beyond the standard `ka1`…`kc3`, read as `EscapeSequence` reads them.
    private static let keypadCapabilities: [String: Key] = [
        "ka2": .up, "kb1": .left, "kb3": .right, "kc2": .down, "kpZRO": .insert, "kpDOT": .delete,
        "kpADD": .character("+"), "kpSUB": .character("-"), "kpMUL": .character("*"), "kpDIV": .character("/"),
        "kpCMA": .character(","),
    ]

    private static func key(forCharacter code: UInt32) -> Key? {
        switch code {
        case 9: return .tab
        case 10, 13: return .enter
        case 8, 127: return .backspace
        case 27: return .escape
        case 1...26: return .ctrl(Character(Unicode.Scalar(UInt8(code) + 96)))
        default: return printable(code).map(Key.character)
        }
    }

    private static func printable(_ code: UInt32) -> Character? {
        guard code >= 32, !(127..<160).contains(code), let scalar = Unicode.Scalar(code) else { return nil }
        return Character(scalar)
    }

    private static func key(forKeyCode code: Int32) -> Key? {
        switch code {
        case KEY_UP: .up
        case KEY_DOWN: .down
        case KEY_LEFT: .left
        case KEY_RIGHT: .right
        case KEY_HOME, KEY_FIND, KEY_A1: .home
        case KEY_END, KEY_SELECT, KEY_C1: .end
        case KEY_PPAGE, KEY_A3: .pageUp
        case KEY_NPAGE, KEY_C3: .pageDown
        case KEY_IC: .insert
        case KEY_DC: .delete
        case KEY_BTAB: .backTab
        case KEY_ENTER: .enter
        case KEY_BACKSPACE: .backspace
        case KEY_RESIZE: .resize
        case nc_key_f(1)...nc_key_f(12): .function(Int(code - nc_key_f(0)))
        default: nil
        }
    }
}
