/// A sort key for tree rows: a rank (urban districts before municipal ones, centres before schools),
/// then the name as a Russian reader orders it (`NameCollationKey`), then the name's exact text and
/// the entity's id, so that equal-looking names still have one fixed order. Built once per node.
struct NameOrderKey: Comparable {
    let rank: Int
    let collation: NameCollationKey
    let name: String
    let id: String

    init(rank: Int, name: String, id: String) {
        self.rank = rank
        collation = NameCollationKey(name)
        self.name = name
        self.id = id
    }

    static func < (lhs: NameOrderKey, rhs: NameOrderKey) -> Bool {
        if lhs.rank != rhs.rank { return lhs.rank < rhs.rank }
        let order = lhs.collation.ordering(rhs.collation)
        if order != 0 { return order < 0 }
        return (lhs.name, lhs.id) < (rhs.name, rhs.id)
    }

    static func == (lhs: NameOrderKey, rhs: NameOrderKey) -> Bool {
        lhs.rank == rhs.rank && lhs.name == rhs.name && lhs.id == rhs.id
    }
}

extension Sequence<Organisation> {
    /// The organisations in name order (`NameOrderKey`), each key built once.
    func sortedByName() -> [Organisation] {
        map { (key: NameOrderKey(rank: 0, name: $0.name, id: $0.id.rawValue), organisation: $0) }
            .sorted { $0.key < $1.key }.map(\.organisation)
    }
}
