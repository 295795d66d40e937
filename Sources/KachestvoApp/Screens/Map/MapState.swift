import Foundation
import KachestvoCore

/// Where the user is on the Map screen: the indicator the tiles are coloured by, the tile under the
/// cursor (by its municipality's name in the layout, so it survives a new model), whether the city
/// is opened into its districts, and the figures computed for the model, year and indicator shown.
public struct MapState: Sendable, Equatable {
    public var indicator: AreaIndicator = .russianMean
    /// The oblast's tile under the cursor; the city to begin with.
    public var oblastTile = CartogramLayout.cityName
    /// The city district's tile under the cursor when the city is open.
    public var cityTile = "Центральный"
    public var isCityOpen = false
    /// Recomputed when the model, the year or the indicator changes.
    var figures: MapFigures?

    public init() {}

    /// The layout on show.
    var layout: CartogramLayout { isCityOpen ? .novosibirskCity : .oblast }

    /// The name of the tile under the cursor in the layout on show.
    var selectedTile: String {
        get { isCityOpen ? cityTile : oblastTile }
        set { if isCityOpen { cityTile = newValue } else { oblastTile = newValue } }
    }
}
