/// Which characters the charts draw with, for the fonts and terminals there are: `braille` (the
/// default; the scatter plot in braille dots, 2×4 a cell), `blocks` (no braille, for the Linux console:
/// the scatter plot in half blocks ▀▄█) and `ascii` (only ASCII: `#` bars, `_.-~=^*#` sparklines, `*`
/// points). Every chart takes one; none tells two things apart by colour alone.
public enum ChartGlyphs: String, CaseIterable, Hashable, Sendable {
    case braille, blocks, ascii

    /// The default for a terminal type: the Linux console (`TERM=linux`) has no braille in its font.
    public static func standard(term: String?) -> ChartGlyphs { term == "linux" ? .blocks : .braille }

    /// The glyphs as they can be drawn with `textWidth`: where block and geometric characters are
    /// two columns wide (`ambiguousWide`) only ASCII keeps to its cells.
    public func fitting(_ textWidth: TextWidth) -> ChartGlyphs {
        textWidth.width(of: "█") == 1 && textWidth.width(of: "●") == 1 ? self : .ascii
    }

    /// A bar's cells along its length, whole cells first: eighths of a cell, left to right (▏…█) or
    /// bottom to top (▁…█). ASCII rounds to whole cells.
    func barCells(eighths: Int, horizontal: Bool, full: Character? = nil) -> [Character] {
        let eighths = max(0, eighths)
        let whole = self == .ascii ? (eighths + 3) / 8 : eighths / 8
        var cells = Array(repeating: full ?? fullBar, count: whole)
        if self != .ascii, eighths % 8 > 0 {
            cells.append((horizontal ? Self.leftEighths : Self.lowerEighths)[eighths % 8 - 1])
        }
        return cells
    }

    /// A whole cell of an ordinary bar.
    var fullBar: Character { self == .ascii ? "#" : "█" }
    /// A whole cell of the selected bar: a pattern of its own, so that it shows without colour.
    var selectedBar: Character { self == .ascii ? "@" : "▓" }

    /// Sparkline levels from low to high.
    var levels: [Character] { self == .ascii ? Array("_.-~=^*#") : Self.lowerEighths }

    /// Markers for the series of a scatter plot after the first (which is drawn in dots).
    var seriesMarkers: [Character] { self == .ascii ? Array("o+x%") : Array("●○■□") }
    /// The scatter plot's cursor.
    var cursorMarker: Character { self == .ascii ? "@" : "◆" }

    /// Axis pieces: vertical, horizontal, corner, tick on the y axis, tick on the x axis.
    var axis: (vertical: Character, horizontal: Character, corner: Character, yTick: Character, xTick: Character) {
        self == .ascii ? ("|", "-", "+", "+", "+") : ("│", "─", "└", "┤", "┬")
    }

    /// Reference (quadrant) lines: vertical, horizontal, crossing.
    var referenceLine: (vertical: Character, horizontal: Character, crossing: Character) {
        self == .ascii ? (":", "-", "+") : ("┊", "┈", "┼")
    }

    /// The unfilled part of a gauge.
    var track: Character { self == .ascii ? "." : "░" }

    static let leftEighths = Array("▏▎▍▌▋▊▉█")
    static let lowerEighths = Array("▁▂▃▄▅▆▇█")
}
