import TerminalKit

/// Chooses the colour depth from what terminfo reports, `NO_COLOR`, and the user's override.
enum ColorDepthDetection {
    /// The depth to draw with.
    /// - Parameters:
    ///   - colorCount: ncurses' `COLORS` after `start_color()` (0 when the terminal has no colour).
    ///   - noColor: the value of `NO_COLOR`; any non-empty value turns colour off (no-color.org).
    ///   - override: a depth the user asked for; it can lower the depth, never raise it above the terminal's.
    static func depth(colorCount: Int, noColor: String?, override: ColorDepth?) -> ColorDepth {
        if let noColor, !noColor.isEmpty { return .none }
        let available = depth(forColorCount: colorCount)
        guard let override else { return available }
        return min(override, available)
    }

    /// The largest depth a terminal with `count` colours can show. Truecolor needs a direct-colour
    /// terminfo entry (`COLORS` = 2^24); `COLORTERM` alone cannot make ncurses send RGB.
    static func depth(forColorCount count: Int) -> ColorDepth {
        switch count {
        case ColorDepth.truecolor.rawValue...: .truecolor
        case 256...: .palette256
        case 16...: .sixteen
        case 8...: .eight
        default: .none
        }
    }
}
