import Foundation

/// How readable a style is as a terminal would draw it: the WCAG 2 contrast between the colours
/// that reach the screen, with a role's minimum, and the safety net that keeps every role above it.
///
/// The model: ANSI colours as xterm's and PuTTY's default palettes give them (each is checked, the
/// worst counts), 256-palette indices as the xterm cube and greys, the terminal's own foreground as
/// white on a dark background and black on a light one, `reverse` swapping the two colours, `dim`
/// halfway to the background, and `bold` changing no colour (many terminals no longer brighten it).
enum Legibility {
    /// The 16 ANSI colours of one terminal.
    struct Palette: Hashable, Sendable {
        var ansi: [RGB]

        static let xterm = Palette(ansi: ColorConversion.ansiPalette.map { RGB($0.0, $0.1, $0.2) })
        static let putty = Palette(ansi: [
            RGB(0, 0, 0), RGB(187, 0, 0), RGB(0, 187, 0), RGB(187, 187, 0),
            RGB(0, 0, 187), RGB(187, 0, 187), RGB(0, 187, 187), RGB(187, 187, 187),
            RGB(85, 85, 85), RGB(255, 85, 85), RGB(85, 255, 85), RGB(255, 255, 85),
            RGB(85, 85, 255), RGB(255, 85, 255), RGB(85, 255, 255), RGB(255, 255, 255),
        ])
        /// The palettes every check runs against.
        static let all = [xterm, putty]
    }

    /// Text must reach 4.5 : 1 (WCAG AA); borders, secondary text and chart marks 3 : 1.
    static func minimumContrast(for role: ThemeRole) -> Double {
        switch role {
        case .muted, .border, .focusedBorder, .series1, .series2, .series3, .series4, .series5, .series6: 3
        default: 4.5
        }
    }

    /// The WCAG contrast ratio of two colours, from 1 (the same) to 21 (black on white).
    static func contrast(_ first: RGB, _ second: RGB) -> Double {
        let a = luminance(first), b = luminance(second)
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    /// WCAG relative luminance, 0 (black) to 1 (white).
    static func luminance(_ colour: RGB) -> Double {
        0.2126 * linear[clamp(colour.red)] + 0.7152 * linear[clamp(colour.green)] + 0.0722 * linear[clamp(colour.blue)]
    }

    /// The lowest contrast of `style` on a terminal with this background, over every palette.
    static func worstContrast(of style: Style, on background: TerminalBackground) -> Double {
        var worst = Double.infinity
        for shade in background.possibleShades {
            for palette in Palette.all {
                let (foreground, behind) = screenColours(of: style, shade: shade, palette: palette)
                worst = min(worst, contrast(foreground, behind))
            }
        }
        return worst
    }

    /// The colours a cell in `style` shows: (text, behind the text).
    static func screenColours(of style: Style, shade: TerminalBackground, palette: Palette) -> (RGB, RGB) {
        let white = RGB(255, 255, 255), black = RGB(0, 0, 0)
        var foreground = rgb(style.foreground, palette: palette) ?? (shade == .light ? black : white)
        var background = rgb(style.background, palette: palette) ?? (shade == .light ? white : black)
        if style.attributes.contains(.reverse) { swap(&foreground, &background) }
        if style.attributes.contains(.dim) {
            foreground = RGB((foreground.red + background.red) / 2, (foreground.green + background.green) / 2,
                             (foreground.blue + background.blue) / 2)
        }
        return (foreground, background)
    }

    /// `style`, or the nearest style that reaches the role's minimum contrast when drawn at `depth` on
    /// a terminal with this background. On the terminal's own background the foreground becomes the
    /// terminal's own; on a colour of the theme's, black or white, whichever reads better; when neither
    /// reads (a mid-tone background on 8 colours), the terminal's own colours in reverse. `dim` goes
    /// when it is what stood in the way. Where the background is unknown, 16 colours or fewer must read
    /// on both shades (the terminal's palette is all there is); at 256 colours and up a theme on the
    /// terminal's own background is trusted to know which shade it was made for.
    static func ensuringContrast(
        _ style: Style, role: ThemeRole, depth: ColorDepth, background: TerminalBackground
    ) -> Style {
        guard depth != .none else { return style }
        let onOwnBackground = style.background == .terminalDefault
        if onOwnBackground, style.foreground != .terminalDefault, background == .unknown, depth > .sixteen {
            return style
        }
        let minimum = minimumContrast(for: role)
        func reads(_ candidate: Style) -> Double { worstContrast(of: candidate, on: background) }
        guard reads(style) < minimum else { return style }
        var undimmed = style
        undimmed.attributes.remove(.dim)
        let foregrounds = onOwnBackground ? [Color.terminalDefault] : [black(at: depth), white(at: depth)]
        var reversed = undimmed
        (reversed.foreground, reversed.background) = (.terminalDefault, .terminalDefault)
        reversed.attributes.insert(.reverse)
        let candidates = [undimmed] + [style, undimmed].flatMap { base in
            foregrounds.map { colour in
                var candidate = base
                candidate.foreground = colour
                return candidate
            }
        } + [reversed]
        return candidates.first { reads($0) >= minimum } ?? candidates.max { reads($0) < reads($1) } ?? style
    }

    private static func black(at depth: ColorDepth) -> Color {
        depth == .truecolor ? .rgb(0, 0, 0) : depth == .palette256 ? .indexed(16) : .ansi(0)
    }

    private static func white(at depth: ColorDepth) -> Color {
        switch depth {
        case .truecolor: .rgb(255, 255, 255)
        case .palette256: .indexed(231)
        case .sixteen: .ansi(15)
        default: .ansi(7)
        }
    }

    /// The colour's RGB in `palette`; nil for the terminal's own.
    private static func rgb(_ colour: Color, palette: Palette) -> RGB? {
        switch colour {
        case .terminalDefault: return nil
        case .ansi(let index): return palette.ansi[Int(index % 16)]
        case .indexed(let index) where index < 16: return palette.ansi[Int(index)]
        case .indexed(let index):
            let value = ColorConversion.rgb(ofIndex: index)
            return RGB(value.0, value.1, value.2)
        case .rgb(let red, let green, let blue): return RGB(Int(red), Int(green), Int(blue))
        }
    }

    /// sRGB channel 0–255 → linear light, computed once.
    private static let linear: [Double] = (0...255).map { value in
        let channel = Double(value) / 255
        return channel <= 0.04045 ? channel / 12.92 : pow((channel + 0.055) / 1.055, 2.4)
    }

    private static func clamp(_ channel: Int) -> Int { min(255, max(0, channel)) }
}
