import Bilingual
import KachestvoCore
import TerminalKit
import Testing
@testable import KachestvoApp

/// The Network detail pane's identity lines as a user reads them: the place named once, sizes with
/// thousands separators, and the ⚑N badge never parted from its number by word wrap.
@Suite struct DetailPaneTests {
    /// The fixture with «МБОУ СОШ № 99» moved to the urban district «г. Искитим», which is also its
    /// settlement, and grown past a thousand pupils.
    private func stateAtAnUrbanDistrictSchool(language: Language) -> AppState {
        var dataset = AppFixture.dataset()
        dataset.municipalities.append(Municipality(id: "go-isk", name: "г. Искитим", kind: .urbanDistrict))
        let school = dataset.organisations.firstIndex { $0.id == "org-10" }!
        dataset.organisations[school].municipalityId = "go-isk"
        dataset.organisations[school].settlement = "г. Искитим"
        dataset.organisations[school].pupils = 1408
        dataset.organisations[school].teachers = 1062
        var state = AppState(model: AppModel(index: RegionIndex(dataset)), language: language, width: 120, height: 40,
                             themes: [Theme.builtInDefault], colorDepth: .none)
        AppFixture.type([.enter, .enter], into: &state)
        return state
    }

    private func detailText(_ state: AppState, width: Int = 60) throws -> [String] {
        let node = try #require(NetworkNavigator.focusedNode(state.screens.network, state.context))
        return DetailPane.lines(for: node, state.screens.network, state.context, width: width)
            .map { $0.spans.map(\.text).joined() }
    }

    @Test func anUrbanDistrictIsNamedOnceAndSizesAreGrouped() throws {
        let state = stateAtAnUrbanDistrictSchool(language: .ru)
        #expect(AppFixture.focusedName(state) == "МБОУ СОШ № 99")
        let lines = try detailText(state)
        #expect(lines.contains("Муниципалитет: г. Искитим"), "\(lines)")
        #expect(lines.contains("Обучающихся: 1\u{00A0}408 · Педагогов: 1\u{00A0}062"), "\(lines)")
        let english = try detailText(stateAtAnUrbanDistrictSchool(language: .en))
        #expect(english.contains("Pupils: 1,408 · Teachers: 1,062"), "\(english)")
    }

    @Test func aSettlementOtherThanTheMunicipalityIsKept() throws {
        var state = AppFixture.state(width: 120, height: 40)
        AppFixture.type([.character("j"), .enter, .enter], into: &state)
        #expect(AppFixture.focusedName(state) == "МКОУ Палецкая СОШ")
        #expect(try detailText(state).contains("Муниципалитет: Баганский, с. Баган"))
    }

    /// At every pane width, wherever the totals line breaks, «⚑» is followed by its count on the same row.
    @Test func theFlagBadgeNeverWrapsAwayFromItsNumber() throws {
        let state = AppFixture.state(width: 120, height: 40)
        let node = try #require(NetworkNavigator.focusedNode(state.screens.network, state.context))
        var wrappedAtTheBadge = false
        for width in 12...60 {
            let lines = DetailPane.lines(for: node, state.screens.network, state.context, width: width)
            let totals = try #require(lines.first { $0.spans.contains { $0.text.contains("⚑") } })
            let rows = WordWrap.wrap(totals, width: width).map { $0.spans.map(\.text).joined() }
            let row = try #require(rows.first { $0.contains("⚑") })
            #expect(row.range(of: #"⚑\d"#, options: .regularExpression) != nil, "width \(width): \(rows)")
            wrappedAtTheBadge = wrappedAtTheBadge || row.hasPrefix("⚑")
        }
        #expect(wrappedAtTheBadge, "some width breaks the line just before the badge")
    }
}
