import Foundation
@testable import KachestvoCore
import Testing

/// Names sort as a Russian reader expects: numbers by value, the legal form aside, ё with е.
@Suite struct NameCollationTests {
    private func sorted(_ names: [String]) -> [String] {
        names.map { (NameCollationKey($0), $0) }.sorted { $0.0 < $1.0 }.map(\.1)
    }

    private func key(_ name: String) -> NameCollationKey { NameCollationKey(name) }

    @Test func numbersCompareByValue() {
        #expect(key("МБОУ СОШ № 5") < key("МБОУ СОШ № 11"))
        #expect(sorted(["СОШ № 100", "СОШ № 11", "СОШ № 2", "СОШ № 5", "СОШ № 12", "СОШ"])
                == ["СОШ", "СОШ № 2", "СОШ № 5", "СОШ № 11", "СОШ № 12", "СОШ № 100"])
        #expect(key("гимназия № 007") == key("гимназия № 7"), "leading zeros do not count")
        #expect(key("лицей № 9 корпус 2") < key("лицей № 10 корпус 1"))
    }

    @Test func numbersLongerThanAByteCountStillCompareByValue() {
        let small = String(repeating: "9", count: 254), large = "1" + String(repeating: "0", count: 254)
        let huge = "1" + String(repeating: "0", count: 300)
        #expect(key("№ \(small)") < key("№ \(large)"))
        #expect(key("№ \(large)") < key("№ \(huge)"))
        #expect(key("№ \(huge)") < key("№ \(huge)1"))
    }

    @Test func theLegalFormIsSetAsideSoFormsInterleaveByName() {
        let names = ["МБОУ СОШ № 8", "МАОУ СОШ № 7", "МКОУ Урезская ООШ", "МАОУ гимназия № 1",
                     "ГБОУ НСО «Кадетская школа-интернат № 2»", "МБОУ Баганская СОШ № 2", "ЧОУ «Лидер»"]
        #expect(sorted(names) == ["МБОУ Баганская СОШ № 2", "МАОУ гимназия № 1", "ГБОУ НСО «Кадетская школа-интернат № 2»",
                                  "ЧОУ «Лидер»", "МАОУ СОШ № 7", "МБОУ СОШ № 8", "МКОУ Урезская ООШ"])
        #expect(key("МАОУ СОШ № 5") == key("МБОУ СОШ № 5"), "the same school name under two forms: a tie")
    }

    @Test func aNameThatIsOnlyALegalFormOrStartsWithAnOrdinaryWordKeepsIt() {
        #expect(key("МБОУ") != key(""))
        #expect(key("ГБОУ НСО") != key(""))
        #expect(key("СОШ № 1") != key("№ 1"), "СОШ is a kind of school, not a legal form")
        #expect(key("Мбоу школа") != key("школа"), "only a word in capitals is a legal form")
    }

    @Test func yoIsYeAndCaseDoesNotCount() {
        #expect(key("Берёзовская СОШ") == key("Березовская СОШ"))
        #expect(key("ЁЛКИНСКАЯ ООШ") == key("елкинская ооШ"))
        #expect(key("Е\u{308}лкинская") == key("Елкинская"), "a decomposed ё too")
        #expect(sorted(["Жуланская", "Ёлкинская", "Еланская", "Елбанская"]) == ["Еланская", "Елбанская", "Ёлкинская", "Жуланская"])
    }

    @Test func quotesAndRepeatedSpacesAreIgnored() {
        #expect(key("«Лидер»") == key("Лидер"))
        #expect(key("МАОУ  «Гимназия   № 1»") == key("гимназия № 1"))
        #expect(key("СОШ\u{A0}№\u{A0}5") == key("СОШ № 5"), "no-break spaces are spaces")
    }

    @Test func punctuationThenDigitsThenCyrillicThenLatin() {
        #expect(sorted(["Zeta", "Альфа", "5 школа", "— школа", "alpha", "Яхонт"])
                == ["— школа", "5 школа", "Альфа", "Яхонт", "alpha", "Zeta"])
    }

    @Test func reversingTheKeysGivesTheExactReverseOrder() {
        let names = ["СОШ № 11", "СОШ № 5", "МАОУ лицей", "МБОУ гимназия", "Ёлкинская", "Елань"]
        let descending = names.map { (NameCollationKey($0), $0) }.sorted { $1.0 < $0.0 }.map(\.1)
        #expect(descending == sorted(names).reversed())
    }

    @Test func tiesAreBrokenByTheId() {
        let keys = [("МБОУ СОШ № 5", "b"), ("МАОУ СОШ № 5", "c"), ("маоу сош № 5", "a"), ("СОШ № 4", "z")]
            .map { NameOrderKey(rank: 1, name: $0.0, id: $0.1) }
        #expect(keys.sorted().map(\.id) == ["a", "z", "b", "c"], "«маоу» in lower case is a word, not a legal form")
        #expect(NameOrderKey(rank: 0, name: "Я", id: "1") < NameOrderKey(rank: 1, name: "А", id: "2"), "rank first")
    }

    @Test func everyColumnOfTheDemoRegionIsInNameOrder() {
        let dataset = DemoRegion.generate()
        let index = RegionIndex(dataset)
        for view in Hierarchy.View.allCases {
            let tree = index.hierarchy(view)
            for children in tree.children where children.count > 1 {
                let names = children.compactMap { node -> (Bool, String)? in
                    guard case .organisation(let org) = tree.nodes[node] else { return nil }
                    let role = dataset.organisations[org].role
                    return (role == .participant || role == .none, dataset.organisations[org].name)
                }
                let keys = names.map { (rank: $0.0 ? 1 : 0, key: NameCollationKey($0.1)) }
                for (left, right) in zip(keys, keys.dropFirst()) {
                    #expect(left.rank < right.rank || (left.rank == right.rank && !(right.key < left.key)))
                }
            }
        }
    }
}

/// Search and sorting read text folded: lower case, ё as е.
@Suite struct TextFoldTests {
    /// What the fold must equal: `lowercased()`, composed, with every ё an е.
    private func reference(_ text: String) -> String {
        String(String.UnicodeScalarView(text.lowercased().precomposedStringWithCanonicalMapping.unicodeScalars
            .map { $0 == "ё" ? "е" : $0 }))
    }

    @Test(arguments: ["МБОУ СОШ № 12", "ЁЛКИНСКАЯ ООШ", "Берёзовская", "Е\u{308}лкинская", "Ѐ Ђ Џ Ѝ", "Ґанна Їжак",
                      "Ärger STRASSE", "ΑΒΓ", "ǅ", "🙂 Ok", "", "гимназия «Эврика»", "МКОУ Урезская ООШ\u{1B}[31m",
                      "СОШ № 5 — «Лидер»…", "Ⅻ Ω K Å", "µ ß ŉ", "\u{2070}ⁱⁿ ‰ ‹›", "É", "Й\u{0306}"])
    func foldsLikeLowercasedWithYoAsYe(text: String) {
        #expect(TextFold.folded(text) == reference(text))
        #expect(!TextFold.folded(text).contains("ё"))
    }

    @Test func foldsEveryNameOfTheDemoRegionLikeTheReference() {
        let dataset = DemoRegion.generate()
        for name in dataset.organisations.map(\.name) + dataset.municipalities.map(\.name) {
            #expect(TextFold.folded(name) == reference(name), "\(name)")
        }
    }

    @Test func yoAndYeFoldToTheSameBytesInEveryCase() {
        let forms = ["ё", "Ё", "е", "Е", "е\u{308}", "Е\u{308}"].map(TextFold.folded)
        #expect(Set(forms) == ["е"])
        #expect(TextFold.folded("БЕРЁЗ") == TextFold.folded("берез"))
    }

    @Test func foldsASubstringLikeItsString() {
        let name = "МАОУ Берёзовская СОШ"
        #expect(TextFold.folded(name.dropFirst(5)) == "березовская сош")
    }
}
