import Foundation
import KachestvoCore

/// What the map shows for one model, year and indicator, computed once and kept in `MapState`:
/// the municipality behind each tile of the oblast and of the city, with its figure.
struct MapFigures: Sendable, Equatable {
    /// What the figures were computed for.
    struct Inputs: Sendable, Equatable {
        let generation: UUID
        let year: Int
        let indicator: AreaIndicator
    }

    /// One tile: its municipality (a dataset index; nil where the data has none) and its figure.
    struct Tile: Sendable, Equatable {
        let municipality: Int?
        let figure: AreaFigure
    }

    let inputs: Inputs
    /// By the tiles of `CartogramLayout.oblast`.
    let oblast: [Tile]
    /// By the tiles of `CartogramLayout.novosibirskCity`; every one empty when the data has no
    /// districts of the city.
    let city: [Tile]
    /// The municipality of the city's tile, whose districts `city` shows.
    let cityMunicipality: Int?
    /// Names of the municipalities at the oblast's level that no tile shows.
    let unplaced: [String]

    static func inputs(_ context: ScreenContext, _ indicator: AreaIndicator) -> Inputs {
        Inputs(generation: context.model.generation, year: context.year, indicator: indicator)
    }

    init(_ context: ScreenContext, indicator: AreaIndicator) {
        inputs = Self.inputs(context, indicator)
        let index = context.model.index, dataset = context.model.dataset
        let figures = indicator.figures(year: context.year, index: index, digest: context.model.digest)
        func tiles(_ placement: CartogramPlacement) -> [Tile] {
            placement.municipalities.map { Tile(municipality: $0, figure: $0.map { figures[$0] } ?? AreaFigure(value: nil, basis: 0)) }
        }
        let placement = CartogramPlacement.oblast(dataset)
        oblast = tiles(placement)
        let cityTile = CartogramLayout.oblast.tiles.firstIndex { $0.name == CartogramLayout.cityName }
        cityMunicipality = cityTile.flatMap { placement.municipalities[$0] }
        if let city = cityMunicipality {
            self.city = tiles(.city(dataset, city: city))
        } else {
            city = CartogramLayout.novosibirskCity.tiles.map { _ in Tile(municipality: nil, figure: AreaFigure(value: nil, basis: 0)) }
        }
        unplaced = placement.unplaced.map { dataset.municipalities[$0].name }
    }

    func tiles(cityOpen: Bool) -> [Tile] { cityOpen ? city : oblast }

    /// Whether the city can be opened: the data holds at least one of its districts.
    var cityHasDistricts: Bool { city.contains { $0.municipality != nil } }

    /// The lowest and highest value among `tiles`, nil when none has a value.
    static func range(of tiles: [Tile]) -> ClosedRange<Double>? {
        let values = tiles.compactMap(\.figure.value)
        guard let low = values.min(), let high = values.max() else { return nil }
        return low...high
    }
}
