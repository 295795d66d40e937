import Foundation
import KachestvoCore
import Testing
@testable import KachestvoStore

/// `kill -9` at many moments of a save loop never leaves a broken or mixed file, and what a killed
/// save leaves behind is removed by the next one.
@Suite struct CrashSafetyTests {
    /// A dataset big enough that a save takes a few milliseconds, so kills land mid-write.
    private static func alternative(_ name: String) -> Dataset {
        var dataset = Fixtures.dataset(schools: 200)
        dataset.regionName = name
        return dataset.normalised()
    }

    private static func comparable(_ dataset: Dataset) -> Dataset {
        var copy = dataset
        copy.revision = 0
        return copy
    }

    @Test func killedSavesLeaveEitherTheOldOrTheNewFile() throws {
        let probe = try #require(SaveProbe.path, "kachestvo-save-probe is not built; run `swift build` first")
        let folder = Fixtures.folder()
        let references = Fixtures.folder()
        let store = DataStore()
        let a = Self.alternative("A"), b = Self.alternative("B")
        try store.save(a, to: references + "/a.json", expecting: nil)
        try store.save(b, to: references + "/b.json", expecting: nil)
        let target = folder + "/data.json"
        // Kills 0, 1.5, 3, … 28.5 ms after the first save: the same moments on every run, spread over
        // several saves, so that a failure can be rerun as it happened.
        for round in 0..<20 {
            let process = try Self.startProbe(probe, target: target, references: references)
            usleep(UInt32(round) * 1_500)
            Self.kill(process)

            let loaded = Self.comparable(try store.load(target).dataset)
            #expect(loaded == Self.comparable(a) || loaded == Self.comparable(b))
            for number in 1...3 where FileManager.default.fileExists(atPath: "\(target).\(number)") {
                let backup = Self.comparable(try store.load("\(target).\(number)").dataset)
                #expect(backup == Self.comparable(a) || backup == Self.comparable(b))
            }
            let names = try FileManager.default.contentsOfDirectory(atPath: folder)
            let known: Set<String> = ["data.json", "data.json.1", "data.json.2", "data.json.3", "data.json.lock"]
            for name in names where !known.contains(name) {
                #expect(name.hasPrefix(".data.json.tmp-") && !name.hasSuffix(".json"), "unexpected file \(name)")
            }
        }
        #expect(FileManager.default.fileExists(atPath: target + ".3"), "backups rotate across the saves")
    }

    @Test func theNextSaveRemovesTheTemporariesOfKilledSaves() throws {
        let probe = try #require(SaveProbe.path, "kachestvo-save-probe is not built; run `swift build` first")
        let folder = Fixtures.folder()
        let references = Fixtures.folder()
        let store = DataStore()
        let a = Self.alternative("A")
        try store.save(a, to: references + "/a.json", expecting: nil)
        try store.save(Self.alternative("B"), to: references + "/b.json", expecting: nil)
        let target = folder + "/data.json"
        // Kill the probe the moment one of its temporaries is seen, until a kill lands mid-write.
        var killed = 0
        while Self.temporaries(in: folder).isEmpty, killed < 50 {
            let process = try Self.startProbe(probe, target: target, references: references)
            while Self.temporaries(in: folder).isEmpty, process.isRunning { sched_yield() }
            Self.kill(process)
            killed += 1
        }
        let left = Self.temporaries(in: folder)
        try #require(!left.isEmpty, "no kill out of \(killed) landed mid-write")
        // A temporary of a live writer (this process) is left alone.
        let live = folder + "/.data.json.tmp-\(getpid())-0badf00d"
        #expect(FileManager.default.createFile(atPath: live, contents: Data("x".utf8)))

        var loaded = try store.load(target)
        loaded.dataset.regionName = "C"
        try store.save(loaded.dataset, to: target, expecting: loaded.version)
        #expect(Self.temporaries(in: folder) == [(live as NSString).lastPathComponent])
        #expect(try store.load(target).dataset.regionName == "C")
    }

    /// Opening a file clears what killed saves left, without waiting for the next save.
    @Test func openingAFileRemovesTheTemporariesOfKilledSaves() throws {
        let folder = Fixtures.folder()
        let target = Fixtures.write("{}", in: folder)
        let finished = Process()
        finished.executableURL = URL(fileURLWithPath: "/bin/true")
        try finished.run()
        finished.waitUntilExit()
        let dead = folder + "/.data.json.tmp-\(finished.processIdentifier)-0badf00d"
        let live = folder + "/.data.json.tmp-\(getpid())-0badf00d"
        #expect(FileManager.default.createFile(atPath: dead, contents: Data("half a file".utf8)))
        #expect(FileManager.default.createFile(atPath: live, contents: Data("x".utf8)))
        DataStore.removeAbandonedTemporaries(besides: target)
        #expect(Self.temporaries(in: folder) == [(live as NSString).lastPathComponent])
    }

    /// Starts the probe saving A and B alternately into `target`.
    private static func startProbe(_ probe: String, target: String, references: String) throws -> Process {
        try SaveProbe.start(probe, [target, references + "/a.json", references + "/b.json"])
    }

    private static func kill(_ process: Process) { SaveProbe.kill(process) }

    private static func temporaries(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasPrefix(".data.json.tmp-") }.sorted()
    }
}
