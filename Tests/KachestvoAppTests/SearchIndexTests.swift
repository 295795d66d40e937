@testable import KachestvoApp
import KachestvoCore
import Testing

@Suite struct SearchIndexTests {
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
