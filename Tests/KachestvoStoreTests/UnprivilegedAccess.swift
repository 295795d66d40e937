import Foundation

/// Runs file-system code without root's power to ignore permissions, so that the permission tests
/// run, and can fail, when the tests run as root (as CI does, in a container). It uses Linux's
/// file-system user id, which belongs to one thread: moving it from 0 to `nobody` drops
/// CAP_DAC_OVERRIDE and its kin for this thread alone, and moving it back restores them, so tests
/// running in parallel on other threads keep their rights. For any other user it changes nothing.
enum UnprivilegedAccess {
    static let nobody: uid_t = 65534

    /// Whether file access is checked as `nobody` during `run`.
    static var isRoot: Bool { geteuid() == 0 }

    /// `body` with every file access of this thread checked as `nobody` when running as root.
    static func run<T>(_ body: () throws -> T) throws -> T {
        guard isRoot else { return try body() }
        _ = setfsuid(nobody)
        defer { _ = setfsuid(0) }
        // An invalid id changes nothing and returns the current one: the switch took effect.
        guard setfsuid(uid_t.max) == nobody else { throw Refused() }
        return try body()
    }

    /// Makes `nobody` the owner of `folder` and its files when running as root, as a user owns the
    /// files they saved, so that only the permissions under test stand in the way.
    static func giveToNobody(_ folder: String) throws {
        guard isRoot else { return }
        for path in [folder] + (try FileManager.default.contentsOfDirectory(atPath: folder)).map({ folder + "/" + $0 }) {
            guard chown(path, nobody, gid_t(nobody)) == 0 else { throw Refused() }
        }
    }

    /// The system refused to switch users (no CAP_SETUID): the permission tests cannot run as root.
    struct Refused: Error, CustomStringConvertible {
        var description: String { "could not act as user \(UnprivilegedAccess.nobody): \(String(cString: strerror(errno)))" }
    }

    /// glibc's `setfsuid`, which Swift's Glibc module does not export.
    private static let setfsuid: @convention(c) (uid_t) -> Int32 = {
        unsafeBitCast(dlsym(UnsafeMutableRawPointer(bitPattern: 0), "setfsuid")!, to: (@convention(c) (uid_t) -> Int32).self)
    }()
}
