@testable import KachestvoCore
import Testing

/// The shared name order both trees sort by, and the copy of it a snapshot's digest brings back.
@Suite struct NamePlacesTests {
    @Test func placesFollowTheNameOrderAndFitOnlyTheirDataset() {
        let dataset = DemoRegion.generate(schools: 200)
        let places = NamePlaces(dataset)
        #expect(places.fits(dataset))
        let byPlace = dataset.organisations.indices.sorted { places.organisation[$0] < places.organisation[$1] }
        let keys = byPlace.map { NameOrderKey(rank: 0, name: dataset.organisations[$0].name, id: dataset.organisations[$0].id.rawValue) }
        #expect(zip(keys, keys.dropFirst()).allSatisfy { !($1 < $0) }, "organisations in name order")

        var repeated = places.organisation
        repeated[1] = repeated[0]
        #expect(!NamePlaces(municipality: places.municipality, organisation: repeated).fits(dataset), "a place given twice")
        #expect(!NamePlaces(municipality: places.municipality, organisation: Array(repeated.dropLast())).fits(dataset))
    }

    /// The places are the order `NameOrderKey` gives, also where names tie, share a long start,
    /// are a prefix of one another, or hold a zero (whose key holds a zero byte).
    @Test func placesAreTheOrderOfTheNameKeysEvenForNamesThatAreAlike() {
        var dataset = DemoRegion.generate(schools: 200)
        let alike = ["МАОУ СОШ № 5", "МБОУ СОШ № 5", "Средняя общеобразовательная школа № 12 имени А. С. Пушкина",
                     "Средняя общеобразовательная школа № 102", "Средняя общеобразовательная школа № 12", "Школа",
                     "Школа 0", "Школа 00", "школа", "Школа №", "Ёлочка", "Елочка", "Гимназия «Лицей»", "Гимназия Лицей"]
        for (offset, name) in alike.enumerated() { dataset.organisations[offset * 7].name = name }
        dataset.municipalities[0].name = "Школа"
        let names = dataset.municipalities.map { ($0.name, $0.id.rawValue) } + dataset.organisations.map { ($0.name, $0.id.rawValue) }
        let order = names.indices.sorted { NameOrderKey(rank: 0, name: names[$0].0, id: names[$0].1) < NameOrderKey(rank: 0, name: names[$1].0, id: names[$1].1) }
        var expected = [Int32](repeating: 0, count: names.count)
        for (place, name) in order.enumerated() { expected[name] = Int32(place) }
        let places = NamePlaces(dataset)
        #expect(places.municipality + places.organisation == expected)
    }

    /// The full load's index takes the outline's name order only when both have the same
    /// organisations and municipalities; a renamed school gets its names collated anew.
    @Test func aFullIndexTakesTheOutlinesOrderOnlyForTheSameNames() throws {
        let dataset = DemoRegion.generate(schools: 200)
        var outline = dataset
        (outline.examResults, outline.financing, outline.riskProfiles) = ([], [], [])
        let earlier = RegionIndex(outline)
        #expect(RegionIndex(dataset, namesOf: earlier).namePlaces == RegionIndex(dataset).namePlaces)
        var renamed = dataset
        let last = try #require(renamed.organisations.indices.max { renamed.organisations[$0].name < renamed.organisations[$1].name })
        renamed.organisations[last].name = "АААА первая по алфавиту"
        let index = RegionIndex(renamed, namesOf: earlier)
        #expect(index.namePlaces == NamePlaces(renamed))
        #expect(index.namePlaces != earlier.namePlaces)
    }

    @Test func anOutlineTakesTheDigestsOrderOnlyWhenItFits() {
        let dataset = DemoRegion.generate(schools: 200)
        let full = RegionIndex(dataset)
        var outline = dataset
        (outline.examResults, outline.financing, outline.riskProfiles) = ([], [], [])
        let digest = RegionDigest(full)
        #expect(RegionIndex(outline, digest: digest).network.children == full.network.children)
        let reversed = NamePlaces(municipality: digest.names.municipality.reversed(), organisation: digest.names.organisation.reversed())
        let wrong = RegionDigest(years: digest.years, headlineSubject: digest.headlineSubject, headlineMeans: digest.headlineMeans,
                                 concernCounts: digest.concernCounts, positiveCounts: digest.positiveCounts,
                                 aggregates: digest.aggregates, names: reversed)
        #expect(RegionIndex(outline, digest: wrong).network.children != full.network.children, "places that fit are trusted")
        let broken = RegionDigest(years: digest.years, headlineSubject: digest.headlineSubject, headlineMeans: digest.headlineMeans,
                                  concernCounts: digest.concernCounts, positiveCounts: digest.positiveCounts,
                                  aggregates: digest.aggregates, names: NamePlaces(municipality: [], organisation: []))
        #expect(RegionIndex(outline, digest: broken).network.children == full.network.children, "places that do not fit are worked out")
    }
}
