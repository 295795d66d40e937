import Foundation

/// Real file systems with real limits for the failure tests: a tiny tmpfs (a full disk) and a
/// read-only bind mount (`EROFS`, which stops root too). Mounting needs CAP_SYS_ADMIN, which CI's
/// container has; where it is missing the tests that need it are reported as skipped, with why.
enum ScratchMount {
    /// Why mounting is impossible here, nil when it works (checked once with a throw-away tmpfs).
    static let unavailable: String? = {
        let folder = Fixtures.folder()
        guard mount("kachestvo-test", folder, "tmpfs", 0, "size=16k") == 0 else {
            return "cannot mount a tmpfs: \(String(cString: strerror(errno))); the read-only and disk-full cases are skipped"
        }
        umount2(folder, Int32(MNT_DETACH))
        return nil
    }()

    /// Runs `body` with a fresh tmpfs of `bytes` mounted at a new folder, unmounted afterwards.
    static func withTinyDisk<T>(bytes: Int, _ body: (String) throws -> T) throws -> T {
        let folder = Fixtures.folder()
        guard mount("kachestvo-test", folder, "tmpfs", 0, "size=\(bytes)") == 0 else { throw Failed(what: "tmpfs") }
        defer { umount2(folder, Int32(MNT_DETACH)) }
        return try body(folder)
    }

    /// Runs `body` with `source` also mounted read-only at a new folder, unmounted afterwards.
    static func withReadOnlyView<T>(of source: String, _ body: (String) throws -> T) throws -> T {
        let folder = Fixtures.folder()
        guard mount(source, folder, nil, UInt(MS_BIND), nil) == 0 else { throw Failed(what: "bind") }
        defer { umount2(folder, Int32(MNT_DETACH)) }
        guard mount(source, folder, nil, UInt(MS_REMOUNT | MS_BIND | MS_RDONLY), nil) == 0 else { throw Failed(what: "read-only remount") }
        return try body(folder)
    }

    struct Failed: Error, CustomStringConvertible {
        var what: String
        let reason = String(cString: strerror(errno))
        var description: String { "mount (\(what)) failed: \(reason)" }
    }
}
