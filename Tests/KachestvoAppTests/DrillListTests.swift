import Bilingual
import KachestvoCore
import TerminalKit
import Testing
@testable import KachestvoApp

/// The list behind a number: how it sorts, moves and opens an organisation on the Network screen,
/// and what it shows.
@Suite struct DrillListTests {
    private let drill = OrganisationDrill(
        title: "Средний балл", valueTitle: "Балл",
        rows: [DrilledOrganisation(id: "org-07", value: 68), DrilledOrganisation(id: "org-09", value: 49),
               DrilledOrganisation(id: "org-10", value: nil), DrilledOrganisation(id: "org-06", value: 58)])

    private func opened(language: Language = .ru) -> AppState {
        var state = AppFixture.state(language: language)
        state.tab = .overview
        state.overlay = .drill(DrillList(drill, state.model))
        return state
    }

    private func listed(_ state: AppState) -> [Identifier<Organisation>] {
        guard case .drill(let list)? = state.overlay else { return [] }
        return list.drill.rows.map(\.id)
    }

    @Test func opensByValueFromTheHighestWithTheValuelessLast() {
        #expect(listed(opened()) == ["org-07", "org-06", "org-09", "org-10"])
    }

    @Test func sortsByNameAndReversesKeepingTheSelection() {
        var state = opened()
        _ = AppFixture.type([.character("j")], into: &state)  // «СОШ № 7» (58) selected
        _ = AppFixture.type([.character("s")], into: &state)
        // By name, numbers naturally: № 7 before № 19 before № 99.
        let byName = listed(state)
        #expect(Set(byName) == Set(drill.rows.map(\.id)))
        #expect(byName.firstIndex(of: "org-06")! < byName.firstIndex(of: "org-07")!)
        #expect(byName.firstIndex(of: "org-07")! < byName.firstIndex(of: "org-10")!)
        _ = AppFixture.type([.character("S")], into: &state)
        #expect(listed(state) == byName.reversed())
        guard case .drill(let list)? = state.overlay else { Issue.record("the list closed"); return }
        #expect(list.selectedOrganisation == "org-06")
    }

    @Test func enterOpensTheOrganisationOnTheNetworkScreen() {
        var state = opened()
        _ = AppFixture.type([.character("j"), .character("j"), .enter], into: &state)
        #expect(state.overlay == nil)
        #expect(state.tab == .network)
        #expect(AppFixture.focusedName(state) == "МКОУ Палецкая СОШ")
    }

    @Test func escapeClosesItWhereItWas() {
        var state = opened()
        _ = AppFixture.type([.escape], into: &state)
        #expect(state.overlay == nil)
        #expect(state.tab == .overview)
    }

    @Test(arguments: [Language.ru, .en])
    func showsNamesMunicipalitiesValuesAndItsKeys(language: Language) {
        let screen = AppFixture.screen(opened(language: language)).joined(separator: "\n")
        #expect(screen.contains("Средний балл · 4"))
        #expect(screen.contains("Балл ▼"))
        #expect(screen.contains("Палецкая СОШ"))
        #expect(screen.contains("Баганский"))
        #expect(screen.contains(NumberText.fixed(49, digits: 1, language)))
        #expect(screen.contains(language == .ru ? "Enter открыть в «Сети» · s значение/название · S обратно · Esc закрыть"
                                                 : "Enter open in Network · s value/name · S reverse · Esc close"))
        #expect(screen.contains("—"))  // the school with no value
    }
}
