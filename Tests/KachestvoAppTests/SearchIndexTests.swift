@testable import KachestvoApp
import KachestvoCore
import Testing

@Suite struct SearchIndexTests {
    /// A municipality's name is laid out and scanned once, however many organisations it has: a name of
    /// a million characters makes a search scan a million bytes, not a million per organisation.
    @Test func aHugeMunicipalityNameIsSearchedOnce() throws {
        var dataset = AppFixture.dataset()
        let huge = String(repeating: "x", count: 1_000_000) + " Искитим"
        let slot = try #require(dataset.municipalities.firstIndex { $0.id.rawValue == "nsk-lenin" })
        dataset.municipalities[slot].name = huge
        let inIt = dataset.organisations.indices.filter { dataset.organisations[$0].municipalityId.rawValue == "nsk-lenin" }
        #expect(inIt.count >= 4)
        let search = SearchIndex(dataset)
        #expect(search.searchedByteCount < huge.utf8.count + 10_000, "the name is held once, not \(inIt.count) times")
        #expect(search.matches("искитим") == inIt, "found through the municipality")
        #expect(search.matches("урез").count == 1, "other fields still searched")
    }

    @Test func findsInAnyCase() {
        let search = AppFixture.state().model.search
        #expect(search.matches("урез") == search.matches("УРЕЗ"))
        #expect(search.matches("  Урез ").count == 1)
        #expect(search.matches("org-0").count == 9, "org-01 … org-09, not org-10")
    }

    /// The fixture with a school, a settlement and a municipality spelt with ё.
    private func withYo() -> (Dataset, SearchIndex) {
        var dataset = AppFixture.dataset()
        dataset.organisations[7].name = "МКОУ Берёзовская ООШ"
        dataset.organisations[8].settlement = "с. Ёлкино"
        dataset.municipalities[3].name = "Коченёвский"
        return (dataset, SearchIndex(dataset))
    }

    @Test(arguments: ["Березовская", "берёзовская", "БЕРЁЗ", "БЕРЕЗ", "березовская ооШ"])
    func findsYoWrittenAsYeOrYoInAnyCase(query: String) {
        let (dataset, search) = withYo()
        #expect(search.matches(query).map { dataset.organisations[$0].name } == ["МКОУ Берёзовская ООШ"])
    }

    @Test func foldsYoInSettlementsAndMunicipalitiesToo() {
        let (dataset, search) = withYo()
        #expect(search.matches("елкино").map { dataset.organisations[$0].id } == ["org-09"])
        #expect(search.matches("КОЧЕНЕВ").count == 3, "the three schools of the renamed municipality")
        #expect(search.matches("березка").isEmpty, "folding does not make unrelated names match")
    }
}

@Suite struct PaletteFoldTests {
    @Test func thePaletteIgnoresCaseInCyrillicAsTheSearchDoes() {
        let state = AppFixture.state()
        #expect(PaletteInput.matches("ОБРАТНЫЙ", state).map(\.id) == [.reverseSort])
        #expect(PaletteInput.matches("Обратный порядок", state).map(\.id) == [.reverseSort])
    }
}
