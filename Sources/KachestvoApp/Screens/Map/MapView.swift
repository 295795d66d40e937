import Bilingual
import KachestvoCore
import TerminalKit

/// Draws the Map screen: the indicator and year in the frame's title, the tiles of the oblast (or of
/// the opened city), the colour scale, and a line on the tile under the cursor.
enum MapView {
    static func render(_ state: MapState, _ context: ScreenContext, into buffer: inout Buffer, area: Rect) {
        let title = "\(context.text(.tabMap)) — \(context.text(state.indicator.title)) · \(AcademicYear(year: context.year).label)"
        let block = Block(title: title, borderStyle: context.style(.border), titleStyle: context.style(.title))
        let inner = block.render(into: &buffer, area: area)
        guard let figures = state.figures, inner.height >= 4 else {
            buffer.write(context.missingFigures(.mapNoData), x: inner.x + 1, y: inner.y, maxWidth: inner.width - 1)
            return
        }
        let tiles = figures.tiles(cityOpen: state.isCityOpen)
        let shading = MapShading(range: MapFigures.range(of: tiles), context)
        let grid = Rect(x: inner.x, y: inner.y, width: inner.width, height: inner.height - 2)
        let geometry = MapGeometry(layout: state.layout, area: grid)
        let labels = MapTileView.labels(state.layout, columns: geometry.tileWidth - 1, buffer.textWidth)
        for (index, tile) in state.layout.tiles.enumerated() {
            MapTileView(label: labels[index], figure: tiles[index], selected: tile.name == state.selectedTile)
                .render(into: &buffer, frame: geometry.frame(of: tile), indicator: state.indicator, shading: shading, context)
        }
        renderScale(state, figures, shading, context, into: &buffer, y: inner.maxY - 2, area: inner)
        renderDetail(state, figures, context, into: &buffer, y: inner.maxY - 1, area: inner)
    }

    /// The colour scale from the lowest value to the highest, then where the user is.
    private static func renderScale(_ state: MapState, _ figures: MapFigures, _ shading: MapShading, _ context: ScreenContext,
                                    into buffer: inout Buffer, y: Int, area: Rect) {
        var x = area.x + 1
        if let range = shading.range {
            let low = state.indicator.areaText(range.lowerBound, context.language)
            let high = state.indicator.areaText(range.upperBound, context.language)
            let width = buffer.textWidth.width(of: low) + buffer.textWidth.width(of: high) + 2 * shading.styles.count + 2
            shading.legend(low: low, high: high, context).render(into: &buffer, area: Rect(x: x, y: y, width: min(width, area.width - 2), height: 1))
            x += width + 2
        }
        var notes: [String] = []
        if state.isCityOpen, let city = figures.cityMunicipality {
            notes.append("\(context.model.dataset.municipalities[city].name) · \(context.text(.mapCloseCity))")
        }
        if !figures.unplaced.isEmpty { notes.append("\(context.text(.mapNotOnMap)): \(figures.unplaced.joined(separator: ", "))") }
        buffer.write(notes.joined(separator: " · "), x: x, y: y, maxWidth: area.maxX - x, style: context.style(.muted), overflow: .ellipsis)
    }

    /// The tile under the cursor: its municipality's full name, value, what the value rests on, and
    /// what Enter does there.
    private static func renderDetail(_ state: MapState, _ figures: MapFigures, _ context: ScreenContext,
                                     into buffer: inout Buffer, y: Int, area: Rect) {
        guard let index = state.layout.tiles.firstIndex(where: { $0.name == state.selectedTile }) else { return }
        let tile = figures.tiles(cityOpen: state.isCityOpen)[index]
        let dataset = context.model.dataset
        let name = tile.municipality.map { dataset.municipalities[$0].name } ?? state.layout.tiles[index].name
        var spans = [Span("\(name): ", style: context.style(.title))]
        if let value = tile.figure.value {
            spans.append(Span(state.indicator.areaText(value, context.language), style: context.style(.accent).adding(.bold)))
            spans.append(Span(" · \(context.text(state.indicator.basisUnit)) \(NumberText.grouped(tile.figure.basis, context.language))", style: context.style(.text)))
        } else {
            spans.append(Span(context.text(.mapNoData), style: context.style(.muted)))
        }
        let opensCity = !state.isCityOpen && state.selectedTile == CartogramLayout.cityName && figures.cityHasDistricts
        if opensCity || tile.municipality != nil {
            spans.append(Span(" · \(context.text(opensCity ? .mapOpenCity : .mapOpenSchools))", style: context.style(.muted)))
        }
        buffer.write(Line(spans), x: area.x + 1, y: y, maxWidth: area.width - 2, overflow: .ellipsis)
    }
}
