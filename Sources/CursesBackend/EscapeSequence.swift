import TerminalKit

/// What follows an ESC that ncurses did not recognise itself, collected one raw value at a time as
/// `wget_wch` hands them over, until the whole is known: Escape, Alt + a character, a key sent as a
/// CSI (`ESC [ … final`) or SS3 (`ESC O final`) sequence, or a sequence that means nothing here —
/// read through to its final byte and dropped, so its bytes are never taken for keys. Pure.
///
/// Terminals send the same key in several forms: Home is `ESC [ 1 ~` under tmux and PuTTY, `ESC [ 7 ~`
/// under rxvt, `ESC [ H` or `ESC O H` elsewhere. Modifiers (`ESC [ 1 ; 5 A`, Ctrl-Up) are dropped from
/// movement keys, which the app binds only unmodified; modified F-keys are dropped, as ncurses' F13+ are.
struct EscapeSequence {
    /// The result of one more raw value.
    enum Step: Equatable {
        case needsMore
        /// The sequence is complete: its key (nil: nothing to report), and a value that turned out not
        /// to belong to it, to be read again.
        case finished(Key?, unread: RawInput?)
    }

    private enum Stage {
        case start, csi, ss3
        /// `ESC [ [`: the Linux console's F1–F5.
        case linuxFunction
    }

    private var stage = Stage.start
    /// Parameter and intermediate bytes so far (`1;5` in `ESC [ 1 ; 5 A`).
    private var parameters: [UInt8] = []
    /// Longer parameter strings are read through to their end but mean nothing.
    private static let maximumParameters = 16

    /// Takes the next raw value after the ESC (and after what has been taken so far).
    mutating func feed(_ raw: RawInput) -> Step {
        switch stage {
        case .start: return introduce(raw)
        case .linuxFunction:
            guard case .character(let code) = raw, (0x41...0x45).contains(code) else { return .finished(nil, unread: raw) }
            return .finished(.function(Int(code) - 0x40), unread: nil)
        case .csi, .ss3: return extend(raw)
        }
    }

    /// The value right after ESC: `[` or `O` start a sequence; a printable character is Alt + it.
    private mutating func introduce(_ raw: RawInput) -> Step {
        switch raw {
        case .character(0x5B): stage = .csi
        case .character(0x4F): stage = .ss3
        default:
            if let alt = KeyDecoder.altKey(followedBy: raw) { return .finished(alt, unread: nil) }
            return .finished(.escape, unread: raw)
        }
        return .needsMore
    }

    /// A parameter byte, the final byte, or a value that cuts the sequence short (read again).
    private mutating func extend(_ raw: RawInput) -> Step {
        guard case .character(let code) = raw, code < 0x80 else { return .finished(ended(), unread: raw) }
        let byte = UInt8(code)
        if stage == .csi, parameters.isEmpty, byte == UInt8(ascii: "[") {
            stage = .linuxFunction
            return .needsMore
        }
        if (0x20...0x3F).contains(byte), stage == .csi || byte >= 0x30 {
            parameters.append(byte)
            return .needsMore
        }
        guard (0x40...0x7E).contains(byte) else { return .finished(ended(), unread: raw) }
        let key = stage == .csi ? Self.csiKey(final: byte, parameters) : Self.ss3Key(final: byte, parameters)
        return .finished(key, unread: nil)
    }

    /// Nothing more arrived in time: ESC alone is Escape, `ESC [` and `ESC O` are Alt-[ and Alt-O, and a
    /// sequence cut short is dropped.
    func ended() -> Key? {
        switch stage {
        case .start: .escape
        case .csi where parameters.isEmpty: .alt("[")
        case .ss3 where parameters.isEmpty: .alt("O")
        case .csi, .ss3, .linuxFunction: nil
        }
    }

    /// The numbers of a parameter string made only of digits and `;`, or nil (private markers such as
    /// `?` or `<`, intermediates, or too long).
    private static func numbers(_ parameters: [UInt8]) -> [Int]? {
        guard parameters.count <= maximumParameters,
              parameters.allSatisfy({ (0x30...0x39).contains($0) || $0 == UInt8(ascii: ";") }) else { return nil }
        return parameters.split(separator: UInt8(ascii: ";"), omittingEmptySubsequences: false).map { digits in
            digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
        }
    }

    /// Whether a modifier parameter (2 = Shift, 5 = Ctrl, …) is present.
    private static func isModified(_ numbers: [Int]) -> Bool {
        numbers.count > 1 && numbers[1] > 1
    }

    private static func csiKey(final: UInt8, _ parameters: [UInt8]) -> Key? {
        guard let numbers = numbers(parameters) else { return nil }
        if final == UInt8(ascii: "~") {
            guard let first = numbers.first else { return nil }
            if let key = tildeKeys[first] { return key }
            guard let function = tildeFunctionKeys[first], !isModified(numbers) else { return nil }
            return .function(function)
        }
        if final == UInt8(ascii: "Z") { return .backTab }
        return movementKeys[final]
    }

    private static func ss3Key(final: UInt8, _ parameters: [UInt8]) -> Key? {
        guard let numbers = numbers(parameters) else { return nil }
        if let key = movementKeys[final] { return key }
        if let function = ss3FunctionKeys[final] {
            let modifier = numbers.last ?? 0
            return modifier > 1 ? nil : .function(function)
        }
        if final == UInt8(ascii: "M") { return .enter }
        return keypadKeys[final]
    }

    /// `ESC [ n ~`: vt220 and rxvt forms of the editing keys.
    private static let tildeKeys: [Int: Key] = [
        1: .home, 2: .insert, 3: .delete, 4: .end, 5: .pageUp, 6: .pageDown, 7: .home, 8: .end,
    ]

    /// `ESC [ n ~`: F1–F12 as xterm, PuTTY and vt220 number them.
    private static let tildeFunctionKeys: [Int: Int] = [
        11: 1, 12: 2, 13: 3, 14: 4, 15: 5, 17: 6, 18: 7, 19: 8, 20: 9, 21: 10, 23: 11, 24: 12,
    ]

    /// Final bytes shared by CSI and SS3: arrows, Home and End.
    private static let movementKeys: [UInt8: Key] = [
        UInt8(ascii: "A"): .up, UInt8(ascii: "B"): .down, UInt8(ascii: "C"): .right, UInt8(ascii: "D"): .left,
        UInt8(ascii: "H"): .home, UInt8(ascii: "F"): .end,
    ]

    private static let ss3FunctionKeys: [UInt8: Int] = [
        UInt8(ascii: "P"): 1, UInt8(ascii: "Q"): 2, UInt8(ascii: "R"): 3, UInt8(ascii: "S"): 4,
    ]

    /// The numeric keypad in application mode (which `keypad(…, true)` turns on), read as terminfo reads
    /// it (`ka1` is 7, Home): digits as the movement keys printed on them, operators as characters.
    private static let keypadKeys: [UInt8: Key] = {
        let keys: [Key?] = [.insert, .end, .down, .pageDown, .left, nil, .right, .home, .up, .pageUp]
        var table: [UInt8: Key] = [UInt8(ascii: "n"): .delete]
        for (final, key) in zip("pqrstuvwxy".utf8, keys) { table[final] = key }
        for (final, character) in zip("jklmoX".utf8, "*+,-/=") { table[final] = .character(character) }
        return table
    }()
}
