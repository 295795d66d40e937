/// Draws one bar of a bar chart or histogram from its base: its length in eighths of a cell, whole
/// cells first, clipped to the room it is given. A `backward` bar (a negative value) grows leftwards
/// or downwards from its base.
struct BarStroke {
    var glyphs: ChartGlyphs
    var eighths: Int
    var isSelected: Bool
    var style: Style
    var backward = false

    private func cells(horizontal: Bool) -> [Character] {
        glyphs.barCells(eighths: eighths, horizontal: horizontal, backward: backward,
                        full: isSelected ? glyphs.selectedBar : nil)
    }

    /// From the base cell `x` on row `y`, at most `room` cells.
    func drawHorizontal(into buffer: inout Buffer, x: Int, y: Int, room: Int) {
        for (offset, cell) in cells(horizontal: true).prefix(max(0, room)).enumerated() {
            buffer.set(cell, x: backward ? x - offset : x + offset, y: y, style: style)
        }
    }

    /// From the base row `base` (included), `width` columns from `x`, at most `room` rows.
    func drawVertical(into buffer: inout Buffer, x: Int, width: Int, base: Int, room: Int) {
        for (offset, cell) in cells(horizontal: false).prefix(max(0, room)).enumerated() {
            for column in x..<(x + max(0, width)) {
                buffer.set(cell, x: column, y: backward ? base + offset : base - offset, style: style)
            }
        }
    }
}
