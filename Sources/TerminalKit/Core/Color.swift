/// A colour as a theme asks for it. Backends degrade it to what the terminal has:
/// truecolor → 256 → 16 → 8 → none (see `ColorDepth`).
public enum Color: Hashable, Sendable {
    /// The terminal's own foreground or background.
    case terminalDefault
    /// One of the 16 ANSI colours (0–7 normal, 8–15 bright).
    case ansi(UInt8)
    /// An xterm 256-palette index.
    case indexed(UInt8)
    /// 24-bit colour.
    case rgb(UInt8, UInt8, UInt8)
}

/// How many colours a terminal can show; chosen by the backend from terminfo and `NO_COLOR`.
public enum ColorDepth: Int, Comparable, Sendable, CaseIterable {
    case none = 0
    case eight = 8
    case sixteen = 16
    case palette256 = 256
    case truecolor = 16_777_216

    public static func < (lhs: ColorDepth, rhs: ColorDepth) -> Bool { lhs.rawValue < rhs.rawValue }
}
