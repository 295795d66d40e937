import Bilingual
@testable import KachestvoApp
import KachestvoCore
import TerminalKit
import Testing

/// `s` and `S` on the Network screen, read from the rendered screen: names in natural Russian order
/// past their legal form, every sort reversible, the header saying which way it runs, and the
/// selection kept through it all.
@Suite struct SortKeyScriptTests {
    private func state(language: Language = .ru) -> AppState {
        AppFixture.state(width: 120, height: 40, language: language)
    }

    /// The rows of the column titled `title`, as drawn (every glyph here is one column wide), without
    /// the focused column's header row (the titles of its figures).
    private func column(_ title: String, _ state: AppState) -> [String] {
        let lines = AppFixture.screen(state).map { Array($0) }
        guard let top = lines.firstIndex(where: { String($0).contains("┌ \(title)") }) else { return [] }
        let border = lines[top]
        let start = String(border).range(of: "┌ \(title)").map { String(border)[..<$0.lowerBound].count }!
        let end = border[start...].firstIndex(of: "┐")!
        return lines[(top + 1)...].prefix { $0[start] == "│" }.map { String($0[(start + 1)..<end]) }
            .filter { !$0.allSatisfy(\.isWhitespace) && !$0.contains("ЕГЭ Рус. яз.") }
    }

    /// Where each fragment first appears among `rows` (nil when it does not).
    private func positions(_ fragments: [String], in rows: [String]) -> [Int?] {
        fragments.map { fragment in rows.firstIndex { $0.contains(fragment) } }
    }

    private func header(_ state: AppState) -> String { AppFixture.screen(state)[1] }

    @Test func namesSortByNumberValueAndPastTheLegalForm() {
        var state = state()
        #expect(header(state).contains("Сортировка: по названию ▲"))
        #expect(positions(["гимназия № 1", "лицей № 9"], in: column("КЦ", state)) == [0, 1], "МБОУ гимназия before МАОУ лицей")
        #expect(AppFixture.focusedName(state) == "МБОУ гимназия № 1")
        AppFixture.type([.character("j"), .enter], into: &state)
        #expect(positions(["Баганская", "СОШ № 12"], in: column("МАОУ лицей № 9", state)) == [0, 1], "МКОУ Баганская before МБОУ СОШ")
        AppFixture.type([.character("j"), .enter], into: &state)
        #expect(positions(["СОШ № 7", "СОШ № 19"], in: column("МБОУ СОШ № 12", state)) == [0, 1], "№ 7 before № 19")
    }

    @Test func capitalSReversesTheNameSortAndKeepsTheSelection() {
        var state = state()
        AppFixture.type([.character("j"), .enter, .character("j"), .enter, .character("j")], into: &state)
        #expect(AppFixture.focusedName(state) == "МБОУ СОШ № 19")
        AppFixture.type([.character("S")], into: &state)
        #expect(header(state).contains("Сортировка: по названию ▼"))
        #expect(AppFixture.screen(state).last!.contains("Сортировка: по названию, по убыванию"))
        #expect(AppFixture.focusedName(state) == "МБОУ СОШ № 19", "the same school, now first")
        #expect(positions(["СОШ № 19", "СОШ № 7"], in: column("МБОУ СОШ № 12", state)) == [0, 1])
        #expect(positions(["СОШ № 12", "Баганская"], in: column("МАОУ лицей № 9", state)) == [0, 1], "every column turns")
        AppFixture.type([.character("S")], into: &state)
        #expect(header(state).contains("по названию ▲"))
        #expect(positions(["СОШ № 7", "СОШ № 19"], in: column("МБОУ СОШ № 12", state)) == [0, 1])
    }

    @Test func figureSortsRunHighestFirstAndReverseWithMissingFiguresLast() {
        var state = state()
        AppFixture.type([.character("j"), .enter, .character("s")], into: &state)
        #expect(header(state).contains("Сортировка: по результату ▼"))
        #expect(positions(["СОШ № 12", "Баганская"], in: column("МАОУ лицей № 9", state)) == [0, 1], "70 before 61")
        AppFixture.type([.character("S")], into: &state)
        #expect(header(state).contains("по результату ▲"))
        #expect(positions(["Баганская", "СОШ № 12"], in: column("МАОУ лицей № 9", state)) == [0, 1])
        AppFixture.type([.character("g"), .enter], into: &state)
        #expect(positions(["Палецкая", "Урезская"], in: column("МКОУ Баганская СОШ № 1", state)) == [0, 1],
                "the ООШ without a ЕГЭ mean stays last ascending")
        AppFixture.type([.character("S")], into: &state)
        #expect(positions(["Палецкая", "Урезская"], in: column("МКОУ Баганская СОШ № 1", state)) == [0, 1],
                "and descending")
    }

    @Test func lowerSMovesToTheNextSortInItsUsualDirection() {
        var state = state(language: .en)
        AppFixture.type([.character("S"), .character("s")], into: &state)
        #expect(state.screens.network.sort == .result && !state.screens.network.sortReversed)
        #expect(header(state).contains("Sort: by result ▼"))
        AppFixture.type([.character("S")], into: &state)
        #expect(AppFixture.screen(state).last!.contains("Sort: by result, ascending ▲"))
        AppFixture.type([.character("s"), .character("s"), .character("s")], into: &state)
        #expect(state.screens.network.sort == .name)
        #expect(header(state).contains("Sort: by name ▲"))
    }

    @Test func reverseWorksFromTheRussianLayoutAndIsInHelp() {
        var state = state()
        AppFixture.type([.character("Ы")], into: &state)   // Ы = S
        #expect(state.screens.network.sortReversed)
        AppFixture.type([.character("?")], into: &state)
        let help = AppFixture.screen(state)
        #expect(help.contains { $0.contains("S ") && $0.contains("Обратный порядок") }, "\(help.joined(separator: "\n"))")
    }
}
