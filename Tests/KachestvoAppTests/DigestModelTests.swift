@testable import KachestvoApp
import KachestvoCore
import Testing
import TerminalKit

/// Digests compared figure by figure, a missing mean (NaN) equal to another missing mean.
enum DigestComparison {
    static func same(_ a: RegionDigest, _ b: RegionDigest) -> Bool {
        a.years == b.years && a.headlineSubject == b.headlineSubject
            && a.headlineMeans.map { $0.map(\.bitPattern) } == b.headlineMeans.map { $0.map(\.bitPattern) }
            && a.concernCounts == b.concernCounts && a.positiveCounts == b.positiveCounts && a.aggregates == b.aggregates
            && a.names == b.names
    }
}

/// A reopened file shows the outline with its snapshot's digest before the records are read: every
/// column and group figure must be exactly what the full model shows.
@Suite struct DigestModelTests {
    private func fullModel() -> AppModel { AppModel(index: RegionIndex(AppFixture.dataset())) }

    private func digestOnly(_ digest: RegionDigest) throws -> AppModel {
        let outline = AppFixture.outline()
        return try #require(AppModel(outline: RegionIndex(outline, digest: digest), digest: digest))
    }

    private func state(_ model: AppModel, width: Int, height: Int) -> AppState {
        var state = AppState(model: model, language: .ru, width: width, height: height, themes: [Theme.builtInDefault], colorDepth: .none)
        state.context.loading = .reading
        return state
    }

    @Test func theDigestCountsFlagsAndMeansAsTheIndexHas() {
        let model = fullModel()
        let index = model.index
        for (slot, year) in index.years.enumerated() {
            for org in index.dataset.organisations.indices {
                let flags = index.flags(organisation: org, year: year)
                #expect(Int(model.digest.concernCounts[slot][org]) == flags.filter { !$0.flag.isPositive }.count)
                #expect(Int(model.digest.positiveCounts[slot][org]) == flags.filter(\.flag.isPositive).count)
                let mean = index.result(organisation: org, year: year, subject: AppFixture.rus)?.mean
                #expect(model.digest.headlineMeans[slot][org].bitPattern == (mean ?? .nan).bitPattern)
            }
        }
        #expect(model.digest.concernCounts.joined().contains { $0 > 0 }, "the fixture has flagged schools")
    }

    /// The screen without what waits for the records: the status bar, and in the detail pane
    /// everything from the selected organisation's own flags on (its flags, funding and support).
    private func figuresShown(_ screen: [String]) -> [String] {
        let detailColumn = screen.first { $0.contains("┌ Сведения") }.flatMap { line in
            line.range(of: "┌ Сведения").map { line.distance(from: line.startIndex, to: $0.lowerBound) }
        } ?? 0
        var inOwnDetails = false
        return screen.dropLast().map { line in
            if line.contains("│ Флаги ") { inOwnDetails = true }
            return inOwnDetails ? String(line.prefix(detailColumn)) : line
        }
    }

    @Test(arguments: [(80, 24), (120, 40)]) func groupsShowTheSameFiguresBeforeTheRecordsArrive(_ size: (Int, Int)) throws {
        let full = fullModel()
        let early = try digestOnly(full.digest)
        #expect(early.isDigestOnly && !full.isDigestOnly)
        #expect(early.index.network.children == full.index.network.children, "the digest's name order")
        #expect(early.index.administrative.children == full.index.administrative.children)
        #expect(early.totals == full.totals)
        // Centres, УМЦ and municipalities selected in turn: every column row and the subtree's exam table.
        for keys in [[], [Key.down], [.right], [.down, .right], [.character("v"), .left], [.character("v"), .left, .left]] as [[Key]] {
            var fromDigest = state(early, width: size.0, height: size.1), fromRecords = state(full, width: size.0, height: size.1)
            AppFixture.type(keys, into: &fromDigest)
            AppFixture.type(keys, into: &fromRecords)
            let early = AppFixture.screen(fromDigest), late = AppFixture.screen(fromRecords)
            #expect(figuresShown(early) == figuresShown(late), "after \(keys)")
            #expect(early.joined().contains("всего по подсети") || early.joined().contains("всего по"), "a group is selected after \(keys)")
            #expect(early.last?.contains(UIText.loadSchoolDetails(.ru)) == true)
            #expect(late.last?.contains(UIText.loadSchoolDetails(.ru)) == false)
        }
    }

    @Test func aDigestOfAnotherShapeIsRefused() throws {
        var other = AppFixture.dataset()
        other.academicYears.append(AcademicYear(year: 2019))
        let digest = AppModel(index: RegionIndex(other)).digest
        #expect(AppModel(outline: RegionIndex(AppFixture.outline(), digest: digest), digest: digest) == nil)
    }

    @Test func aDigestOnlyModelTakesNoEdits() throws {
        var early = try digestOnly(fullModel().digest)
        let result = try #require(AppFixture.dataset().examResults.first)
        var changed = result
        changed.mean -= 10
        let applied = early.update(examResult: result, to: changed)
        #expect(!applied)
    }
}
