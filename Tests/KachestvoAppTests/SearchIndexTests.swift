@testable import KachestvoApp
import KachestvoCore
import Testing

@Suite struct SearchIndexTests {
    private func folded(_ text: String) -> String {
        var bytes: [UInt8] = []
        LowerCase.append(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test(arguments: ["МБОУ СОШ № 12", "ЁЛКИНСКАЯ ООШ", "Ѐ Ђ Џ Ѝ", "Ґанна Їжак", "Ärger STRASSE", "ΑΒΓ", "ǅ", "🙂 Ok", "",
                      "гимназия «Эврика»", "МКОУ Урезская ООШ\u{1B}[31m", "СОШ № 5 — «Лидер»…", "Ⅻ Ω K Å", "µ ß ŉ",
                      "\u{2070}ⁱⁿ ‰ ‹›", "É", "Й\u{0306}"])
    func foldsLikeLowercased(text: String) {
        #expect(folded(text) == text.lowercased())
    }

    @Test func foldsEveryNameOfTheDemoRegionLikeLowercased() {
        let dataset = DemoRegion.generate()
        for name in dataset.organisations.map(\.name) + dataset.municipalities.map(\.name) {
            #expect(folded(name) == name.lowercased(), "\(name)")
        }
    }

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
}
