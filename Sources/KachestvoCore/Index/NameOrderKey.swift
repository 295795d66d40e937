/// A sort key for tree rows: a rank (urban districts before municipal ones, centres before schools),
/// then the name as a Russian reader orders it (`NameCollationKey`), then the entity's id, so that
/// names that compare equal («МАОУ СОШ № 5», «МБОУ СОШ № 5») still have one fixed order. Built once
/// per node, compared as bytes.
struct NameOrderKey: Comparable {
    let rank: Int
    let collation: NameCollationKey
    let id: String

    init(rank: Int, name: String, id: String) {
        self.rank = rank
        collation = NameCollationKey(name)
        self.id = id
    }

    static func < (lhs: NameOrderKey, rhs: NameOrderKey) -> Bool {
        if lhs.rank != rhs.rank { return lhs.rank < rhs.rank }
        let order = lhs.collation.ordering(rhs.collation)
        return order != 0 ? order < 0 : lhs.id < rhs.id
    }
}

extension Sequence<Organisation> {
    /// The organisations in name order (`NameOrderKey`), each key built once.
    func sortedByName() -> [Organisation] {
        map { (key: NameOrderKey(rank: 0, name: $0.name, id: $0.id.rawValue), organisation: $0) }
            .sorted { $0.key < $1.key }.map(\.organisation)
    }
}
