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
        let order = CollationKeyTable(names).order { ids[$0] < ids[$1] }
        var places = [Int32](repeating: 0, count: names.count)
        for (place, name) in order.enumerated() { places[name] = Int32(place) }
        municipality = Array(places[..<dataset.municipalities.count])
        organisation = Array(places[dataset.municipalities.count...])
    }
}
