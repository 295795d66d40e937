import Foundation

/// Tells the dashboard that a data file changed on disk — another user's save — without a timer.
///
/// Saves replace the file by renaming a new one over it, so the watch is on the folder (inotify),
/// for the file's name arriving by rename (`IN_MOVED_TO`), written in place (`IN_CLOSE_WRITE`),
/// deleted or moved away. `descriptor` becomes readable when something happened: the runtime adds
/// it to its `poll` and calls `drainChanges()` then. Our own saves fire it too: `isStill(version)`
/// with the version this process saved last tells them apart. Linux
/// only; elsewhere `start` returns nil and the dashboard simply does not follow outside changes.
public final class DataFileWatcher: Sendable {
    /// The inotify descriptor to poll for reading (non-blocking, closed with the watcher).
    public let descriptor: Int32
    /// The watched file.
    public let path: String
    private let name: String

    /// Starts watching the folder of `path`; nil when the folder cannot be watched (no inotify, the
    /// folder is missing, the watch limit is reached).
    public static func start(_ path: String) -> DataFileWatcher? {
        #if os(Linux)
        let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        let events = UInt32(IN_MOVED_TO | IN_CLOSE_WRITE | IN_DELETE | IN_MOVED_FROM | IN_CREATE)
        guard inotify_add_watch(descriptor, DataFilePaths(path).folder, events) >= 0 else {
            close(descriptor)
            return nil
        }
        return DataFileWatcher(descriptor: descriptor, path: path)
        #else
        return nil
        #endif
    }

    private init(descriptor: Int32, path: String) {
        self.descriptor = descriptor
        self.path = path
        name = DataFilePaths(path).name
    }

    deinit { close(descriptor) }

    /// Whether the file on disk is still `version` — the one this process saved or loaded last —
    /// so that the event was its own save (or nothing that matters) and no reload is needed.
    public func isStill(_ version: FileVersion) -> Bool {
        FileIdentity.current(at: path) == version.identity
    }

    /// Reads every event waiting, without blocking; true when one concerned the data file (or the
    /// kernel dropped events, so one may have). Events for the backups, temporaries, the lock and
    /// the journal beside it are passed over.
    public func drainChanges() -> Bool {
        #if os(Linux)
        var changed = false
        // Aligned for inotify_event; room for many events with names up to NAME_MAX.
        var buffer = [UInt64](repeating: 0, count: 4096 / 8 * 4)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return changed }
            buffer.withUnsafeBytes { bytes in
                var offset = 0
                while offset + MemoryLayout<inotify_event>.size <= count {
                    let event = bytes.load(fromByteOffset: offset, as: inotify_event.self)
                    let nameStart = offset + MemoryLayout<inotify_event>.size
                    if event.mask & UInt32(IN_Q_OVERFLOW) != 0 { changed = true }
                    if event.len > 0 {
                        let field = UnsafeRawBufferPointer(rebasing: bytes[nameStart..<nameStart + Int(event.len)])
                        let eventName = String(decoding: field.prefix { $0 != 0 }, as: UTF8.self)
                        if eventName == name { changed = true }
                    }
                    offset = nameStart + Int(event.len)
                }
            }
        }
        #else
        return false
        #endif
    }
}
