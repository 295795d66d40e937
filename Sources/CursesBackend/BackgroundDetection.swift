import TerminalKit

/// Finds out whether the terminal's own background is dark or light, as the terminal says it:
/// `COLORFGBG` (set by rxvt, Konsole and others: "foreground;background" as ANSI numbers), else the
/// answer to an OSC 11 query (`BackgroundColorQuery`), else unknown. The pure half is here.
public enum BackgroundDetection {
    /// The background, asking the terminal only when `COLORFGBG` does not say and `mayAsk` is true
    /// (no `--theme` given, colours on, standard input and output a terminal).
    public static func detect(environment: [String: String], mayAsk: Bool) -> TerminalBackground {
        let fromEnvironment = background(colorFGBG: environment["COLORFGBG"])
        guard fromEnvironment == .unknown, mayAsk else { return fromEnvironment }
        return BackgroundColorQuery.ask().map { background(osc11Reply: $0) } ?? .unknown
    }

    /// `COLORFGBG`'s last field is the background's ANSI number: 0–6 and 8 are dark, 7 and 9–15 light
    /// (the rule Vim uses); anything else ("default", missing) says nothing.
    static func background(colorFGBG value: String?) -> TerminalBackground {
        guard let last = value?.split(separator: ";").last, let index = Int(last), (0...15).contains(index) else {
            return .unknown
        }
        return index <= 6 || index == 8 ? .dark : .light
    }

    /// The shade of the colour in a reply `ESC ] 11 ; rgb:RRRR/GGGG/BBBB` (ended by BEL or `ESC \`),
    /// wherever it sits in `bytes`; each channel has 1 to 4 hex digits.
    static func background(osc11Reply bytes: [UInt8]) -> TerminalBackground {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let start = text.range(of: "]11;rgb:") ?? text.range(of: "]11;rgba:") else { return .unknown }
        let channels = text[start.upperBound...]
            .prefix { $0.isHexDigit || $0 == "/" }
            .split(separator: "/", omittingEmptySubsequences: false)
            .prefix(3)
            .map { digits -> Int? in
                guard (1...4).contains(digits.count), let value = Int(digits, radix: 16) else { return nil }
                let maximum = (1 << (4 * digits.count)) - 1
                return value * 255 / maximum
            }
        guard channels.count == 3, let red = channels[0], let green = channels[1], let blue = channels[2] else {
            return .unknown
        }
        return TerminalBackground.shade(red: red, green: green, blue: blue)
    }
}
