import Dispatch

/// Where each municipality and organisation stands when all their names are put in the order a
/// Russian reader expects (`NameOrderKey`: collation, then id) — one key per name and one sort, both
/// on every core, instead of a key per tree node and a key comparison per step of every sort.
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
        let names = dataset.municipalities.map { ($0.name, $0.id.rawValue) } + dataset.organisations.map { ($0.name, $0.id.rawValue) }
        nonisolated(unsafe) let keys = Self.keys(names)
        // Each half sorted on its own core, then the two merged.
        let middle = names.count / 2
        let (low, high) = Concurrently.run({ (0..<middle).sorted { keys[$0] < keys[$1] } },
                                           { (middle..<names.count).sorted { keys[$0] < keys[$1] } })
        var places = [Int32](repeating: 0, count: names.count)
        var (nextLow, nextHigh) = (0, 0)
        for place in names.indices {
            let takeLow = nextHigh == high.count || (nextLow < low.count && !(keys[high[nextHigh]] < keys[low[nextLow]]))
            let name = takeLow ? low[nextLow] : high[nextHigh]
            if takeLow { nextLow += 1 } else { nextHigh += 1 }
            places[name] = Int32(place)
        }
        municipality = Array(places[..<dataset.municipalities.count])
        organisation = Array(places[dataset.municipalities.count...])
    }

    /// One key per name, in chunks on all cores.
    private static func keys(_ names: [(name: String, id: String)]) -> [NameOrderKey] {
        let chunk = 1024
        return [NameOrderKey](unsafeUninitializedCapacity: names.count) { buffer, initialised in
            nonisolated(unsafe) let keys = buffer
            DispatchQueue.concurrentPerform(iterations: (names.count + chunk - 1) / chunk) { part in
                for index in (part * chunk)..<min(names.count, (part + 1) * chunk) {
                    (keys.baseAddress! + index).initialize(to: NameOrderKey(rank: 0, name: names[index].name, id: names[index].id))
                }
            }
            initialised = names.count
        }
    }
}
