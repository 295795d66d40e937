import Dispatch

/// Where each municipality and organisation stands when all their names are put in the order a
/// Russian reader expects (`NameOrderKey`: collation, then id) — one key per name and one sort, both
/// on every core (`CollationKeyTable`), instead of a key per tree node and a key comparison per step
/// of every sort.
/// Kept in a snapshot's digest, so a reopened file's outline is ordered without collating a name.
public struct NamePlaces: Sendable, Equatable {
    public let municipality: [Int32]
    public let organisation: [Int32]

    /// Places read back as `init(_:)` made them; `fits` checks them against a dataset.
    public init(municipality: [Int32], organisation: [Int32]) {
        self.municipality = municipality
        self.organisation = organisation
    }

    /// Whether these are places for every municipality and organisation of `dataset`, each once.
    func fits(_ dataset: Dataset) -> Bool {
        let count = municipality.count + organisation.count
        guard municipality.count == dataset.municipalities.count, organisation.count == dataset.organisations.count else { return false }
        var seen = [Bool](repeating: false, count: count)
        for place in municipality + organisation {
            guard (0..<Int32(count)).contains(place), !seen[Int(place)] else { return false }
            seen[Int(place)] = true
        }
        return true
    }

    public init(_ dataset: Dataset) {
        let names = dataset.municipalities.map(\.name) + dataset.organisations.map(\.name)
        let ids = dataset.municipalities.map(\.id.rawValue) + dataset.organisations.map(\.id.rawValue)
        let keys = CollationKeyTable(names)
        let byId: @Sendable (Int, Int) -> Bool = { ids[$0] < ids[$1] }
        // Each half sorted on its own core, then the two merged.
        let middle = names.count / 2
        let (low, high) = Concurrently.run({ keys.sorted(0..<middle, tiebreak: byId) },
                                           { keys.sorted(middle..<names.count, tiebreak: byId) })
        var places = [Int32](repeating: 0, count: names.count)
        var (nextLow, nextHigh) = (0, 0)
        for place in names.indices {
            let takeLow = nextHigh == high.count || (nextLow < low.count && !keys.precedes(high[nextHigh], low[nextLow], tiebreak: byId))
            let name = takeLow ? low[nextLow] : high[nextHigh]
            if takeLow { nextLow += 1 } else { nextHigh += 1 }
            places[name] = Int32(place)
        }
        municipality = Array(places[..<dataset.municipalities.count])
        organisation = Array(places[dataset.municipalities.count...])
    }
}
