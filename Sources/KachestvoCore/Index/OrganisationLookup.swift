/// Ids to dataset indices, remembering the last id asked for: yearly records come sorted by
/// organisation, and schools sorted by id mostly share their neighbour's centre and municipality,
/// so for a region's 1.5 million results or 40,000 schools most lookups are one string comparison
/// instead of hashing the id.
struct RepeatedLookup<Key: Hashable> {
    let index: [Key: Int]
    private var last: (key: Key, position: Int?)?

    init(_ index: [Key: Int]) { self.index = index }

    mutating func callAsFunction(_ key: Key) -> Int? {
        if let last, last.key == key { return last.position }
        let position = index[key]
        last = (key, position)
        return position
    }
}

/// Organisation ids to dataset indices (see `RepeatedLookup`).
typealias OrganisationLookup = RepeatedLookup<Identifier<Organisation>>

/// Subject ids to slots for a run of results. A school's results list its subjects in the same
/// order year after year, and most schools in the same order as each other, so the subject that
/// followed the previous one last time is tried first: one comparison of two short ids, not a hash.
struct SubjectLookup {
    let index: [Identifier<Subject>: Int]
    private var previous: Int?
    /// `follower[slot]`: the subject seen after subject `slot` last time.
    private var follower: [(id: Identifier<Subject>, slot: Int)?]

    init(_ index: [Identifier<Subject>: Int]) {
        self.index = index
        follower = Array(repeating: nil, count: index.count)
    }

    mutating func callAsFunction(_ id: Identifier<Subject>) -> Int? {
        if let previous, let predicted = follower[previous], predicted.id == id {
            self.previous = predicted.slot
            return predicted.slot
        }
        let slot = index[id]
        if let previous, let slot { follower[previous] = (id, slot) }
        previous = slot
        return slot
    }
}

/// Years to slots by offset from the first year: a year is a small integer, so no hashing. Years
/// strewn over more than a few centuries (a damaged file) are looked up by hashing instead.
struct YearSlots {
    private let index: [Int: Int]
    private let first: Int
    private let slots: [Int?]

    init(_ index: [Int: Int]) {
        self.index = index
        first = index.keys.min() ?? 0
        let span = (index.keys.max() ?? first) - first + 1
        var slots = [Int?](repeating: nil, count: span <= 512 ? span : 0)
        if !slots.isEmpty { for (year, slot) in index { slots[year - first] = slot } }
        self.slots = slots
    }

    subscript(year: Int) -> Int? {
        guard !slots.isEmpty else { return index[year] }
        let offset = year &- first
        return slots.indices.contains(offset) ? slots[offset] : nil
    }
}
