import TerminalKit

/// A style's colours as ncurses colour numbers for one colour depth (-1 is the terminal's default).
struct TerminalColors: Hashable, Sendable {
    var foreground: Int32
    var background: Int32
    /// True when a bright foreground had to become its normal colour plus bold (8-colour terminals).
    var needsBold: Bool

    static let terminalDefault = TerminalColors(foreground: -1, background: -1, needsBold: false)
}

/// Turns theme colours into colour numbers the terminal has:
/// truecolor → 256 → 16 → 8 → none, `.terminalDefault` → -1.
struct ColorDegradation: Sendable {
    let depth: ColorDepth

    func colors(for style: Style) -> TerminalColors {
        guard depth != .none else { return .terminalDefault }
        let foreground = number(for: style.foreground)
        let background = number(for: style.background)
        return TerminalColors(
            foreground: foreground.number,
            background: background.number,
            needsBold: foreground.bright
        )
    }

    /// The colour number for `color`, and whether a bright colour was folded into 0–7.
    func number(for color: Color) -> (number: Int32, bright: Bool) {
        switch depth {
        case .none:
            return (-1, false)
        case .truecolor:
            return (directNumber(for: color), false)
        case .palette256:
            return (paletteIndex(for: color).map(Int32.init) ?? -1, false)
        case .sixteen:
            return (paletteIndex(for: color).map { Int32(XtermPalette.nearestANSI(toIndex: $0)) } ?? -1, false)
        case .eight:
            guard let index = paletteIndex(for: color) else { return (-1, false) }
            let ansi = XtermPalette.nearestANSI(toIndex: index)
            return (Int32(ansi % 8), ansi >= 8)
        }
    }

    /// The 256-palette index of a colour (nil for the terminal default).
    private func paletteIndex(for color: Color) -> UInt8? {
        switch color {
        case .terminalDefault: nil
        case .ansi(let index): index % 16
        case .indexed(let index): index
        case .rgb(let red, let green, let blue):
            XtermPalette.nearestIndex(to: XtermPalette.RGB(Int(red), Int(green), Int(blue)))
        }
    }

    /// Direct-colour terminfo reads numbers below 8 as the ANSI colours and the rest as `0xRRGGBB`.
    private func directNumber(for color: Color) -> Int32 {
        switch color {
        case .terminalDefault:
            return -1
        case .ansi(let index) where index % 16 < 8:
            return Int32(index % 16)
        case .ansi(let index):
            return max(8, XtermPalette.rgb(ofIndex: index % 16).packed)
        case .indexed(let index):
            return index < 8 ? Int32(index) : max(8, XtermPalette.rgb(ofIndex: index).packed)
        case .rgb(let red, let green, let blue):
            return max(8, XtermPalette.RGB(Int(red), Int(green), Int(blue)).packed)
        }
    }
}
