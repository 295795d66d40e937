import Bilingual
@testable import KachestvoApp
import KachestvoCore
import TerminalKit
import Testing

/// The Overview screen: its figures against the model's own aggregation, the drill behind a bar and
/// a flag, what it shows while school details load, goldens, and marks that do not rest on colour.
@Suite struct OverviewScreenTests {
    private func overview(width: Int = 80, height: Int = 24, language: Language = .ru) -> AppState {
        var state = AppFixture.state(width: width, height: height, language: language)
        AppFixture.type([.character("1")], into: &state)
        return state
    }

    private func figures(_ state: AppState) throws -> OverviewFigures { try #require(state.screens.overview.figures) }

    /// What Enter asked for, as the list the shell opened over the screen shows it.
    private func drilled(_ state: AppState) -> OrganisationDrill? {
        if case .drill(let list)? = state.overlay { return list.drill }
        return state.context.drill
    }

    @Test func countsAreTheDatasetsAndFlagsTheIndexs() throws {
        let state = overview()
        let figures = try figures(state)
        let dataset = state.model.dataset, index = state.model.index, year = state.year
        #expect(year == 2018)
        #expect(figures.count(.schools) == dataset.organisations.count)
        #expect(figures.count(.pupils) == dataset.organisations.reduce(0) { $0 + $1.pupils })
        #expect(figures.count(.consultingCentres) == dataset.organisations.filter { $0.role == .consultingCentre }.count)
        #expect(figures.count(.methodologicalCentres) == dataset.organisations.filter { $0.role == .methodologicalCentre }.count)
        #expect(figures.count(.supportCases) == dataset.supportCases.filter(\.status.isOpen).count)
        for flag in Flag.allCases {
            let flagged = index.organisations(flagged: flag, year: year).map { dataset.organisations[$0].id }
            #expect(figures.behind[.flag(flag)]?.map(\.id) == flagged, "\(flag)")
        }
        #expect(figures.count(.flag(.fundedNoEffect)) == 1, "the fixture funds org-09 raised, with weak results")
    }

    @Test func meansAreTheRegionsAggregatesAgainstLastYear() throws {
        let state = overview()
        let figures = try figures(state)
        let index = state.model.index
        let russian = try #require(figures.means[.russian])
        #expect(russian.now == index.regionAggregate(year: 2018, subject: AppFixture.rus).mean)
        #expect(russian.previous == index.regionAggregate(year: 2017, subject: AppFixture.rus).mean)
        #expect(figures.means[.profileMaths] == nil, "the fixture has no profile maths")
        let screen = AppFixture.screen(state).joined(separator: "\n")
        let change = try #require(MeanText.change(from: russian.previous, to: russian.now, russian.subject, .ru))
        #expect(screen.contains("\(MeanText.text(russian.now, russian.subject, .ru)) \(change.text)"), "\(screen)")
        #expect(change.text.hasPrefix("+") || change.text.hasPrefix("−") || change.direction == 0, "the sign carries the direction")
    }

    @Test func trendsAreTheRegionsFiguresOfEveryYear() throws {
        let state = overview()
        let figures = try figures(state)
        let index = state.model.index
        #expect(figures.years == [2016, 2017, 2018])
        #expect(figures.trends[.russianMean] == index.years.map { index.regionAggregate(year: $0, subject: AppFixture.rus).mean })
        #expect(figures.trends[.mathsMean] == [nil, nil, nil])
        // The fixture's only ЕГЭ subject is Russian: its share below the minimum is the whole ЕГЭ's.
        #expect(figures.trends[.belowMinimum] == index.years.map { index.regionAggregate(year: $0, subject: AppFixture.rus).belowMinimumShare })
        let flagged = index.years.map { year in
            Double(index.dataset.organisations.indices.filter { index.flags(organisation: $0, year: year).contains { !$0.flag.isPositive } }.count)
        }
        #expect(figures.trends[.flagged]?.compactMap { $0 } == flagged)
    }

    @Test func barsAreTheCoresResultIndex() throws {
        let state = overview()
        let figures = try figures(state)
        let expected = CentreResultIndex.centres(of: state.model.index, year: 2018)
        #expect(figures.centres == expected)
        #expect(figures.centres.map(\.id) == ["org-02", "org-01"], "in the network's name order: гимназия before лицей")
        let bars = OverviewCentresChart.bars(figures, state.context, labelWidth: 20)
        #expect(bars.map(\.value) == expected.map(\.share))
        let screen = AppFixture.screen(state).joined(separator: "\n")
        for bar in bars { #expect(screen.contains(bar.valueText), "\(bar.label) shows \(bar.valueText)") }
    }

    @Test func enterOnABarListsExactlyThatCentresSchools() throws {
        var state = overview()
        AppFixture.type([.tab, .character("j")], into: &state)
        #expect(state.screens.overview.selected == .centre("org-01"))
        AppFixture.type([.enter], into: &state)
        let drill = try #require(drilled(state))
        // org-01's network: its УМЦ org-03 and org-04 and their schools, read from the centre links.
        let dataset = state.model.dataset
        func centre(of id: Identifier<Organisation>) -> Identifier<Organisation>? { dataset.organisations.first { $0.id == id }?.centreId }
        let network = dataset.organisations.map(\.id).filter { id in
            id == "org-01" || centre(of: id) == "org-01" || centre(of: id).flatMap(centre(of:)) == "org-01"
        }
        #expect(Set(drill.rows.map(\.id)) == Set(network))
        #expect(drill.rows.count == 7)
        #expect(drill.title.contains("лицей № 9") && drill.title.contains(AcademicYear(year: 2018).label), "\(drill.title)")
        let index = state.model.index
        for row in drill.rows {
            #expect(row.value == index.scores.score(organisation: index.organisationIndex[row.id]!, yearSlot: 2))
        }
    }

    /// The whole way from a bar to a school: Overview, the bars, a КЦ, its list, a school on the Network screen.
    @Test func fromABarToASchoolOnTheNetworkScreen() throws {
        var state = overview()
        AppFixture.type([.tab, .character("j"), .enter], into: &state)
        let first = try #require(drilled(state)?.rows.first)
        #expect(first.value == drilled(state)?.rows.compactMap(\.value).max(), "the list opens from the highest score")
        AppFixture.type([.enter], into: &state)
        #expect(state.overlay == nil && state.tab == .network)
        #expect(AppFixture.focusedName(state) == state.model.index.organisation(first.id)?.name)
        #expect(state.screens.network.selection.first == .organisation("org-01"), "the school is shown under its КЦ")
    }

    @Test func enterOnAFlagListsItsOrganisationsWithTheMainValue() throws {
        var state = overview(language: .en)
        let position = try #require(OverviewItem.figures.firstIndex(of: .flag(.fundedNoEffect)))
        AppFixture.type(Array(repeating: .character("j"), count: position) + [.enter], into: &state)
        let drill = try #require(drilled(state))
        #expect(drill.rows.map(\.id) == ["org-09"])
        #expect(drill.valueTitle == "Percentile" && drill.decimals == 0)
        let finding = try #require(state.model.index.flags(organisation: state.model.index.organisationIndex["org-09"]!, year: 2018)
            .first { $0.flag == .fundedNoEffect })
        #expect(drill.rows.first?.value == finding.mainValue.map { $0 * 100 })
        AppFixture.type([.escape, .character("G"), .enter], into: &state)
        #expect(drilled(state)?.rows.map(\.id) == ["org-09"], "the open support case is org-09's")
    }

    @Test func enterOnAMeanListsTheSchoolsThatSatTheExamWithTheirMeans() throws {
        var state = overview()
        AppFixture.type([.character("j"), .character("j"), .enter], into: &state)
        #expect(state.screens.overview.selected == .mean(.russian))
        let drill = try #require(drilled(state))
        let expected = state.model.index.results(year: 2018, subject: AppFixture.rus)
        #expect(Dictionary(uniqueKeysWithValues: drill.rows.map { ($0.id, $0.value) })
            == Dictionary(uniqueKeysWithValues: expected.map { ($0.result.organisationId, Optional($0.result.mean)) }))
        #expect(drill.rows.count == 9 && drill.decimals == 1 && drill.valueTitle == "Средний балл")
    }

    @Test func movingKeepsTheFiguresAndAYearRecomputesThem() throws {
        var state = overview()
        let before = try figures(state)
        AppFixture.type([.character("j"), .character("j"), .tab, .character("k"), .tab, .character("g")], into: &state)
        #expect(try figures(state) == before)
        #expect(state.screens.overview.selected == .schools)
        AppFixture.type([.character("<")], into: &state)
        #expect(try figures(state).year == 2017)
        #expect(try figures(state).count(.flag(.fundedNoEffect)) == 0, "funding is 2018's only")
    }

    @Test func whileDetailsLoadTheirFiguresSayItAndEnterListsNothing() throws {
        let full = AppModel(index: RegionIndex(AppFixture.dataset()))
        let model = try #require(AppModel(outline: RegionIndex(AppFixture.outline(), digest: full.digest), digest: full.digest))
        var state = AppState(model: model, language: .ru, width: 80, height: 24, themes: [Theme.builtInDefault], colorDepth: .none)
        state.context.loading = .reading
        AppFixture.type([.character("1")], into: &state)
        let screen = AppFixture.screen(state).joined(separator: "\n")
        #expect(screen.contains("Показатели загружаются…"))
        #expect(screen.contains("Нужна поддержка") && screen.contains("…"))
        let russian = try #require(full.index.regionAggregate(year: 2018, subject: AppFixture.rus).mean)
        #expect(screen.contains(NumberText.fixed(russian, digits: 1, .ru)), "the digest has the region's means")
        #expect(screen.contains(NumberText.grouped(10, .ru)), "and the counts of the outline")
        let position = try #require(OverviewItem.figures.firstIndex(of: .flag(.lowResult)))
        AppFixture.type(Array(repeating: .character("j"), count: position) + [.enter], into: &state)
        #expect(drilled(state) == nil && state.overlay == nil)
        #expect(state.context.message == "Показатели загружаются…")
        AppFixture.type([.character("g"), .enter], into: &state)
        #expect(drilled(state)?.rows.count == 10, "the schools are in the outline")
        AppFixture.type([.escape, .character("j"), .character("j"), .enter], into: &state)
        #expect(drilled(state)?.rows.count == 9, "the digest has every school's ЕГЭ Russian mean")
    }

    /// In mono the chosen figure carries «▸», the chosen bar a pattern of its own (▓ against █), and a
    /// change its sign: nothing rests on colour.
    @Test func monoMarksTheChoiceAndTheDirectionInText() throws {
        var state = overview()
        #expect(state.context.colorDepth == .none)
        func bar(_ name: String, _ screen: [String]) -> String? {
            screen.first { $0.contains("│ \(name) ") }.map { String($0.drop { $0 != "│" }.dropFirst().drop { $0 != "│" }) }
        }
        var screen = AppFixture.screen(state)
        #expect(screen.filter { $0.contains("▸ Школы") }.count == 1)
        #expect(screen.filter { $0.contains("│▸") }.count == 1, "one choice on screen")
        #expect(bar("гимназия № 1", screen)?.contains("▓") == true && bar("лицей № 9", screen)?.contains("▓") == false)
        AppFixture.type([.tab, .character("j")], into: &state)
        screen = AppFixture.screen(state)
        #expect(bar("лицей № 9", screen)?.contains("▓") == true && bar("гимназия № 1", screen)?.contains("▓") == false)
        #expect(bar("гимназия № 1", screen)?.contains("█") == true)
        let russian = try #require(screen.first { $0.contains("ЕГЭ Русский язык") })
        #expect(russian.contains("−0,2"), "a fall carries its minus sign: \(russian)")
    }

    @Test(arguments: [(80, 24), (120, 40)], [Language.ru, .en])
    func golden(size: (Int, Int), language: Language) throws {
        try GoldenScreenTests().check("overview-\(size.0)x\(size.1)-\(language.rawValue)",
                                      overview(width: size.0, height: size.1, language: language))
    }
}
