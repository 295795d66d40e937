/// Draws one bar of a bar chart or histogram: its length in eighths of a cell, whole cells first,
/// clipped to the room it is given.
struct BarStroke {
    var glyphs: ChartGlyphs
    var eighths: Int
    var isSelected: Bool
    var style: Style

    private func cells(horizontal: Bool) -> [Character] {
        glyphs.barCells(eighths: eighths, horizontal: horizontal, full: isSelected ? glyphs.selectedBar : nil)
    }

    /// Left to right from `x` on row `y`, at most `room` cells.
    func drawHorizontal(into buffer: inout Buffer, x: Int, y: Int, room: Int) {
        for (offset, cell) in cells(horizontal: true).prefix(max(0, room)).enumerated() {
            buffer.set(cell, x: x + offset, y: y, style: style)
        }
    }

    /// Bottom to top from row `bottom` (included), `width` columns from `x`, at most `room` rows.
    func drawVertical(into buffer: inout Buffer, x: Int, width: Int, bottom: Int, room: Int) {
        for (offset, cell) in cells(horizontal: false).prefix(max(0, room)).enumerated() {
            for column in x..<(x + max(0, width)) { buffer.set(cell, x: column, y: bottom - offset, style: style) }
        }
    }
}
