import Testing
@testable import TerminalKit

@Suite struct DistinctClippingTests {
    let measure = TextWidth.standard

    @Test func labelsThatFitAreKept() {
        #expect(measure.distinctlyClipped(["СОШ № 1", "СОШ № 2"], to: 10) == ["СОШ № 1", "СОШ № 2"])
    }

    @Test func anEndEllipsisIsKeptWhereItKeepsLabelsApart() {
        #expect(measure.distinctlyClipped(["Баганская СОШ", "Палецкая СОШ № 12"], to: 10) == ["Баганская…", "Палецкая …"])
    }

    @Test func labelsThatWouldLookAlikeKeepTheirNumbers() {
        let labels = ["Линёвская СОШ № 1", "Линёвская СОШ № 2", "Линёвская СОШ № 12", "Мирненская СОШ"]
        let shown = measure.distinctlyClipped(labels, to: 14)
        #expect(shown == ["Линёвская…№ 1", "Линёвская…№ 2", "Линёвская…№ 12", "Мирненская СОШ"])
        #expect(Set(shown).count == labels.count)
        #expect(shown.allSatisfy { measure.width(of: $0) <= 14 })
    }

    @Test func theTailStartsAtTheWordWhereLabelsPart() {
        let labels = ["Математика (базовый уровень)", "Математика (профильный уровень)"]
        let shown = measure.distinctlyClipped(labels, to: 16)
        #expect(shown[0] != shown[1])
        #expect(shown.allSatisfy { measure.width(of: $0) <= 16 })
    }

    @Test func labelsThatDifferOnlyAtTheEndKeepTheEnd() {
        let labels = ["МБОУ Очень длинное название школы А", "МБОУ Очень длинное название школы Б"]
        let shown = measure.distinctlyClipped(labels, to: 12)
        #expect(shown[0] != shown[1])
        #expect(shown[0].hasSuffix("А") && shown[1].hasSuffix("Б"))
    }

    @Test func equalLabelsStayEqual() {
        #expect(measure.distinctlyClipped(["Спасская НОШ", "Спасская НОШ"], to: 8) == ["Спасска…", "Спасска…"])
    }

    @Test func manyRowsInANarrowColumnAreAllDifferent() {
        let labels = (1...40).map { "Верх-Ирменская СОШ № \($0)" } + (1...40).map { "Верх-Ирменская ООШ № \($0)" }
        for width in [12, 14, 20] {
            let shown = measure.distinctlyClipped(labels, to: width)
            #expect(Set(shown).count == labels.count, "width \(width)")
            #expect(shown.allSatisfy { measure.width(of: $0) <= width })
        }
    }

    @Test func middleClippingKeepsTheTailWhole() {
        let text = "Черепановская СОШ № 12"
        #expect(measure.middleClipped(text, keeping: text.suffix(4), to: 12) == "Черепан…№ 12")
        #expect(measure.middleClipped(text, keeping: text.suffix(4), to: 40) == text)
        #expect(measure.endKept(text, to: 8) == "…ОШ № 12")
    }

    @Test func theBreadcrumbKeepsItsLastPartWhole() {
        let parts = ["Новосибирская область", "МАОУ Куйбышевская гимназия", "МАОУ Барабинская СОШ № 1"]
        let fitted = measure.breadcrumbFitted(parts, separatorWidth: 3, to: 50)
        #expect(fitted.last == "МАОУ Барабинская СОШ № 1")
        #expect(fitted.reduce(0) { $0 + measure.width(of: $1) } + 6 <= 50)
        #expect(fitted[0].hasSuffix("…") && fitted[1].hasSuffix("…"))
        #expect(measure.breadcrumbFitted(parts, separatorWidth: 3, to: 200) == parts)
        #expect(measure.breadcrumbFitted(["Область"], separatorWidth: 3, to: 4) == ["Обл…"])
    }
}
