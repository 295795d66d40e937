import Bilingual
@testable import KachestvoApp
import KachestvoCore
import KachestvoStore
import TerminalKit
import Testing

/// The Exams screen: its goldens, its numbers against the index's aggregates, the histogram's bins
/// against the schools' means, the scope keys, and the drill from a cell to exactly the schools behind it.
@Suite struct ExamsScreenTests {
    /// The Exams tab with a scope found by search (`query`), or the region.
    static func exams(_ query: String? = nil, width: Int = 80, height: Int = 24, language: Language = .ru) -> AppState {
        var state = AppFixture.state(width: width, height: height, language: language)
        AppFixture.type([.character("3")], into: &state)
        if let query { AppFixture.type([.character("/")] + AppFixture.text(query) + [.enter], into: &state) }
        return state
    }

    /// The list the shell opened from the drill request, if any.
    private func drilled(_ state: AppState) -> OrganisationDrill? {
        guard case .drill(let list)? = state.overlay else { return nil }
        return list.drill
    }

    private func organisation(_ id: Identifier<Organisation>, _ state: AppState) -> Int {
        state.model.index.organisationIndex[id]!
    }

    @Test(arguments: [(80, 24), (120, 40)], [Language.ru, .en])
    func goldenRegionAndSchool(size: (Int, Int), language: Language) throws {
        let suffix = "\(size.0)x\(size.1)-\(language.rawValue)"
        try GoldenScreenTests().check("exams-region-\(suffix)", Self.exams(width: size.0, height: size.1, language: language))
        try GoldenScreenTests().check("exams-school-\(suffix)", Self.exams("палец", width: size.0, height: size.1, language: language))
    }

    @Test func goldenOgeOfACentre() throws {
        var state = Self.exams("лицей", width: 120, height: 40)
        AppFixture.type([.character("e")], into: &state)
        try GoldenScreenTests().check("exams-oge-centre-120x40-ru", state)
    }

    @Test func searchMakesTheFoundOrganisationTheScopeAndCWidensUpTheNetwork() {
        var state = Self.exams("палец")
        #expect(state.tab == .exams, "the Exams screen has a place for an organisation")
        #expect(state.screens.exams.scope == ExamScope(key: .organisation("org-09"), view: .network))
        var ladder: [ExamScope] = []
        for _ in 0..<4 {
            AppFixture.type([.character("c")], into: &state)
            ladder.append(state.screens.exams.scope)
        }
        #expect(ladder == [ExamScope(key: .organisation("org-04"), view: .network), ExamScope(key: .organisation("org-01"), view: .network),
                           .region, .region])
        AppFixture.type([.character("/")] + AppFixture.text("палец") + [.enter, .character("v"), .character("c")], into: &state)
        #expect(state.screens.exams.scope == ExamScope(key: .municipality("mr-bagan"), view: .administrative),
                "v takes the school to the municipalities, c to its district")
        AppFixture.type([.character("C")], into: &state)
        #expect(state.screens.exams.scope.isRegion)
    }

    /// Every row is the scope's aggregate as the index keeps it, and the screen writes its numbers.
    @Test func theTableShowsTheAggregatesOfTheScope() throws {
        let state = Self.exams("лицей", width: 120, height: 40)
        let index = state.model.index
        let node = index.network.nodeOfOrganisation[organisation("org-01", state)]
        let rows = try #require(state.screens.exams.figures?.rows)
        #expect(rows.map(\.subject.id) == [AppFixture.rus])
        let rus = index.aggregate(node: node, in: .network, year: 2018, subject: AppFixture.rus)
        #expect(rows[0].scope == rus)
        #expect(rows[0].lastYear == index.aggregate(node: node, in: .network, year: 2017, subject: AppFixture.rus))
        #expect(rows[0].region == index.regionAggregate(year: 2018, subject: AppFixture.rus))
        #expect(rows[0].minimum == 24)
        // Six schools of the network sat Russian: 144 participants, mean (80+71+61+58+68+49)/6.
        #expect(rus.participants == 144 && rus.organisations == 6)
        let line = try #require(AppFixture.screen(state).first { $0.contains("│Русский язык") })
        let mean = NumberText.fixed(rus.mean!, digits: 1, .ru)
        let change = NumberText.fixed(rus.mean! - rows[0].region.mean!, digits: 1, .ru)
        #expect(line.contains(" 24 ") && line.contains(" 144 ") && line.contains(" \(mean) "), "\(line)")
        #expect(line.contains(" −\(change.dropFirst()) ") || line.contains(" −\(change) "), "the mean against the region, signed: \(line)")
        #expect(line.contains(NumberText.percent(rus.belowMinimumShare!, .ru)), "\(line)")
    }

    @Test func theHistogramCountsTheScopesSchoolsByTheirMeans() throws {
        let state = Self.exams()
        let histogram = try #require(state.screens.exams.histogram)
        let means = state.model.dataset.examResults.filter { $0.year == 2018 && $0.subjectId == AppFixture.rus }.map(\.mean)
        #expect(histogram.total == means.count && means.count == 9)
        for bin in histogram.counts.indices {
            let bounds = histogram.bounds(of: bin)
            #expect(histogram.counts[bin] == means.filter { bounds.lowerBound <= $0 && $0 < bounds.upperBound }.count, "bin \(bin)")
        }
        let centre = try #require(Self.exams("лицей").screens.exams.histogram)
        #expect(centre.total == 6, "the КЦ's network: itself and five schools with results")
    }

    /// Exams → the cell «<мин» of Russian → Enter: the list holds exactly the scope's schools that sat
    /// it, and Enter on its first row opens that school on the Network screen.
    @Test func enterOnACellAsksForTheSchoolsBehindIt() throws {
        var state = Self.exams("лицей")
        AppFixture.type([.character("l")], into: &state)
        #expect(state.screens.exams.figure == .belowMinimum)
        AppFixture.type([.enter], into: &state)
        let drill = try #require(drilled(state))
        let expected: Set<Identifier<Organisation>> = ["org-01", "org-03", "org-04", "org-06", "org-07", "org-09"]
        #expect(Set(drill.rows.map(\.id)) == expected && drill.rows.count == expected.count)
        let palets = try #require(drill.rows.first { $0.id == "org-09" })
        #expect(abs((palets.value ?? 0) - 12.5) < 1e-9, "3 of 24 below the minimum, in per cent")
        #expect(drill.rows.filter { $0.id != "org-09" }.allSatisfy { $0.value == 0 })
        #expect(drill.title.contains("Русский язык") && drill.title.contains("лицей № 9"), "\(drill.title)")
        #expect(drill.valueTitle.hasSuffix("%") && drill.decimals == 1)
        #expect(drill.rows.first?.id == "org-09", "the list opens from the highest share")
        AppFixture.type([.enter], into: &state)
        #expect(state.tab == .network && AppFixture.focusedName(state) == "МКОУ Палецкая СОШ")
    }

    @Test func enterOnTheHistogramListsTheSchoolsOfTheChosenRange() throws {
        var state = Self.exams()
        AppFixture.type([.tab], into: &state)
        #expect(state.screens.exams.focus == .histogram)
        let mean = try #require(state.screens.exams.row?.scope.mean)
        #expect(state.screens.exams.bin == state.screens.exams.histogram?.bin(of: mean), "Tab starts at the scope's mean")
        AppFixture.type([.right, .enter], into: &state)
        let drill = try #require(drilled(state))
        let bounds = try #require(state.screens.exams.histogram?.bounds(of: state.screens.exams.bin))
        let expected = state.model.dataset.examResults
            .filter { $0.year == 2018 && $0.subjectId == AppFixture.rus && bounds.contains($0.mean) && $0.mean < bounds.upperBound }
        #expect(Set(drill.rows.map(\.id)) == Set(expected.map(\.organisationId)))
        #expect(drill.rows.allSatisfy { bounds.contains($0.value ?? -1) })
    }

    @Test func eSwitchesToOgeAndBackToTheSameSubject() {
        var state = Self.exams()
        #expect(state.screens.exams.subject == AppFixture.rus)
        AppFixture.type([.character("e")], into: &state)
        #expect(state.screens.exams.exam == .oge && state.screens.exams.subject == AppFixture.math)
        #expect(AppFixture.screen(state)[3].contains("«2»") && AppFixture.screen(state)[3].contains("«5»"))
        AppFixture.type([.character("e")], into: &state)
        #expect(state.screens.exams.subject == AppFixture.rus)
    }

    /// Figures are computed when the place changes, not when the cursor moves.
    @Test func movingTheCursorKeepsTheComputedFigures() throws {
        var state = Self.exams("лицей")
        let before = try #require(state.screens.exams.figures)
        AppFixture.type([.character("l"), .character("l"), .character("b"), .down, .tab, .right, .tab], into: &state)
        #expect(state.screens.exams.figures == before)
        AppFixture.type([.character("<")], into: &state)
        #expect(state.screens.exams.figures?.source.year == 2017)
    }

    /// In mono the cursor's cell is reversed and nothing else in the table is; changes carry their sign.
    @Test func monoShowsTheCursorByAttributesAndChangesBySign() throws {
        let state = Self.exams("лицей")
        #expect(state.context.colorDepth == .none)
        let buffer = AppView.render(state)
        let lines = TestBackend.lines(of: buffer)
        let y = try #require(lines.firstIndex { $0.contains("│Русский язык") })
        let reversed = (0..<buffer.width).filter { buffer[$0, y].style.attributes.contains(.reverse) }
        #expect(!reversed.isEmpty)
        let text = lines[y]
        let cells = String(Array(text)[reversed.first!...reversed.last!])
        #expect(cells.contains(NumberText.fixed(state.screens.exams.row!.scope.mean!, digits: 1, .ru)), "the mean's group: «\(cells)»")
        for row in 2..<(y) {
            #expect(!(0..<buffer.width).contains { buffer[$0, row].style.attributes.contains(.reverse) }, "row \(row)")
        }
        #expect(text.contains("−") || text.contains("+"), "\(text)")
    }

    @Test func theScreensKeysDoNotCollide() {
        let available = ScreenRegistry.availableCommands(on: .exams)
        var owners: [Key: CommandID] = [:]
        for command in available {
            for key in command.keys {
                #expect(owners[key] == nil, "\(key) of \(command.id) is \(owners[key].map(\.rawValue) ?? "")'s")
                owners[key] = command.id
            }
        }
        let expected: [Key: CommandID] = [.character("e"): .switchExam, .character("b"): .nextSubject, .character("B"): .previousSubject,
                                          .character("c"): .widenScope, .character("C"): .regionScope, .right: .moveRight, .enter: .drillIn]
        for (key, id) in expected { #expect(CommandTable.command(for: key, among: available) == id, "\(key)") }
    }
}

extension ExamsScreenTests {
    /// While only the snapshot's digest is in, the screen says the figures are loading instead of
    /// showing a partial table; when the records arrive, it shows them.
    @Test func whileDetailsLoadTheScreenSaysSoThenShowsTheFigures() throws {
        let full = AppModel(index: RegionIndex(AppFixture.dataset()))
        let outline = try #require(AppModel(outline: RegionIndex(AppFixture.outline(), digest: full.digest), digest: full.digest))
        var state = AppState(model: outline, language: .en, width: 80, height: 24, themes: [Theme.builtInDefault], colorDepth: .none)
        state.context.loading = .reading
        AppFixture.type([.character("3")], into: &state)
        let loading = AppFixture.screen(state).joined(separator: "\n")
        #expect(loading.contains("Figures are loading") && !loading.contains("│Русский язык"), "\(loading)")
        _ = Update.apply(.loaded(LoadedRegion(model: full, source: .builtInDemo, seconds: 0.1)), to: &state)
        #expect(AppFixture.screen(state).contains { $0.contains("│Русский язык") })
        #expect(state.screens.exams.histogram?.total == 9)
    }
}

extension ExamsScreenTests {
    /// Shares change in percentage points; a rise below the minimum is for the worse, a rise of the
    /// mean for the better, and neither says so by colour alone.
    @Test func changesAreSignedInPointsAndJudgedByTheFigure() throws {
        let state = Self.exams("палец")
        let row = try #require(state.screens.exams.row)
        let below = try #require(ExamsCells.change(ExamsColumn(figure: .belowMinimum, kind: .vsRegion), row, .ru))
        let expected = (row.scope.belowMinimumShare! - row.region.belowMinimumShare!) * 100
        #expect(below.text == "+" + NumberText.fixed(expected, digits: 0, .ru) && below.direction == 1)
        #expect(below.style(state.context, better: ExamFigure.belowMinimum.direction) == state.context.style(.danger))
        let mean = try #require(ExamsCells.change(ExamsColumn(figure: .mean, kind: .vsRegion), row, .ru))
        #expect(mean.text.hasPrefix("−") && mean.style(state.context, better: 1) == state.context.style(.danger))
        #expect(ExamsCells.change(ExamsColumn(figure: .mean, kind: .value), row, .ru) == nil)
        #expect(ExamsCells.minimum(row, .ru) == "24")
    }
}
