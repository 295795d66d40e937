import Bilingual
import Foundation
@testable import KachestvoApp
import KachestvoCore
import KachestvoStore
import TerminalKit
import Testing

/// The fixture with funding for 2018 that fills every quadrant: raised coefficients with weak and
/// with strong results, the ordinary 1.00 at the top and below it, a lyceum's coefficient by type,
/// and a school with a coefficient but no results (not plotted).
enum FundingFixture {
    /// Coefficient and whether it is the project's raise, by organisation.
    static let funding: [String: (Double, Bool)] = [
        "org-01": (1.25, false), "org-02": (1.00, false), "org-03": (1.00, false), "org-04": (1.10, true),
        "org-05": (1.00, false), "org-06": (1.08, true), "org-07": (1.05, true), "org-08": (1.00, false),
        "org-09": (1.12, true), "org-10": (1.00, false),
    ]

    static func dataset() -> Dataset {
        var dataset = AppFixture.dataset()
        dataset.financing = ChunkedArray(dataset.organisations.map { org in
            let (coefficient, raised) = funding[org.id.rawValue]!
            return Financing(organisationId: org.id, year: 2018, normative: 86_500, coefficient: coefficient, raised: raised)
        })
        return dataset
    }

    /// The dashboard on the Funding tab.
    static func state(width: Int = 80, height: Int = 24, language: Language = .ru, dataset: Dataset = dataset()) -> AppState {
        var state = AppState(model: AppModel(index: RegionIndex(dataset)), language: language, width: width, height: height,
                             themes: [Theme.builtInDefault], colorDepth: .none)
        AppFixture.type([.character("4")], into: &state)
        return state
    }

    static func selectedName(_ state: AppState) -> String? {
        state.screens.funding.selectedPoint.map { state.model.dataset.organisations[state.screens.funding.figures.points[$0].organisation].name }
    }

    /// The list the shell opened for the screen's drill request, if any.
    static func drill(_ state: AppState) -> OrganisationDrill? {
        guard case .drill(let list)? = state.overlay else { return nil }
        return list.drill
    }

    static func ids(_ organisations: [Int], _ state: AppState) -> [String] {
        organisations.map { state.model.dataset.organisations[$0].id.rawValue }
    }
}

extension GoldenScreenTests {
    @Test(arguments: [(80, 24), (120, 40)], [Language.ru, .en])
    func fundingScreen(size: (Int, Int), language: Language) throws {
        try check("funding-\(size.0)x\(size.1)-\(language.rawValue)",
                  FundingFixture.state(width: size.0, height: size.1, language: language))
    }
}

@Suite struct FundingScreenTests {
    @Test func thePointsAreTheOrganisationsWithACoefficientAndAnIndex() throws {
        let state = FundingFixture.state()
        let figures = state.screens.funding.figures
        let index = state.model.index, slot = index.yearIndex[2018]!
        #expect(figures.points.count == 9, "all but org-08, which has no results")
        #expect(!figures.points.contains { state.model.dataset.organisations[$0.organisation].id == "org-08" })
        let lyceum = try #require(figures.points.first { state.model.dataset.organisations[$0.organisation].id == "org-01" })
        #expect(lyceum.financing.coefficient == 1.25 && lyceum.percentile == 1, "the best school of the year")
        for point in figures.points {
            #expect(point.percentile == index.scores.percentile(organisation: point.organisation, yearSlot: slot))
            #expect(point.score == index.scores.score(organisation: point.organisation, yearSlot: slot))
        }
        let screen = AppFixture.screen(state).joined(separator: "\n")
        #expect(screen.contains("■ повыш., слабые 3"), "the key counts the quadrant")
        #expect(screen.contains("□ 1,00, сильные 2"))
    }

    @Test func theFlaggedQuadrantsAndListsAreTheFlagEnginesFlags() {
        let state = FundingFixture.state()
        let figures = state.screens.funding.figures, index = state.model.index
        #expect(Set(figures.fundedNoEffect.map { figures.points[$0].organisation }) == Set(index.organisations(flagged: .fundedNoEffect, year: 2018)))
        #expect(Set(figures.effectiveNoFunding.map { figures.points[$0].organisation }) == Set(index.organisations(flagged: .effectiveNoFunding, year: 2018)))
        #expect(FundingFixture.ids(figures.fundedNoEffect.map { figures.points[$0].organisation }, state) == ["org-09", "org-06", "org-04"],
                "weakest first")
        #expect(FundingFixture.ids(figures.effectiveNoFunding.map { figures.points[$0].organisation }, state) == ["org-02", "org-03"],
                "strongest first")
        #expect(FundingFixture.ids(figures.members(of: .raisedStrong).map { figures.points[$0].organisation }, state) == ["org-07"])
        #expect(FundingFixture.ids(figures.members(of: .byType).map { figures.points[$0].organisation }, state) == ["org-01"])
    }

    @Test func aThresholdTriedOnScreenRegroupsAtOnceWithoutSaving() {
        var state = FundingFixture.state()
        #expect(AppFixture.type([.character("+"), .character("+"), .character("+")], into: &state).isEmpty, "nothing is saved yet")
        let trial = state.screens.funding.trial
        #expect(trial?.fundedNoEffectPercentile == 0.65)
        #expect(state.model.dataset.thresholds.fundedNoEffectPercentile == 0.5, "the model keeps the data's thresholds")
        let figures = state.screens.funding.figures
        #expect(FundingFixture.ids(figures.fundedNoEffect.map { figures.points[$0].organisation }, state) == ["org-09", "org-06", "org-04", "org-07"],
                "org-07 (62.5 %) is now below the line")
        #expect(state.message?.contains("65") == true)
        AppFixture.type([.character("a"), .character("-")], into: &state)
        #expect(state.screens.funding.trial?.effectiveNoFundingPercentile == 0.7)
        #expect(AppFixture.screen(state).joined().contains("▸ Эффективны без доплат"), "the list title marks the threshold changed")
        // Back to the data's own: nothing left to save.
        AppFixture.type([.character("+"), .character("a"), .character("-"), .character("-"), .character("-")], into: &state)
        #expect(state.screens.funding.trial == nil)
        #expect(AppFixture.type([.character("w")], into: &state).isEmpty)
        #expect(state.message == UIText.fundingUnchanged(.ru))
    }

    @Test func wAsksTheRuntimeToSaveTheTriedThresholds() {
        var state = FundingFixture.state()
        let effects = AppFixture.type([.character("+"), .character("ц")], into: &state)
        var expected = state.model.dataset.thresholds
        expected.fundedNoEffectPercentile = 0.55
        #expect(effects == [.saveThresholds(expected)], "w, here typed in the ЙЦУКЕН layout")
        #expect(state.message == UIText.fundingSaving(.ru))
    }

    @Test func enterOnThePlotListsTheCursorsQuadrantAndEnterThereOpensASchool() throws {
        var state = FundingFixture.state()
        #expect(FundingFixture.selectedName(state) == "МКОУ Палецкая СОШ", "the cursor starts on the weakest funded school")
        AppFixture.type([.enter], into: &state)
        let drill = try #require(FundingFixture.drill(state))
        #expect(drill.title.hasPrefix(UIText.fundingRaisedWeak(.ru)))
        #expect(Set(drill.rows.map(\.id.rawValue)) == ["org-04", "org-06", "org-09"])
        #expect(drill.rows.first { $0.id == "org-09" }?.value == 0)
        #expect(drill.rows.first { $0.id == "org-04" }?.value == 25)
        // The list opens highest first: Баганская (25 %), СОШ № 7 (12.5 %), Палецкая (0 %).
        AppFixture.type([.enter], into: &state)
        #expect(state.overlay == nil)
        #expect(state.tab == .network)
        #expect(AppFixture.focusedName(state) == "МКОУ Баганская СОШ № 1")
    }

    @Test func enterOnAListListsIt() throws {
        var state = FundingFixture.state()
        AppFixture.type([.tab, .tab, .down], into: &state)
        #expect(state.screens.funding.focus == .effectiveList)
        #expect(FundingFixture.selectedName(state) == "МБОУ СОШ № 12", "the second entry of the effective list")
        AppFixture.type([.enter], into: &state)
        let drill = try #require(FundingFixture.drill(state))
        #expect(drill.rows.map(\.id.rawValue) == ["org-02", "org-03"])
        #expect(drill.title.contains("75"))
        AppFixture.type([.escape, .left], into: &state)
        #expect(state.overlay == nil)
        #expect(state.screens.funding.focus == .fundedList, "← in the lists goes to the other list")
        AppFixture.type([.escape], into: &state)
        #expect(state.screens.funding.focus == .plot)
    }

    @Test func theArrowsStepToTheNearestPointThatWay() {
        var state = FundingFixture.state()
        // Палецкая (1.12, 0 %) → up: Баганская СОШ № 1 (1.10, 25 %), straight above.
        AppFixture.type([.up], into: &state)
        #expect(FundingFixture.selectedName(state) == "МКОУ Баганская СОШ № 1")
        AppFixture.type([.left], into: &state)
        #expect(state.screens.funding.figures.points[state.screens.funding.selectedPoint!].financing.coefficient == 1.08,
                "left: СОШ № 7 at 1.08, 12.5 %")
        AppFixture.type([.left], into: &state)
        #expect(state.screens.funding.figures.points[state.screens.funding.selectedPoint!].financing.coefficient < 1.08)
        AppFixture.type(Array(repeating: .left, count: 5), into: &state)
        let left = state.screens.funding.figures.points[state.screens.funding.selectedPoint!].financing.coefficient
        #expect(left == 1, "at the left edge the cursor stays in the 1.00 column")
        AppFixture.type(Array(repeating: .up, count: 9), into: &state)
        #expect(FundingFixture.selectedName(state) == "МАОУ лицей № 9", "up and up: the best school of the year, at the top")
        AppFixture.type([.up, .right], into: &state)
        #expect(FundingFixture.selectedName(state) == "МАОУ лицей № 9", "nothing above it or to its right: it stays")
        AppFixture.type([.left], into: &state)
        #expect(state.screens.funding.figures.points[state.screens.funding.selectedPoint!].financing.coefficient < 1.25)
    }

    @Test func searchShowsAPlottedOrganisationUnderTheCursor() {
        var state = FundingFixture.state()
        AppFixture.type([.character("/")] + AppFixture.text("лицей") + [.enter], into: &state)
        #expect(state.tab == .funding)
        #expect(FundingFixture.selectedName(state) == "МАОУ лицей № 9")
    }

    @Test func anotherYearWithoutFundingSaysSo() {
        var state = FundingFixture.state()
        AppFixture.type([.character("<")], into: &state)
        #expect(state.year == 2017)
        #expect(state.screens.funding.figures.points.isEmpty)
        #expect(AppFixture.screen(state).joined().contains("Нет организаций с коэффициентом и результатами"))
    }

    /// In the mono theme the two flagged quadrants differ by their markers and attributes, not colour.
    @Test func monoTellsTheQuadrantsApartWithoutColour() throws {
        let themes = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("themes/mono.json").path
        var state = FundingFixture.state(width: 120, height: 40)
        state.context.themes = [try ThemeLoader.load(path: themes)]
        state.context.colorDepth = .truecolor
        let buffer = AppView.render(state)
        let cells = buffer.cells
        #expect(cells.allSatisfy { $0.style.foreground == .terminalDefault && $0.style.background == .terminalDefault })
        let funded = try #require(cells.first { $0.symbol == "■" }), effective = try #require(cells.first { $0.symbol == "□" })
        #expect(funded.style.attributes != effective.style.attributes)
        #expect(cells.contains { $0.symbol == "◆" }, "the cursor")
    }

    /// Without braille (the Linux console, `--charts ascii`) the plot and its key fall back to ASCII.
    @Test func asciiGlyphsDrawThePlotInASCII() {
        var state = FundingFixture.state()
        state.context.chartGlyphs = .ascii
        let screen = AppFixture.screen(state)
        let plot = screen[2...11].map { String($0.prefix(48)) }.joined()
        #expect(plot.contains("x") && plot.contains("o") && plot.contains("@"))
        #expect(!plot.unicodeScalars.contains { (0x2800...0x28FF).contains($0.value) || "■□◆".unicodeScalars.contains($0) })
        #expect(screen.joined().contains("x повыш., слабые 3"))
    }
}

/// The cursor's geometry on its own: the nearest point within 45° of the arrow, else the nearest
/// ahead, and nothing past an edge.
@Suite struct PlotCursorTests {
    private func at(_ points: [(Double, Double)]) -> [PlotCursor.Position] { points.map { PlotCursor.Position(x: $0.0, y: $0.1) } }

    @Test func eachArrowReachesTheNearestPointItsWay() {
        let points = at([(0, 0), (3, 0), (1, 0.5), (0, 2), (-2, -0.5), (0, -4), (5, 5)])
        #expect(PlotCursor.nearest(from: 0, toward: .right, among: points) == 2, "(1, 0.5) is nearer than (3, 0)")
        #expect(PlotCursor.nearest(from: 0, toward: .up, among: points) == 3)
        #expect(PlotCursor.nearest(from: 0, toward: .left, among: points) == 4)
        #expect(PlotCursor.nearest(from: 0, toward: .down, among: points) == 5)
    }

    @Test func aPointInTheConeWinsOverANearerOneAside() {
        let points = at([(0, 0), (1, 1.5), (4, 0)])
        #expect(PlotCursor.nearest(from: 0, toward: .right, among: points) == 2, "(1, 1.5) is more up than right")
        #expect(PlotCursor.nearest(from: 0, toward: .up, among: points) == 1)
    }

    @Test func outsideTheConeTheNearestAheadCounts() {
        let points = at([(0, 0), (1, 5), (2, 9)])
        #expect(PlotCursor.nearest(from: 0, toward: .right, among: points) == 1)
    }

    @Test func atAnEdgeThereIsNowhereToGo() {
        let points = at([(0, 0), (1, 1), (2, 0)])
        #expect(PlotCursor.nearest(from: 2, toward: .right, among: points) == nil)
        #expect(PlotCursor.nearest(from: 0, toward: .left, among: points) == nil)
        #expect(PlotCursor.nearest(from: 1, toward: .up, among: points) == nil)
        #expect(PlotCursor.nearest(from: 0, toward: .down, among: points) == nil)
        #expect(PlotCursor.nearest(from: 0, toward: .right, among: at([(0, 0)])) == nil)
        #expect(PlotCursor.nearest(from: 3, toward: .right, among: points) == nil)
    }

    @Test func tiesGoToTheEarlierPoint() {
        let points = at([(0, 0), (1, 1), (1, -1)])
        #expect(PlotCursor.nearest(from: 0, toward: .right, among: points) == 1)
    }
}
