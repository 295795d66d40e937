import Foundation
import KachestvoCore
import Testing
@testable import KachestvoStore

/// The snapshot cache gives exactly the data the JSON file gives, and only for that file as it is now;
/// anything else (another file, a stale, damaged or foreign snapshot, an unwritable folder) falls back
/// to the file.
@Suite struct SnapshotCacheTests {
    private let store = DataStore()

    /// Ways a snapshot on disk can be unusable.
    enum Damage: CaseIterable {
        case truncatedInHalf, corruptedPayloadByte, garbage, empty, futureFormatVersion

        func apply(to bytes: [UInt8]) -> [UInt8] {
            var copy = bytes
            switch self {
            case .truncatedInHalf: copy.removeLast(bytes.count / 2)
            case .corruptedPayloadByte: copy[bytes.count - 10] ^= 0x20
            case .garbage: copy = (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ 7) }
            case .empty: copy = []
            case .futureFormatVersion:
                withUnsafeBytes(of: (SnapshotFile.formatVersion + 1).littleEndian) { copy.replaceSubrange(8..<12, with: $0) }
            }
            return copy
        }
    }

    /// A data file holding `dataset` (saved by the store) and an empty cache, in fresh folders.
    private func saved(_ dataset: Dataset, name: String = "data.json") throws -> (path: String, cache: SnapshotCache) {
        let path = Fixtures.folder() + "/" + name
        try store.save(dataset, to: path, expecting: nil)
        return (path, SnapshotCache(folder: Fixtures.folder() + "/snapshots"))
    }

    private func identity(_ path: String) throws -> FileIdentity {
        try #require(FileIdentity.current(at: path))
    }

    /// The fixture plus records naming an organisation and a subject the dataset does not have.
    private static func withForeignIds() -> Dataset {
        var dataset = Fixtures.dataset()
        dataset.examResults.append(ExamResult(organisationId: "ghost", year: 2016, subjectId: "no-such-subject",
                                              participants: 70_000, mean: -0.0, belowMinimum: -3, high: 1 << 40, hundreds: 0,
                                              marks: MarkCounts(two: 0, three: 1, four: Int.max, five: Int.min)))
        dataset.financing.append(Financing(organisationId: "ghost", year: 2016, normative: 1e300, coefficient: 0, raised: false))
        dataset.riskProfiles.append(RiskProfile(organisationId: "ghost", year: 2016, factors: [:]))
        dataset.riskProfiles.append(RiskProfile(organisationId: "s-1", year: 2016,
                                                factors: Dictionary(uniqueKeysWithValues: RiskFactor.allCases.map { ($0, 0.5) })))
        return dataset
    }

    @Test func aSnapshotLoadsExactlyWhatTheFileDoes() throws {
        let unsorted = Fixtures.dataset().normalised()
        var reversed = unsorted
        reversed.organisations.reverse()
        reversed.examResults.reverse()
        let unsortedFile = Fixtures.write(JSONWriter.write(try JSONValueEncoder.encode(reversed)), in: Fixtures.folder())
        let files = [try saved(DemoRegion.generate()), try saved(Self.withForeignIds()),
                     (unsortedFile, SnapshotCache(folder: Fixtures.folder()))]
        for (path, cache) in files {
            let fromFile = try store.load(path)
            let first = try store.load(path, cache: cache)
            #expect(first.dataset == fromFile.dataset)
            #expect(first.version == fromFile.version)
            let snapshot = try #require(cache.load(for: path, identity: fromFile.version.identity))
            #expect(snapshot == fromFile.dataset)
            let second = try store.load(path, cache: cache)
            #expect(second.dataset == fromFile.dataset)
            #expect(second.version == fromFile.version)
        }
        #expect(try store.load(unsortedFile).dataset == reversed)
    }

    /// The dataset without its three big arrays and its long lists, as a snapshot's front holds it.
    private static func outline(of dataset: Dataset) -> Dataset {
        var outline = dataset
        outline.examResults = []
        outline.financing = []
        outline.riskProfiles = []
        (outline.supportCases, outline.meetings, outline.forecasts) = ([], [], [])
        return outline
    }

    @Test func theFrontGivesTheOutlineAndTheDigestWithoutTheRecords() throws {
        let (path, cache) = try saved(DemoRegion.generate())
        let loaded = try store.load(path)
        let digest = RegionDigest(RegionIndex(loaded.dataset))
        cache.save(loaded.dataset, digest: digest, for: path, identity: loaded.version.identity)
        let front = try #require(cache.loadFront(for: path))
        #expect(front.outline == Self.outline(of: loaded.dataset))
        #expect(front.digest.years == digest.years && front.digest.headlineSubject == digest.headlineSubject)
        #expect(front.digest.headlineMeans.map { $0.map(\.bitPattern) } == digest.headlineMeans.map { $0.map(\.bitPattern) })
        #expect(front.digest.concernCounts == digest.concernCounts && front.digest.positiveCounts == digest.positiveCounts)
        #expect(front.digest.aggregates == digest.aggregates && front.digest.names == digest.names)
        #expect(!digest.aggregates.network.isEmpty && digest.concernCounts.joined().contains { $0 > 0 })
        #expect(!loaded.dataset.supportCases.isEmpty && !loaded.dataset.meetings.isEmpty, "the lists left for the back exist")
        #expect(cache.load(for: path, identity: loaded.version.identity) == loaded.dataset, "the records follow the front")

        // A damaged back leaves the front usable; a damaged front is never trusted.
        let snapshot = try #require(cache.snapshotPath(for: path))
        let intact = try #require(FileManager.default.contents(atPath: snapshot)).map { $0 }
        _ = Fixtures.write(Damage.corruptedPayloadByte.apply(to: intact), in: cache.folder, name: DataFilePaths(snapshot).name)
        #expect(cache.loadFront(for: path) != nil)
        #expect(cache.load(for: path, identity: loaded.version.identity) == nil)
        var frontDamaged = intact
        frontDamaged[intact.count / 20] ^= 0x20
        _ = Fixtures.write(frontDamaged, in: cache.folder, name: DataFilePaths(snapshot).name)
        #expect(cache.loadFront(for: path) == nil)
        #expect(cache.load(for: path, identity: loaded.version.identity) == nil)
    }

    @Test func aFrontWithoutADigestOrOfAnEditedFileIsNotUsed() throws {
        let (path, cache) = try saved(Fixtures.dataset())
        let loaded = try store.load(path, cache: cache)
        #expect(cache.load(for: path, identity: loaded.version.identity) != nil)
        #expect(cache.loadFront(for: path) == nil, "written without a digest")
        cache.save(loaded.dataset, digest: RegionDigest(RegionIndex(loaded.dataset)), for: path, identity: loaded.version.identity)
        #expect(cache.loadFront(for: path) != nil)
        var edited = loaded.dataset
        edited.regionName = "Другая"
        try store.save(edited, to: path, expecting: loaded.version)
        #expect(cache.loadFront(for: path) == nil)
    }

    @Test func aSnapshotOfAnotherFileIsNotUsed() throws {
        var first = Fixtures.dataset(), second = Fixtures.dataset()
        first.regionName = "A"
        second.regionName = "B"
        let (a, cache) = try saved(first, name: "a.json")
        let b = DataFilePaths(a).folder + "/b.json"
        try store.save(second, to: b, expecting: nil)
        _ = try store.load(a, cache: cache)
        _ = try store.load(b, cache: cache)
        let snapshotA = try #require(cache.snapshotPath(for: a)), snapshotB = try #require(cache.snapshotPath(for: b))
        #expect(snapshotA != snapshotB)
        let swap = snapshotA + ".swap"
        #expect(rename(snapshotA, swap) == 0 && rename(snapshotB, snapshotA) == 0 && rename(swap, snapshotB) == 0)
        #expect(cache.load(for: a, identity: try identity(a)) == nil)
        #expect(cache.load(for: b, identity: try identity(b)) == nil)
        #expect(try store.load(a, cache: cache).dataset.regionName == "A")
        #expect(try store.load(b, cache: cache).dataset.regionName == "B")

        // A hard link has the same identity, but another path: the snapshot names the path it was made from.
        let linked = DataFilePaths(a).folder + "/linked.json"
        #expect(link(a, linked) == 0)
        #expect(try identity(linked) == identity(a))
        let copied = Fixtures.write(try #require(FileManager.default.contents(atPath: snapshotA)).map { $0 }, in: cache.folder,
                                    name: DataFilePaths(try #require(cache.snapshotPath(for: linked))).name)
        #expect(FileManager.default.fileExists(atPath: copied))
        #expect(cache.load(for: linked, identity: try identity(linked)) == nil)
        #expect(cache.load(for: a, identity: try identity(a))?.regionName == "A")
    }

    @Test func aStaleSnapshotIsRebuiltAndTheNewDataReturned() throws {
        let (path, cache) = try saved(Fixtures.dataset())
        let old = try store.load(path, cache: cache)
        var edited = old.dataset
        edited.examResults[0].mean = 12.5
        try store.save(edited, to: path, expecting: old.version)
        let fresh = try store.load(path, cache: cache)
        #expect(fresh.dataset.examResults[0].mean == 12.5)
        #expect(fresh.version.revision == old.version.revision + 1)
        #expect(fresh.dataset == (try store.load(path)).dataset)
        #expect(cache.load(for: path, identity: old.version.identity) == nil)
        #expect(cache.load(for: path, identity: fresh.version.identity) == fresh.dataset)
    }

    @Test(arguments: Damage.allCases) func aDamagedSnapshotIsIgnoredThenRebuilt(_ damage: Damage) throws {
        let (path, cache) = try saved(Self.withForeignIds())
        let fromFile = try store.load(path)
        _ = try store.load(path, cache: cache)
        let snapshot = try #require(cache.snapshotPath(for: path))
        let intact = try #require(FileManager.default.contents(atPath: snapshot)).map { $0 }
        _ = Fixtures.write(damage.apply(to: intact), in: cache.folder, name: DataFilePaths(snapshot).name)
        #expect(cache.load(for: path, identity: fromFile.version.identity) == nil)
        #expect(try store.load(path, cache: cache).dataset == fromFile.dataset)
        #expect(cache.load(for: path, identity: fromFile.version.identity) == fromFile.dataset)
    }

    @Test func anUnwritableCacheFolderStillGivesTheData() throws {
        let folder = Fixtures.folder()
        let blocker = Fixtures.write("not a folder", in: folder, name: "file.txt")
        let cache = SnapshotCache(folder: blocker + "/snapshots")
        let (path, _) = try saved(Fixtures.dataset())
        let loaded = try store.load(path, cache: cache)
        #expect(loaded.dataset == (try store.load(path)).dataset)
        #expect(cache.load(for: path, identity: loaded.version.identity) == nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["file.txt"])
    }

    @Test func aTemporaryLeftByAClosedDashboardIsRemovedByTheNextWrite() throws {
        let (path, cache) = try saved(Fixtures.dataset())
        let snapshot = try #require(cache.snapshotPath(for: path))
        let name = (snapshot as NSString).lastPathComponent
        try FileManager.default.createDirectory(atPath: cache.folder, withIntermediateDirectories: true)
        // pid 0x7FFFFFF0 is above Linux's limit: no such process. Our own pid is alive.
        let abandoned = cache.folder + "/.\(name).tmp-2147483632-0badf00d"
        let inUse = cache.folder + "/.\(name).tmp-\(getpid())-0badf00d"
        let other = cache.folder + "/.another.snapshot.tmp-2147483632-0badf00d"
        for file in [abandoned, inUse, other] { #expect(FileManager.default.createFile(atPath: file, contents: Data("x".utf8))) }
        cache.save(Fixtures.dataset(), for: path, identity: try identity(path))
        #expect(!FileManager.default.fileExists(atPath: abandoned))
        #expect(FileManager.default.fileExists(atPath: inUse), "a write still under way is left alone")
        #expect(FileManager.default.fileExists(atPath: other), "another file's temporaries are not this write's business")
        #expect(FileManager.default.fileExists(atPath: snapshot))
    }

    @Test func theStandardFolderFollowsXDG() {
        #expect(SnapshotCache.standard(environment: ["XDG_CACHE_HOME": "/c", "HOME": "/h"])?.folder == "/c/kachestvo/snapshots")
        #expect(SnapshotCache.standard(environment: ["XDG_CACHE_HOME": "c", "HOME": "/h/"])?.folder == "/h/.cache/kachestvo/snapshots")
        #expect(SnapshotCache.standard(environment: ["HOME": ""]) == nil)
    }
}
