import Foundation

/// Who makes the changes a journal records: the login name and, over SSH, the client's address.
public struct JournalAuthor: Equatable, Sendable {
    /// The login name.
    public var user: String
    /// The SSH client's address (the first field of `SSH_CONNECTION`, else of `SSH_CLIENT`); nil
    /// when the program runs locally.
    public var client: String?

    public init(user: String, client: String?) {
        self.user = user
        self.client = client
    }

    /// This process's user: the name of its effective user id from the password database (which the
    /// environment cannot fake), else `$USER`, else `$LOGNAME`, else the numeric id; and the client
    /// address from the environment.
    public static func current(environment: [String: String] = ProcessInfo.processInfo.environment) -> JournalAuthor {
        let uid = geteuid()
        let user = [loginName(uid), environment["USER"], environment["LOGNAME"]].compactMap { $0 }.first { !$0.isEmpty } ?? "uid \(uid)"
        return JournalAuthor(user: user, client: clientAddress(environment))
    }

    /// The name of `uid` in the password database (`getpwuid_r`: safe on any thread).
    private static func loginName(_ uid: uid_t) -> String? {
        var entry = passwd()
        var found: UnsafeMutablePointer<passwd>?
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getpwuid_r(uid, &entry, &buffer, buffer.count, &found) == 0, found != nil, let name = entry.pw_name else { return nil }
        return String(cString: name)
    }

    /// The first field of `SSH_CONNECTION` (`client-ip client-port server-ip server-port`), else of
    /// the older `SSH_CLIENT` (`client-ip client-port server-port`).
    static func clientAddress(_ environment: [String: String]) -> String? {
        for variable in ["SSH_CONNECTION", "SSH_CLIENT"] {
            if let first = environment[variable]?.split(separator: " ").first, !first.isEmpty { return String(first) }
        }
        return nil
    }
}
