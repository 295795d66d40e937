import KachestvoCore
import TerminalKit

/// The Map screen: a cartogram of the oblast's 35 municipalities (Novosibirsk opens into its 10
/// districts), each tile shaded by the chosen indicator; the cursor steps between tiles, Enter
/// lists the schools behind a tile.
enum MapScreen: Screen {
    static let commands: Set<CommandID> = [
        .moveUp, .moveDown, .moveLeft, .moveRight, .drillIn, .goBack, .nextIndicator, .previousIndicator,
    ]

    static let legend: [UIText] = [.mapLegendTiles, .mapLegendShading, .mapLegendCursor]

    static func perform(_ command: CommandID, _ state: inout MapState, _ context: inout ScreenContext) -> [AppEffect] {
        switch command {
        case .moveLeft: move(&state, columns: -1, rows: 0)
        case .moveRight: move(&state, columns: 1, rows: 0)
        case .moveUp: move(&state, columns: 0, rows: -1)
        case .moveDown: move(&state, columns: 0, rows: 1)
        case .nextIndicator, .previousIndicator:
            let all = AreaIndicator.allCases
            let step = command == .nextIndicator ? 1 : all.count - 1
            state.indicator = all[(all.firstIndex(of: state.indicator)! + step) % all.count]
            refresh(&state, context)
            context.message = "\(context.text(.mapIndicatorChanged)): \(context.text(state.indicator.title))"
        case .drillIn: drillIn(&state, &context)
        case .goBack: state.isCityOpen = false
        default: break
        }
        return []
    }

    static func render(_ state: MapState, _ context: ScreenContext, into buffer: inout Buffer, area: Rect) {
        MapView.render(state, context, into: &buffer, area: area)
    }

    /// Figures are computed anew only for another model, year or indicator; none while the school
    /// records are still loading.
    static func refresh(_ state: inout MapState, _ context: ScreenContext) {
        guard !context.model.isDigestOnly else {
            state.figures = nil
            return
        }
        if state.figures?.inputs != MapFigures.inputs(context, state.indicator) {
            state.figures = MapFigures(context, indicator: state.indicator)
        }
        if state.isCityOpen, state.figures?.cityHasDistricts != true { state.isCityOpen = false }
    }

    private static func move(_ state: inout MapState, columns: Int, rows: Int) {
        let layout = state.layout
        guard let tile = layout.tile(named: state.selectedTile),
              let next = layout.nearest(from: tile, columns: columns, rows: rows) else { return }
        state.selectedTile = next.name
    }

    /// On the city with districts in the data: opens it; elsewhere lists the tile's schools.
    private static func drillIn(_ state: inout MapState, _ context: inout ScreenContext) {
        guard let figures = state.figures,
              let tile = state.layout.tiles.firstIndex(where: { $0.name == state.selectedTile }) else { return }
        if !state.isCityOpen, state.selectedTile == CartogramLayout.cityName, figures.cityHasDistricts {
            state.isCityOpen = true
            return
        }
        guard let municipality = figures.tiles(cityOpen: state.isCityOpen)[tile].municipality else { return }
        context.drill = MapDrill.request(municipality: municipality, indicator: state.indicator, context)
    }
}
