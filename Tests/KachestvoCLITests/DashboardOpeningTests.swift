import Bilingual
import Foundation
import KachestvoApp
import KachestvoCore
import KachestvoStore
import Testing
@testable import kachestvo

/// Which first frame a data file gets: the snapshot's outline with its figures when the file was
/// opened before and is unchanged, else the JSON outline without figures.
@Suite struct DashboardOpeningTests {
    private func demoFile() throws -> (path: String, loader: RegionLoader) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kachestvo-opening-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/data.json"
        try DataStore().save(DemoRegion.generate(), to: path, expecting: nil)
        return (path, RegionLoader(cache: SnapshotCache(folder: folder + "/snapshots")))
    }

    private func outline(_ first: DashboardOpening.First) -> AppModel? {
        if case .outline(let model, _) = first { return model }
        return nil
    }

    @Test func aReopenedFileStartsWithEveryColumnFigure() throws {
        let (path, loader) = try demoFile()
        let firstTime = try #require(outline(try DashboardOpening.prepare(explicit: path, language: .en, loader: loader)))
        #expect(!firstTime.isDigestOnly)
        #expect(firstTime.digest.headlineMeans.joined().allSatisfy { $0.isNaN }, "the JSON outline has no figures")

        var full: AppModel?
        try loader.load(.file(path: path, origin: .argument)) { event in
            if case .loaded(let region) = event { full = region.model }
        }
        let reopened = try #require(outline(try DashboardOpening.prepare(explicit: path, language: .en, loader: loader)))
        #expect(reopened.isDigestOnly)
        let loaded = try #require(full)
        #expect(reopened.totals == loaded.totals)
        #expect(reopened.digest.headlineMeans.map { $0.map(\.bitPattern) } == loaded.digest.headlineMeans.map { $0.map(\.bitPattern) })
        #expect(reopened.digest.concernCounts == loaded.digest.concernCounts)
        let region = Hierarchy.rootNode, subject = try #require(loaded.headlineSubject), year = try #require(loaded.index.latestYear)
        #expect(reopened.index.aggregate(node: region, in: .network, year: year, subject: subject)
            == loaded.index.aggregate(node: region, in: .network, year: year, subject: subject))

        // Edited since: the snapshot no longer describes the file, so the JSON outline again.
        var edited = loaded.dataset
        edited.regionName = "Другая область"
        try DataStore().save(edited, to: path, expecting: try DataStore().load(path).version)
        #expect(outline(try DashboardOpening.prepare(explicit: path, language: .en, loader: loader))?.isDigestOnly == false)
    }
}
