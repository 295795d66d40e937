/// One tile of a cartogram: a municipality named as the table knows it, where it sits on the grid,
/// and the short form shown where the name does not fit.
public struct CartogramTile: Sendable, Hashable, Identifiable {
    /// The name without its kind: «Кыштовский» for «Кыштовский район», «Бердск» for «г. Бердск».
    public let name: String
    /// A short form of at most eight characters, distinct within its layout («Кыштов.»).
    public let abbreviation: String
    public let column: Int
    public let row: Int

    public var id: String { name }
}

/// A fixed tile grid that keeps municipalities roughly where they lie, each the same size whatever
/// its area: the 35 ГО and МР of Novosibirsk oblast (north up, west left), and the 10 city districts
/// of Novosibirsk. A pure table; `CartogramPlacement` finds each tile's municipality in a dataset
/// by name, so any data file with the real names fills it.
public struct CartogramLayout: Sendable, Equatable {
    public let tiles: [CartogramTile]
    public let columns: Int
    public let rows: Int

    init(_ entries: [(String, String, Int, Int)]) {
        tiles = entries.map { CartogramTile(name: $0.0, abbreviation: $0.1, column: $0.2, row: $0.3) }
        columns = (tiles.map(\.column).max() ?? -1) + 1
        rows = (tiles.map(\.row).max() ?? -1) + 1
    }

    /// The tile at a grid place, if any.
    public func tile(column: Int, row: Int) -> CartogramTile? {
        tiles.first { $0.column == column && $0.row == row }
    }

    public func tile(named name: String) -> CartogramTile? {
        tiles.first { $0.name == name }
    }

    /// The nearest tile from `tile` in the direction (`columns`, `rows`) — one of them ±1, the other
    /// 0 — counting a step across the direction twice a step along it; nil at the edge.
    public func nearest(from tile: CartogramTile, columns: Int, rows: Int) -> CartogramTile? {
        func steps(_ other: CartogramTile) -> (along: Int, across: Int) {
            let dx = other.column - tile.column, dy = other.row - tile.row
            return columns != 0 ? (dx * columns, abs(dy)) : (dy * rows, abs(dx))
        }
        return tiles.filter { steps($0).along > 0 }
            .min { a, b in
                let (sa, sb) = (steps(a), steps(b))
                return (sa.along + 2 * sa.across, sa.across) < (sb.along + 2 * sb.across, sb.across)
            }
    }

    /// The name of the urban district that opens into `novosibirskCity`.
    public static let cityName = "Новосибирск"

    /// The oblast, 8 × 6: Кыштовский and Северный in the north-west, Баганский and Карасукский in
    /// the south-west, Болотнинский in the north-east, Маслянинский and Сузунский in the south-east;
    /// the city in the east of the centre with Обь west of it, Кольцово east, Бердск and Искитим south.
    public static let oblast = CartogramLayout([
        ("Кыштовский", "Кыштов.", 0, 0), ("Северный", "Северный", 1, 0),
        ("Колыванский", "Колыван.", 5, 0), ("Мошковский", "Мошков.", 6, 0), ("Болотнинский", "Болотн.", 7, 0),

        ("Усть-Таркский", "Усть-Т.", 0, 1), ("Венгеровский", "Венгер.", 1, 1), ("Куйбышевский", "Куйбыш.", 2, 1),
        ("Убинский", "Убинский", 3, 1), ("Чулымский", "Чулым.", 4, 1), ("Коченёвский", "Коченёв.", 5, 1),
        ("Новосибирский", "Новос.р.", 6, 1), ("Тогучинский", "Тогучин.", 7, 1),

        ("Татарский", "Татар.", 0, 2), ("Чановский", "Чанов.", 1, 2), ("Барабинский", "Барабин.", 2, 2),
        ("Каргатский", "Каргат.", 3, 2), ("Обь", "Обь", 5, 2), ("Новосибирск", "Новосиб.", 6, 2),
        ("Кольцово", "Кольцово", 7, 2),

        ("Чистоозёрный", "Чистооз.", 0, 3), ("Купинский", "Купин.", 1, 3), ("Здвинский", "Здвин.", 2, 3),
        ("Доволенский", "Довол.", 3, 3), ("Кочковский", "Кочков.", 4, 3), ("Ордынский", "Ордын.", 5, 3),
        ("Бердск", "Бердск", 6, 3), ("Искитимский", "Искит.р.", 7, 3),

        ("Баганский", "Баган.", 1, 4), ("Краснозёрский", "Красноз.", 3, 4), ("Искитим", "Искитим", 6, 4),
        ("Маслянинский", "Маслян.", 7, 4),

        ("Карасукский", "Карасук.", 2, 5), ("Сузунский", "Сузун.", 5, 5), ("Черепановский", "Черепан.", 6, 5),
    ])

    /// Novosibirsk's districts, 4 × 4: the left bank (Ленинский, Кировский) west of the Ob,
    /// Заельцовский and Калининский north, Дзержинский east, Советский (Академгородок) south.
    public static let novosibirskCity = CartogramLayout([
        ("Заельцовский", "Заельц.", 1, 0), ("Калининский", "Калинин.", 2, 0),
        ("Ленинский", "Ленин.", 0, 1), ("Железнодорожный", "Железн.", 1, 1), ("Центральный", "Центр.", 2, 1),
        ("Дзержинский", "Дзерж.", 3, 1),
        ("Кировский", "Киров.", 0, 2), ("Октябрьский", "Октябр.", 2, 2),
        ("Советский", "Совет.", 1, 3), ("Первомайский", "Первом.", 2, 3),
    ])
}
