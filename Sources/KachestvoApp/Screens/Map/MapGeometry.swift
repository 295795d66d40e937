import KachestvoCore
import TerminalKit

/// Where a layout's tiles fall in the map's area at the terminal's size: equal tiles, each followed
/// by a blank column and row that keep neighbours apart and hold the cursor's brackets; centred,
/// with room for the left bracket of the first column.
struct MapGeometry {
    let layout: CartogramLayout
    /// Columns and rows of one tile with its gap.
    let tileWidth: Int
    let tileHeight: Int
    let x: Int
    let y: Int

    init(layout: CartogramLayout, area: Rect) {
        self.layout = layout
        tileWidth = max(3, min(16, (area.width - 1) / max(1, layout.columns)))
        tileHeight = max(2, min(5, area.height / max(1, layout.rows)))
        x = area.x + max(1, (area.width - tileWidth * layout.columns) / 2)
        y = area.y
    }

    /// The shaded part of `tile`'s place.
    func frame(of tile: CartogramTile) -> Rect {
        Rect(x: x + tile.column * tileWidth, y: y + tile.row * tileHeight, width: tileWidth - 1, height: tileHeight - 1)
    }
}
