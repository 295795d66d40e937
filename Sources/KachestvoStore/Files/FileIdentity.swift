import Foundation

/// Which file is on disk at a path, and in what state: device, inode, size and modification time.
/// Every save renames a new file into place, so an unchanged identity means nobody saved since.
public struct FileIdentity: Equatable, Hashable, Sendable {
    public var device: UInt64
    public var inode: UInt64
    public var size: Int64
    public var modifiedSeconds: Int64
    public var modifiedNanoseconds: Int64

    init(_ status: stat) {
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
        size = Int64(status.st_size)
        modifiedSeconds = Int64(status.st_mtim.tv_sec)
        modifiedNanoseconds = Int64(status.st_mtim.tv_nsec)
    }

    /// The identity of whatever is at `path` now, or nil when nothing is. After a `DataFileWatcher`
    /// event, the file is someone else's save unless this equals the identity this process saved.
    public static func current(at path: String) -> FileIdentity? {
        var status = stat()
        return stat(path, &status) == 0 ? FileIdentity(status) : nil
    }
}

/// The paths that belong to one data file: the file itself, its save lock and its rotating backups.
public struct DataFilePaths: Equatable, Sendable {
    public let data: String

    public init(_ data: String) { self.data = data }

    /// The folder holding the file (`.` for a bare name).
    public var folder: String {
        guard let slash = data.lastIndex(of: "/") else { return "." }
        return slash == data.startIndex ? "/" : String(data[..<slash])
    }

    /// The file's name without its folder.
    public var name: String {
        guard let slash = data.lastIndex(of: "/") else { return data }
        return String(data[data.index(after: slash)...])
    }

    /// The sidecar file that savers lock (`data.json.lock`); it is never deleted.
    public var lock: String { data + ".lock" }

    /// Backup `number`, 1 being the newest (`data.json.1`, `data.json.2`, …).
    public func backup(_ number: Int) -> String { "\(data).\(number)" }

    /// A fresh, unique temporary path in the same folder, hidden and never ending in `.json`:
    /// `.NAME.tmp-PID-RANDOM`, the writer's pid telling later saves whether it is still alive.
    func temporary() -> String {
        "\(folder)/\(temporaryPrefix)\(getpid())-\(hex(UInt32.random(in: .min ... .max), 8))"
    }

    /// What every temporary of this file's name starts with (`.data.json.tmp-`).
    var temporaryPrefix: String { ".\(name).tmp-" }
}
