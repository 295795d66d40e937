@testable import KachestvoApp
import KachestvoCore
import TerminalKit
import Testing

@Suite struct KeyScriptTests {
    private func focusedName(_ state: AppState) -> String? {
        guard let node = NetworkNavigator.focusedNode(state.screens.network, state.context),
              case .organisation(let org) = state.model.index.hierarchy(state.screens.network.view).nodes[node] else { return nil }
        return state.model.dataset.organisations[org].name
    }

    @Test func startsOnTheNetworkAtTheFirstConsultingCentre() {
        let state = AppFixture.state()
        #expect(state.tab == .network)
        #expect(focusedName(state) == "МБОУ гимназия № 1", "by name, past the legal form: гимназия before лицей")
        #expect(state.year == 2018)
    }

    @Test func movesDrillsInAndGoesBack() {
        var state = AppFixture.state()
        AppFixture.type([.character("j")], into: &state)
        #expect(focusedName(state) == "МАОУ лицей № 9")
        AppFixture.type([.character("k"), .character("j"), .enter], into: &state)
        #expect(focusedName(state) == "МКОУ Баганская СОШ № 1")
        AppFixture.type([.right], into: &state)
        #expect(focusedName(state) == "МКОУ Палецкая СОШ")
        AppFixture.type([.character("G")], into: &state)
        #expect(focusedName(state) == "МКОУ Урезская ООШ")
        AppFixture.type([.escape], into: &state)
        #expect(focusedName(state) == "МКОУ Баганская СОШ № 1")
        AppFixture.type([.enter], into: &state)
        #expect(focusedName(state) == "МКОУ Урезская ООШ", "returns to the child chosen last time")
        AppFixture.type([.backspace, .left, .character("h")], into: &state)
        #expect(state.screens.network.isAtRegion, "back stops at the region, above the top level")
    }

    @Test func russianLayoutLettersWorkLikeTheirLatinKeys() {
        var state = AppFixture.state()
        AppFixture.type([.character("о")], into: &state)          // о = j
        #expect(focusedName(state) == "МАОУ лицей № 9")
        AppFixture.type([.character("л"), .character("д")], into: &state)  // л = k, д = l
        #expect(focusedName(state) == "МБОУ СОШ № 45")
        AppFixture.type([.character("р")], into: &state)          // р = h
        #expect(state.screens.network.selection.count == 1)
        #expect(AppFixture.type([.character("й")], into: &state) == [.quit])
        #expect(state.shouldQuit)
    }

    @Test func searchJumpsAsYouTypeCyrillicAndStepsThroughMatches() {
        var state = AppFixture.state()
        AppFixture.type([.character("/")] + AppFixture.text("баган"), into: &state)
        #expect(state.search.isEditing)
        #expect(state.search.matches.count == 3, "Баганская СОШ by name, Урезская and Палецкая by municipality")
        #expect(focusedName(state) == "МКОУ Баганская СОШ № 1")
        AppFixture.type([.enter, .character("n")], into: &state)
        #expect(!state.search.isEditing)
        #expect(focusedName(state) == "МКОУ Урезская ООШ")
        AppFixture.type([.character("N"), .character("N")], into: &state)
        #expect(focusedName(state) == "МКОУ Палецкая СОШ", "N wraps backwards")
    }

    @Test func escapeCancelsSearchAndReturnsToWhereYouWere() {
        var state = AppFixture.state()
        AppFixture.type([.character("j"), .character("/")] + AppFixture.text("урез"), into: &state)
        #expect(focusedName(state) == "МКОУ Урезская ООШ")
        AppFixture.type([.escape], into: &state)
        #expect(focusedName(state) == "МАОУ лицей № 9")
        AppFixture.type([.character("/")] + AppFixture.text("нет такой"), into: &state)
        #expect(state.search.matches.isEmpty)
        #expect(AppFixture.screen(state).last!.contains("не найдено"))
    }

    @Test func helpAndPaletteComeFromTheCommandTable() {
        var state = AppFixture.state(language: .en)
        AppFixture.type([.character("?")], into: &state)
        #expect(state.overlay == .help(scroll: 0))
        let help = AppFixture.screen(state).joined(separator: "\n")
        for command in ScreenRegistry.availableCommands(on: .network).prefix(8) {
            #expect(help.contains(command.name.en), "help lists \(command.name.en)")
        }
        AppFixture.type([.escape, .character(":")] + AppFixture.text("theme"), into: &state)
        #expect(AppFixture.screen(state).joined().contains("Theme"))
        AppFixture.type([.enter], into: &state)
        #expect(state.overlay == nil)
        #expect(state.message == "Theme: \(state.theme.name)")
    }

    @Test func togglingTheViewKeepsTheSelectedSchool() {
        var state = AppFixture.state()
        AppFixture.type([.character("j"), .enter, .character("j"), .enter, .character("G")], into: &state)
        #expect(focusedName(state) == "МБОУ СОШ № 19")
        AppFixture.type([.character("v")], into: &state)
        #expect(state.screens.network.view == .administrative)
        #expect(focusedName(state) == "МБОУ СОШ № 19")
        let path = NodeLabel.breadcrumb(NetworkNavigator.path(state.screens.network, state.context), state.screens.network, state.context)
        #expect(path == ["Новосибирская область", "г. Новосибирск", "Ленинский", "МБОУ СОШ № 19"])
    }

    @Test func sortingByResultPutsTheStrongestFirst() {
        var state = AppFixture.state()
        AppFixture.type([.character("j"), .enter, .character("s")], into: &state)
        #expect(state.screens.network.sort == .result)
        AppFixture.type([.character("g")], into: &state)
        #expect(focusedName(state) == "МБОУ СОШ № 12", "the УМЦ with the best mean comes first")
    }

    @Test func yearKeysMoveWithinTheYearsWithData() {
        var state = AppFixture.state()
        AppFixture.type([.character("<"), .character("<"), .character("<")], into: &state)
        #expect(state.year == 2016)
        AppFixture.type([.character(">")], into: &state)
        #expect(state.year == 2017)
    }

    @Test func languageAndThemeSwitchAtRunTime() {
        var state = AppFixture.state()
        #expect(AppFixture.screen(state)[0].contains("Сеть"))
        AppFixture.type([.character("L")], into: &state)
        #expect(state.language == .en)
        #expect(AppFixture.screen(state)[0].contains("Network"))
    }

    @Test func tooSmallTerminalShowsANoticeUntilResized() {
        var state = AppFixture.state()
        _ = Update.apply(.resize(width: 60, height: 15), to: &state)
        let small = AppFixture.screen(state).joined(separator: "\n")
        #expect(small.contains("Окно терминала слишком маленькое"))
        #expect(small.contains("60×15"))
        _ = Update.apply(.resize(width: 80, height: 24), to: &state)
        #expect(AppFixture.screen(state)[0].contains("Обзор"))
    }

    @Test func tabFocusesTheDetailPaneWhereArrowsScroll() {
        var state = AppFixture.state()
        AppFixture.type([.tab, .character("j"), .character("j")], into: &state)
        #expect(state.screens.network.focus == .detail)
        #expect(state.screens.network.detailScroll == 2)
        #expect(focusedName(state) == "МБОУ гимназия № 1", "the columns did not move")
        AppFixture.type([.escape], into: &state)
        #expect(state.screens.network.focus == .columns)
        AppFixture.type([.character("j")], into: &state)
        #expect(focusedName(state) == "МАОУ лицей № 9")
    }

    @Test func anUnboundAltChordIsEscapeThenTheKey() {
        var state = AppFixture.state()
        AppFixture.type([.character("?"), .alt("/")], into: &state)
        #expect(state.overlay == nil, "Esc closed the help")
        #expect(state.search.isEditing, "and / opened the search")
    }

    @Test func terminationQuits() {
        var state = AppFixture.state()
        #expect(Update.apply(.terminate, to: &state) == [.quit])
    }

    @Test func escapeSequencesInDataRenderInert() {
        var state = AppFixture.state()
        AppFixture.type([.character("j"), .enter, .character("j"), .enter], into: &state)
        let buffer = AppView.render(state)
        for cell in buffer.cells {
            for scalar in cell.symbol.unicodeScalars {
                #expect(scalar.value >= 0x20 && !(0x7F...0x9F).contains(scalar.value), "control \(scalar.value) reached the screen")
            }
        }
        #expect(TestBackend.text(of: buffer).contains("МБОУ СОШ № 7␛[31m"))
    }
}
