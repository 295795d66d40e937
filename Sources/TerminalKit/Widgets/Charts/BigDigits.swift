/// A headline figure in big characters, 3 or 5 rows high (see `BigDigitFont`): digits, `.` `,` `−` `+`
/// `%` and spaces, one column apart. Text the font cannot draw, or a figure wider or taller than its area,
/// is written as ordinary text instead — a figure is never shown cut.
public struct BigDigits: Sendable {
    public enum Rows: Int, Hashable, Sendable { case three = 3, five = 5 }

    public var text: String
    public var rows: Rows
    public var glyphs: ChartGlyphs
    public var style: Style

    public init(_ text: String, rows: Rows = .three, glyphs: ChartGlyphs = .braille, style: Style = .plain) {
        self.text = text
        self.rows = rows
        self.glyphs = glyphs
        self.style = style
    }

    /// The big rows of `text`, nil when the font lacks one of its characters.
    static func lines(of text: String, rows: Rows, glyphs: ChartGlyphs) -> [String]? {
        guard text.count <= 64 else { return nil }
        var lines = Array(repeating: "", count: rows.rawValue)
        for (index, character) in text.enumerated() {
            guard let shape = BigDigitFont.shape(of: character, rows: rows, glyphs: glyphs) else { return nil }
            for row in lines.indices { lines[row] += (index == 0 ? "" : " ") + shape[row] }
        }
        return lines
    }

    /// Columns and rows the figure takes in big characters; nil when the font cannot draw it.
    public static func size(of text: String, rows: Rows = .three, glyphs: ChartGlyphs = .braille,
                            textWidth: TextWidth = .standard) -> (width: Int, height: Int)? {
        lines(of: text, rows: rows, glyphs: glyphs.fitting(textWidth)).map { (($0.first?.count ?? 0), rows.rawValue) }
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        let area = area.intersection(buffer.area)
        buffer.fill(area, with: Cell(style: style))
        guard !area.isEmpty else { return }
        if let lines = Self.lines(of: text, rows: rows, glyphs: glyphs.fitting(buffer.textWidth)),
           (lines.first?.count ?? 0) <= area.width, lines.count <= area.height {
            for (row, line) in lines.enumerated() { buffer.write(line, x: area.x, y: area.y + row, style: style) }
        } else {
            buffer.write(text, x: area.x, y: area.y, maxWidth: area.width, style: style.adding(.bold), overflow: .ellipsis)
        }
    }
}
