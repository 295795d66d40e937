@testable import KachestvoApp
import KachestvoCore
import TerminalKit
import Testing

/// Key scripts on every tab: tab keys, search, help, palette; and the Network screen's place kept
/// by identity whatever changes under it.
@Suite struct EveryTabTests {
    @Test(arguments: Tab.allCases)
    func digitsAndBracketsReachEveryTab(tab: Tab) {
        var state = AppFixture.state(language: .en)
        AppFixture.type([.character(Character("\(tab.rawValue)"))], into: &state)
        #expect(state.tab == tab)
        let top = AppFixture.screen(state)[1...2].joined(separator: "\n")
        let heading = switch tab {
        case .network: "Consulting centres"
        case .exams: "ЕГЭ by subject"
        case .funding: "┌ \(state.text(.fundingPlotTitle)) "
        default: "┌ \(state.text(tab.title)) "
        }
        #expect(top.contains(heading), "\(top)")
        AppFixture.type([.character("]"), .character("[")], into: &state)
        #expect(state.tab == tab, "] then [ comes back")
    }

    @Test(arguments: Tab.allCases)
    func helpAndHintsListOnlyWhatWorksHere(tab: Tab) {
        var state = AppFixture.state(language: .en)
        state.tab = tab
        let hints = AppFixture.screen(state).last!
        #expect(hints.contains("? Help") && hints.contains("/ Search"))
        #expect(hints.contains("s Sort") == (tab == .network), "sorting is the Network screen's: \(hints)")
        AppFixture.type([.character("?")], into: &state)
        #expect(state.overlay == .help(scroll: 0))
        let help = HelpOverlay.lines(state, width: 100).map(\.plainText).joined(separator: "\n")
        #expect(help.contains("Redraw") && help.contains("Reload the data"))
        #expect(help.contains("Centres / municipalities") == [.network, .exams].contains(tab))
        AppFixture.type([.escape, .character(":")] + AppFixture.text("sort"), into: &state)
        #expect(PaletteInput.matches("sort", state).map(\.id) == (tab == .network ? [.sort, .reverseSort] : []))
    }

    /// The tabs with no place of their own for an organisation (the Exams screen takes it as its scope).
    @Test(arguments: Tab.allCases.filter { $0 != .exams })
    func searchWorksFromEveryTabAndEscapeReturns(tab: Tab) {
        var state = AppFixture.state()
        state.tab = tab
        AppFixture.type([.character("/")] + AppFixture.text("урез"), into: &state)
        #expect(state.tab == .network, "a screen with no place for schools hands the match to the Network screen")
        #expect(AppFixture.focusedName(state) == "МКОУ Урезская ООШ")
        #expect(state.search.matches == ["org-08"])
        AppFixture.type([.escape], into: &state)
        #expect(state.tab == tab)
        #expect(AppFixture.focusedName(state) == "МБОУ гимназия № 1")
    }

    @Test func keysOfOtherScreensDoNothingOnTheCouncilScreen() {
        var state = AppFixture.state()
        AppFixture.type([.character("6"), .character("s"), .character("v"), .character("j")], into: &state)
        #expect(state.screens.network == AppFixture.state().screens.network)
        #expect(state.tab == .council)
    }

    @Test func theSchoolStaysSelectedAcrossSortYearViewAndANewModel() {
        var state = AppFixture.state()
        AppFixture.type([.character("j"), .enter, .enter], into: &state)
        #expect(AppFixture.focusedName(state) == "МКОУ Палецкая СОШ")
        for key: Key in [.character("s"), .character("S"), .character("<"), .character("v"), .character("s"), .character(">"),
                         .character("S"), .character("v")] {
            AppFixture.type([key], into: &state)
            #expect(AppFixture.focusedName(state) == "МКОУ Палецкая СОШ", "after \(key)")
        }
        var reordered = AppFixture.dataset()
        reordered.organisations.reverse()
        reordered.examResults.reverse()
        let region = LoadedRegion(model: AppModel(index: RegionIndex(reordered)), source: .builtInDemo, seconds: 0)
        _ = Update.apply(.loaded(region), to: &state)
        #expect(AppFixture.focusedName(state) == "МКОУ Палецкая СОШ", "every position moved; the identity held")
        #expect(state.screens.network.selection == [.organisation("org-01"), .organisation("org-04"), .organisation("org-09")])
    }

    @Test func searchMatchesAreIdentitiesThatOutliveTheModel() {
        var state = AppFixture.state()
        AppFixture.type([.character("/")] + AppFixture.text("баган") + [.enter], into: &state)
        var reordered = AppFixture.dataset()
        reordered.organisations.reverse()
        let region = LoadedRegion(model: AppModel(index: RegionIndex(reordered)), source: .builtInDemo, seconds: 0)
        _ = Update.apply(.loaded(region), to: &state)
        AppFixture.type([.character("n")], into: &state)
        #expect(AppFixture.focusedName(state) == "МКОУ Урезская ООШ")
    }

    /// «№» is East-Asian ambiguous: drawn two columns wide with `--ambiguous-wide`, and every view
    /// must measure it so, or the right-hand borders are pushed out of line.
    @Test(arguments: [false, true])
    func bordersStayInLineWithAmbiguousWideText(ambiguousWide: Bool) {
        var state = AppFixture.state(width: 120, height: 40)
        state.context.textWidth = TextWidth(ambiguousWide: ambiguousWide)
        AppFixture.type([.enter, .character("j"), .enter], into: &state)
        let buffer = AppView.render(state)
        #expect(buffer.textWidth.ambiguousWide == ambiguousWide)
        let rows = TestBackend.lines(of: buffer)
        let border = ambiguousWide ? "|" : "│"
        var columns: [Int]?
        for y in 3..<(buffer.height - 2) {
            #expect(rows[y].hasSuffix(border), "row \(y): \(rows[y])")
            let borders = (0..<buffer.width).filter { buffer[$0, y].symbol == border }
            #expect(borders.count == 6, "three boxes, two borders each, on row \(y): \(rows[y])")
            #expect(columns == nil || borders == columns, "borders in the same columns on every row")
            columns = borders
        }
    }
}

@Suite struct HelpScrollTests {
    @Test func helpScrollsWithinItsTextAndEndKeysReachBothEnds() throws {
        var state = AppFixture.state(language: .en)
        AppFixture.type([.character("?"), .character("G")], into: &state)
        let bottom = HelpOverlay.maximumScroll(state)
        #expect(bottom > 0, "the help is longer than an 80×24 screen")
        #expect(state.overlay == .help(scroll: bottom))
        #expect(AppFixture.screen(state).joined().contains("Esc or ? closes"), "the last line is on screen")
        AppFixture.type([.character("j"), .pageDown], into: &state)
        #expect(state.overlay == .help(scroll: bottom), "no scrolling past the end")
        AppFixture.type([.character("k")], into: &state)
        #expect(state.overlay == .help(scroll: bottom - 1), "one key up moves at once")
        AppFixture.type([.character("g")], into: &state)
        #expect(state.overlay == .help(scroll: 0))
    }
}
