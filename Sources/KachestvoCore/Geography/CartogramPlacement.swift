/// Which municipality of a dataset each tile of a `CartogramLayout` stands for. Tiles are matched by
/// name, so a data file with its own ids fills the map: «Кыштовский район», «Кыштовский
/// муниципальный район» and «кыштовский» all find «Кыштовский»; «г. Бердск» and «город Бердск» find
/// «Бердск»; «Новосибирский район» and «г. Новосибирск» stay apart.
public struct CartogramPlacement: Sendable, Equatable {
    /// `municipalities[t]`: the dataset index of the municipality of the layout's tile `t`, nil where
    /// the data has none.
    public let municipalities: [Int?]
    /// Municipalities of the level shown that no tile names, in dataset order.
    public let unplaced: [Int]

    /// The ГО and МР of `dataset` on the oblast's tiles (city districts are not at this level).
    public static func oblast(_ dataset: Dataset) -> CartogramPlacement {
        CartogramPlacement(.oblast, dataset) { $0.kind != .cityDistrict }
    }

    /// The districts of the city whose municipality is `city` (a dataset index) on the city's tiles.
    public static func city(_ dataset: Dataset, city: Int) -> CartogramPlacement {
        let cityId = dataset.municipalities[city].id
        return CartogramPlacement(.novosibirskCity, dataset) { $0.parentId == cityId }
    }

    private init(_ layout: CartogramLayout, _ dataset: Dataset, level: (Municipality) -> Bool) {
        let tileOfKey = Dictionary(layout.tiles.enumerated().map { (Self.key(of: $1.name), $0) }) { first, _ in first }
        var found = [Int?](repeating: nil, count: layout.tiles.count)
        var unplaced: [Int] = []
        for (index, municipality) in dataset.municipalities.enumerated() where level(municipality) {
            if let tile = tileOfKey[Self.key(of: municipality.name)], found[tile] == nil {
                found[tile] = index
            } else {
                unplaced.append(index)
            }
        }
        municipalities = found
        self.unplaced = unplaced
    }

    /// The tile showing municipality `municipality` (a dataset index), if any.
    public func tile(of municipality: Int) -> Int? {
        municipalities.firstIndex { $0 == municipality }
    }

    /// A name as tiles are matched by: folded (case, ё), without the words that say its kind.
    static func key(of name: String) -> String {
        var words = TextFold.folded(name).split(whereSeparator: \.isWhitespace).map(String.init)
        if let first = words.first, first.hasPrefix("г."), first.count > 2 { words[0] = String(first.dropFirst(2)) }
        return words.filter { !kindWords.contains($0) }.joined(separator: " ")
    }

    /// Words of a municipality's name that say what kind it is, folded.
    private static let kindWords: Set<String> = [
        "г.", "город", "р.п.", "рп", "р.п", "пгт", "п.", "рабочий", "поселок", "наукоград",
        "район", "р-н", "муниципальный", "городской", "округ",
    ]
}
