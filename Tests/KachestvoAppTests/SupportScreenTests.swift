import Bilingual
import Foundation
@testable import KachestvoApp
import KachestvoCore
import TerminalKit
import Testing

/// The Support screen: its lists against the dataset and the flags, overdue marks, the cursor and
/// panes, the drill request, and mono rendering.
@Suite struct SupportScreenTests {
    private func support(_ state: AppState) -> SupportState { state.screens.support }

    private func caseIds(_ state: AppState) -> [String] {
        support(state).figures.cases.map { state.model.dataset.supportCases[$0].id.rawValue }
    }

    @Test func theDataDecidesTodayAndOverdueStepsAreMarkedWithASymbol() throws {
        var state = SupportFixture.state()
        #expect(support(state).figures.asOf == SupportFixture.latestDay)
        #expect(caseIds(state) == ["case-1", "case-3", "case-2", "case-4"], "open first, the overdue one leading")
        let screen = AppFixture.screen(state)
        let palets = try #require(screen.first { $0.contains("Палецкая СОШ") && $0.contains("в работе") })
        #expect(palets.contains("!1 "), "one overdue step: \(palets)")
        for name in ["СОШ № 19", "СОШ № 99", "СОШ № 7"] {
            let row = try #require(screen.first { $0.contains(name) && $0.contains("│") && !$0.contains("Палецкая") }, "\(name)")
            #expect(!row.contains("!"), "no overdue step: \(row)")
        }
        state = SupportFixture.state(width: 120, height: 40)
        AppFixture.type([.character("j")], into: &state)
        let detail = AppFixture.screen(state).joined(separator: "\n")
        #expect(detail.contains("✓ 01.10.2018 Диагностика") && detail.contains("! 01.02.2019 Стажировка"), "\(detail)")
        #expect(detail.contains("просрочено 1"))
    }

    @Test func candidatesAreTheFlaggedWithoutAnOpenCase() {
        let state = SupportFixture.state()
        let index = state.model.index
        let flagged = index.organisations(flagged: .needsSupport, year: 2018).map { index.dataset.organisations[$0].id }
        #expect(Set(flagged) == ["org-07", "org-08", "org-09"])
        let candidates = support(state).figures.candidates
        #expect(candidates.map(\.organisation) == ["org-08", "org-07"], "highest risk first; Палецкая has an open case")
        for candidate in candidates {
            let org = index.organisationIndex[candidate.organisation]!
            let finding = index.flags(organisation: org, year: 2018).first { $0.flag == .needsSupport }!
            #expect(finding.reasons.first == .riskScore(value: candidate.riskScore, threshold: 0.45))
            #expect(abs(index.riskBreakdown(organisation: org, year: 2018)!.total - candidate.riskScore) < 1e-12)
        }
        let screen = AppFixture.screen(state).joined(separator: "\n")
        #expect(screen.contains("Урезская ООШ") && screen.contains("0,59"), "\(screen)")
    }

    @Test func candidatesOfTheDemoMatchTheFlagTable() {
        let state = SupportFixture.state(dataset: SupportFixture.demo)
        let index = state.model.index
        let year = state.year
        let withOpenCase = Set(index.dataset.supportCases.filter(\.status.isOpen).map(\.organisationId))
        let expected = index.organisations(flagged: .needsSupport, year: year).map { index.dataset.organisations[$0].id }
            .filter { !withOpenCase.contains($0) }
        let candidates = support(state).figures.candidates
        #expect(!candidates.isEmpty)
        #expect(Set(candidates.map(\.organisation)) == Set(expected) && candidates.count == expected.count)
        #expect(zip(candidates, candidates.dropFirst()).allSatisfy { $0.riskScore >= $1.riskScore })
    }

    /// Each field stepped through all its values: the list is exactly the dataset's cases that pass.
    @Test func everyFilterValueListsExactlyItsCases() {
        var state = SupportFixture.state(dataset: SupportFixture.demo)
        let index = state.model.index
        let cases = index.dataset.supportCases
        #expect(cases.count >= 5)
        func school(_ supportCase: SupportCase) -> Organisation { index.organisation(supportCase.organisationId)! }
        func expected(_ filter: SupportCaseFilter) -> Set<String> {
            Set(cases.filter { supportCase in
                let umc = school(supportCase).centreId
                let kc = umc.flatMap { index.organisation($0)?.centreId }
                let municipality = school(supportCase).municipalityId
                let statusPasses = switch filter.status {
                case .any: true
                case .open: [.proposed, .active, .monitoring].contains(supportCase.status)
                case .only(let status): supportCase.status == status
                }
                return statusPasses
                    && (filter.curator == nil || filter.curator == supportCase.curatorId)
                    && (filter.centre == nil || filter.centre == umc || filter.centre == kc)
                    && (filter.municipality == nil || filter.municipality == municipality
                        || filter.municipality == index.municipality(municipality)?.parentId)
            }.map(\.id.rawValue))
        }
        var seen: [SupportState.FilterField: Set<String>] = [:]
        for field in SupportState.FilterField.allCases {
            var values = 0
            repeat {
                AppFixture.type([.character("x")], into: &state)
                #expect(Set(caseIds(state)) == expected(support(state).filter), "\(field): \(support(state).filter)")
                seen[field, default: []].insert("\(support(state).filter)")
                values += 1
            } while support(state).filter != SupportCaseFilter() && values < 500
            #expect(values > 2, "\(field) has values to step through")
            AppFixture.type([.character("f")], into: &state)
        }
        #expect(seen[.status]?.count == SupportCaseFilter.StatusChoice.all.count)
        #expect(Set(support(state).figures.choices.curators) == Set(cases.map(\.curatorId)))
        // Two fields at once, then overdue only, then F clears all.
        AppFixture.type([.character("x"), .character("x")], into: &state)  // status: «предложено»
        AppFixture.type([.character("f"), .character("f"), .character("f"), .character("x")], into: &state)  // first municipality
        #expect(support(state).filter.status == .only(.proposed) && support(state).filter.municipality != nil)
        #expect(Set(caseIds(state)) == expected(support(state).filter))
        AppFixture.type([.character("o")], into: &state)
        let asOf = support(state).figures.asOf!
        #expect(Set(caseIds(state)) == expected(support(state).filter).filter { id in
            cases.first { $0.id.rawValue == id }!.overdueSteps(on: asOf) > 0
        })
        AppFixture.type([.character("F")], into: &state)
        #expect(caseIds(state).count == cases.count)
    }

    @Test func enterOnACaseAsksForItsSchoolAndOnTheSumRowForAllFiltered() throws {
        var state = AppFixture.state()
        AppFixture.type([.character("5"), .character("j")], into: &state)
        #expect(state.tab == .support)
        var drill = try #require(drillAfterEnter(&state))
        #expect(drill.rows.map(\.id) == ["org-09"] && drill.title.contains("МКОУ Палецкая СОШ"))
        state = SupportFixture.state()
        AppFixture.type([.character("f"), .character("f")], into: &state)
        for _ in 0..<9 where state.screens.support.filter.centre != "org-01" { AppFixture.type([.character("x")], into: &state) }
        #expect(state.screens.support.filter.centre == "org-01", "КЦ «лицей № 9» is among the centres")
        drill = try #require(drillAfterEnter(&state))
        #expect(Set(drill.rows.map(\.id)) == ["org-09", "org-07", "org-06"], "the Σ row: every school of the filtered cases")
        #expect(drill.valueTitle == "Индекс риска" && drill.decimals == 2)
        AppFixture.type([.tab, .character("j")], into: &state)
        drill = try #require(drillAfterEnter(&state))
        #expect(drill.rows.map(\.id) == ["org-08"])
        #expect(abs(drill.rows[0].value! - state.screens.support.figures.candidates[0].riskScore) < 1e-12)
    }

    /// Enter, then the list the shell opened for it (closed again, to go on).
    private func drillAfterEnter(_ state: inout AppState) -> OrganisationDrill? {
        AppFixture.type([.enter], into: &state)
        guard case .drill(let list)? = state.overlay else { return nil }
        AppFixture.type([.escape], into: &state)
        return list.drill
    }

    @Test func aCaseLeadsThroughItsListToItsSchoolOnTheNetworkScreen() {
        var state = SupportFixture.state()
        AppFixture.type([.character("j"), .enter], into: &state)
        guard case .drill(let list)? = state.overlay else {
            Issue.record("no list opened")
            return
        }
        #expect(list.drill.rows.map(\.id) == ["org-09"])
        AppFixture.type([.enter], into: &state)
        #expect(state.tab == .network && state.overlay == nil)
        #expect(AppFixture.focusedName(state) == "МКОУ Палецкая СОШ")
    }

    @Test func tabCyclesThePanesAndTheDetailFollowsTheLastList() {
        var state = SupportFixture.state()
        AppFixture.type([.character("G")], into: &state)
        #expect(support(state).caseRow == .entry("case-4"))
        AppFixture.type([.tab], into: &state)
        #expect(support(state).focus == .candidates && support(state).described == .candidates)
        AppFixture.type([.character("j")], into: &state)
        #expect(AppFixture.screen(state).joined().contains("МКОУ Урезская ООШ"))
        AppFixture.type([.tab, .character("j")], into: &state)
        #expect(support(state).focus == .detail && support(state).described == .candidates && support(state).detailScroll == 1)
        #expect(support(state).candidateRow == .entry("org-08"), "in the detail pane keys scroll, not move")
        AppFixture.type([.escape], into: &state)
        #expect(support(state).focus == .candidates)
        AppFixture.type([.backTab], into: &state)
        #expect(support(state).focus == .cases && support(state).caseRow == .entry("case-4"))
        AppFixture.type([.escape], into: &state)
        #expect(support(state).caseRow == .all, "Esc in a list goes to its Σ row")
    }

    @Test func theFiguresAreKeptUntilTheModelYearOrFilterChange() {
        var state = SupportFixture.state()
        let before = support(state).figures
        AppFixture.type([.character("j"), .character("j"), .tab, .character("j")], into: &state)
        #expect(support(state).figures == before)
        AppFixture.type([.character("<")], into: &state)
        #expect(support(state).figures.year == 2017 && support(state).figures.candidates.isEmpty, "the profiles are of 2018")
    }

    @Test(arguments: [Language.ru, .en])
    func theBarKeepsTheChosenValueWholeBesideOverdueOnlyAt80Columns(language: Language) {
        var state = SupportFixture.state(language: language)
        AppFixture.type([.character("o"), .character("f"), .character("x")], into: &state)
        let bar = AppFixture.screen(state)[1]
        // Crowded: the fields left at «all» show their names alone, the chosen value stays whole.
        let expected = language == .ru ? [" Статус  [Куратор: гимназия № 1]  КЦ/УМЦ  МР/ГО ", "! просроченные на 01.03.2019"]
            : [" Status  [Curator: гимназия № 1]  Centre  District ", "! overdue as of 01.03.2019"]
        for part in expected {
            #expect(bar.contains(part), "«\(part)» in «\(bar)»")
        }
        #expect(caseIds(state) == [], "the КЦ's one case, case-3, has nothing overdue")
        AppFixture.type([.character("o")], into: &state)
        #expect(caseIds(state) == ["case-3"])
    }

    /// A reopened file's first frames: no support records yet, so the lists say the figures are loading.
    @Test func whileTheRecordsLoadTheListsSaySo() throws {
        var outline = SupportFixture.dataset()
        let digest = RegionDigest(RegionIndex(outline))
        (outline.examResults, outline.financing, outline.riskProfiles, outline.supportCases) = ([], [], [], [])
        let model = try #require(AppModel(outline: RegionIndex(outline, digest: digest), digest: digest))
        var state = AppState(model: model, language: .ru, width: 80, height: 24, themes: [Theme.builtInDefault], colorDepth: .none)
        state.context.loading = .reading
        state.tab = .support
        let screen = AppFixture.screen(state).joined(separator: "\n")
        #expect(screen.components(separatedBy: "Показатели загружаются…").count == 4, "both lists and the detail: \(screen)")
        #expect(!screen.contains("Кандидатов нет") && !screen.contains("нет случаев"))
        AppFixture.type([.enter, .character("j"), .tab, .enter], into: &state)
        #expect(state.overlay == nil, "nothing to list yet")
    }

    /// In mono the overdue mark and the danger are told by the symbol and by bold, never by colour.
    @Test func monoMarksOverdueByASymbolAndBold() throws {
        let state = SupportFixture.state()
        let buffer = AppView.render(state)
        let rows = TestBackend.lines(of: buffer)
        let y = try #require(rows.firstIndex { $0.contains("Палецкая СОШ") })
        let x = try #require((0..<buffer.width).first { buffer[$0, y].symbol == "!" })
        #expect(buffer[x, y].style.attributes.contains(.bold))
        #expect(buffer[x, y].style.foreground == .terminalDefault)
    }
}

/// Support goldens: a case at both sizes in both languages, a candidate, the Σ row's summary.
extension GoldenScreenTests {
    @Test(arguments: [(80, 24), (120, 40)], [Language.ru, .en])
    func supportAtACase(size: (Int, Int), language: Language) throws {
        var state = SupportFixture.state(width: size.0, height: size.1, language: language)
        AppFixture.type([.character("j")], into: &state)
        try check("support-case-\(size.0)x\(size.1)-\(language.rawValue)", state)
    }

    @Test(arguments: [Language.ru, .en])
    func supportAtACandidate(language: Language) throws {
        var state = SupportFixture.state(language: language)
        AppFixture.type([.tab, .character("j")], into: &state)
        try check("support-candidate-80x24-\(language.rawValue)", state)
    }

    @Test func supportSummary() throws {
        try check("support-summary-80x24-ru", SupportFixture.state())
    }
}
