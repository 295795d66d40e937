import KachestvoCore
import TerminalKit

/// One tile of the map: its short name over its value on the tile's shade, the cursor's brackets
/// beside it when selected; a tile without a value is left unshaded with a dash.
struct MapTileView {
    let label: String
    let figure: MapFigures.Tile
    let selected: Bool

    /// Each tile's name where every name fits, else its abbreviation, clipped to `columns`.
    static func labels(_ layout: CartogramLayout, columns: Int, _ measure: TextWidth) -> [String] {
        let names = layout.tiles.map(\.name)
        let fitting = names.allSatisfy { measure.width(of: $0) <= columns }
        return (fitting ? names : layout.tiles.map(\.abbreviation)).map { measure.clipped($0, to: columns) }
    }

    func render(into buffer: inout Buffer, frame: Rect, indicator: AreaIndicator, shading: MapShading, _ context: ScreenContext) {
        let value = figure.figure.value
        let step = value.map(shading.step)
        let style = step.map { shading.styles[$0] } ?? context.style(figure.municipality == nil ? .muted : .text)
        let fill = step.map(shading.pattern.fill) ?? " "
        for y in frame.y..<frame.maxY {
            for x in frame.x..<frame.maxX { buffer.set(fill, x: x, y: y, style: style) }
        }
        let valueText = value.map { indicator.areaText($0, context.language) } ?? "—"
        buffer.write(label, x: frame.x, y: frame.y, maxWidth: frame.width, style: style.adding(.bold))
        if frame.height > 1 {
            buffer.write(valueText, x: frame.x, y: frame.y + 1, maxWidth: frame.width, style: style)
        }
        guard selected else { return }
        let bracket = context.style(.accent).adding(.bold)
        for y in frame.y..<frame.maxY {
            buffer.set("[", x: frame.x - 1, y: y, style: bracket)
            buffer.set("]", x: frame.maxX, y: y, style: bracket)
        }
    }
}
