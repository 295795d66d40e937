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

    /// A bar's cells from its base outwards, whole cells first: eighths of a cell left to right (▏…█) or
    /// bottom to top (▁…█). A bar that grows `backward` (a negative value: leftwards or downwards) ends in
    /// a half cell (▐ ▀), the finest such blocks there are. ASCII rounds to whole cells.
    func barCells(eighths: Int, horizontal: Bool, backward: Bool = false, full: Character? = nil) -> [Character] {
        let eighths = max(0, eighths), full = full ?? fullBar
        if self == .ascii { return Array(repeating: full, count: (eighths + 4) / 8) }
        if backward {
            let halves = (eighths + 2) / 4
            return Array(repeating: full, count: halves / 2) + (halves % 2 == 1 ? [horizontal ? "▐" : "▀"] : [])
        }
        let partial = eighths % 8 > 0 ? [(horizontal ? Self.leftEighths : Self.lowerEighths)[eighths % 8 - 1]] : []
        return Array(repeating: full, count: eighths / 8) + partial
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
