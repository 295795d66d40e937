import Foundation
import KachestvoCore
import Testing
@testable import KachestvoStore

/// The watcher wakes a `poll` when another process saves the data file, and stays quiet otherwise —
/// also for what changes beside the file (backups, the lock, the journal, temporaries).
@Suite struct DataFileWatcherTests {
    /// Whether the watcher's descriptor is readable, waiting at most `milliseconds`.
    private func isReadable(_ watcher: DataFileWatcher, waiting milliseconds: Int32) -> Bool {
        var entry = pollfd(fd: watcher.descriptor, events: Int16(POLLIN), revents: 0)
        return poll(&entry, 1, milliseconds) == 1
    }

    #if os(Linux)
    @Test func anotherProcesssSaveWakesThePollAndNothingElseDoes() throws {
        let probe = try #require(SaveProbe.path, "kachestvo-save-probe is not built; run `swift build` first")
        let folder = Fixtures.folder()
        let references = Fixtures.folder()
        try DataStore().save(Fixtures.dataset(), to: references + "/a.json", expecting: nil)
        try DataStore().save(Fixtures.dataset(revision: 5), to: references + "/b.json", expecting: nil)
        let path = folder + "/data.json"
        try DataStore().save(Fixtures.dataset(), to: path, expecting: nil)
        let saved = try DataStore().load(path).version
        let watcher = try #require(DataFileWatcher.start(path))

        #expect(!isReadable(watcher, waiting: 0) && !watcher.drainChanges(), "nothing happened yet")
        // What changes beside the data file is not a change of it.
        #expect(FileManager.default.createFile(atPath: path + ".journal.jsonl", contents: Data("{}\n".utf8)))
        #expect(FileManager.default.createFile(atPath: folder + "/.data.json.tmp-1-0", contents: Data()))
        try FileLock.withExclusiveLock(path + ".lock") { () throws(StoreError) in }
        #expect(!watcher.drainChanges())
        #expect(watcher.isStill(saved), "our own save: nothing to reload")

        let process = try SaveProbe.start(probe, [path, references + "/a.json", references + "/b.json"])
        SaveProbe.kill(process)
        #expect(isReadable(watcher, waiting: 10_000))
        #expect(watcher.drainChanges())
        #expect(!watcher.isStill(saved), "the identity tells their save from ours")
        #expect(!isReadable(watcher, waiting: 0) && !watcher.drainChanges(), "drained: quiet until the next save")
    }

    @Test func aDeletedFileIsAChange() throws {
        let folder = Fixtures.folder()
        let path = Fixtures.write("{}", in: folder)
        let watcher = try #require(DataFileWatcher.start(path))
        #expect(unlink(path) == 0)
        #expect(isReadable(watcher, waiting: 10_000) && watcher.drainChanges())
    }
    #endif

    @Test func aFolderThatIsNotThereCannotBeWatched() {
        #expect(DataFileWatcher.start("/no/such/folder/data.json") == nil)
    }
}
