import Bilingual
import Foundation
import TestSupport
import KachestvoApp
import KachestvoCore
import KachestvoStore
import Testing
@testable import kachestvo

/// Which first frame a data file gets: the snapshot's outline with its figures when the file was
/// opened before and is unchanged; else a small file whole, a large one as its outline.
@Suite struct DashboardOpeningTests {
    private func demoFile() throws -> (path: String, loader: RegionLoader) {
        let folder = TemporaryFolder.make("opening")
        let path = folder + "/data.json"
        try DataStore().save(DemoRegion.generate(), to: path, expecting: nil)
        return (path, RegionLoader(cache: SnapshotCache(folder: folder + "/snapshots")))
    }

    /// What the dashboard shows first of `path` (these files need no announcement, so there is one).
    private func prepare(_ path: String, _ loader: RegionLoader) throws -> DashboardOpening.First {
        try #require(try DashboardOpening.prepare(explicit: path, loader: loader))
    }

    private func outline(_ first: DashboardOpening.First) -> AppModel? {
        if case .outline(let model, _, _) = first { return model }
        return nil
    }

    private func whole(_ first: DashboardOpening.First) -> (model: AppModel, check: RegionCheck?)? {
        if case .complete(let region, let check) = first { return (region.model, check) }
        return nil
    }

    @Test func aReopenedFileStartsWithEveryColumnFigure() throws {
        let (path, loader) = try demoFile()
        // The demo's 9 MB are read whole before the first frame; the check and the snapshot follow it.
        let (full, check) = try #require(whole(try prepare(path, loader)))
        #expect(!full.isDigestOnly && !full.dataset.examResults.isEmpty)
        #expect(outline(try prepare(path, loader)) == nil, "no snapshot before the check")
        guard case .validated(let problems, _) = try #require(check).run() else { Issue.record("the check validates"); return }
        #expect(problems == 0)
        let reopened = try #require(outline(try prepare(path, loader)))
        #expect(reopened.isDigestOnly)
        let loaded = full
        #expect(reopened.totals == loaded.totals)
        #expect(reopened.digest.headlineMeans.map { $0.map(\.bitPattern) } == loaded.digest.headlineMeans.map { $0.map(\.bitPattern) })
        #expect(reopened.digest.concernCounts == loaded.digest.concernCounts)
        let region = Hierarchy.rootNode, subject = try #require(loaded.headlineSubject), year = try #require(loaded.index.latestYear)
        #expect(reopened.index.aggregate(node: region, in: .network, year: year, subject: subject)
            == loaded.index.aggregate(node: region, in: .network, year: year, subject: subject))

        // Edited since: the snapshot no longer describes the file, which is read whole again.
        var edited = loaded.dataset
        edited.regionName = "Другая область"
        try DataStore().save(edited, to: path, expecting: try DataStore().load(path).version)
        #expect(whole(try prepare(path, loader))?.model.dataset.regionName == "Другая область")
    }

    /// A large file opens from its outline, whose records are read on while it is shown; the load
    /// that follows finishes that reading and gives the file's full dataset.
    @Test func aLargeFilesLoadFinishesTheReadingItsOutlineStarted() throws {
        let folder = TemporaryFolder.make("opening")
        let path = folder + "/data.json"
        try DataStore().save(DemoRegion.generate(schools: 2_600), to: path, expecting: nil)
        let loader = RegionLoader()
        let first = try prepare(path, loader)
        guard case .outline(let model, let source, let continuing) = first else { Issue.record("a large file opens from its outline"); return }
        #expect(model.dataset.examResults.isEmpty && !model.dataset.organisations.isEmpty)
        loader.continueFrom(try #require(continuing), index: model.index)
        let (region, _) = try loader.read(source)
        let full = try DataStore().load(path).dataset
        #expect(region.model.dataset == full)
        #expect(region.model.index.namePlaces == RegionIndex(full).namePlaces)
    }
}
