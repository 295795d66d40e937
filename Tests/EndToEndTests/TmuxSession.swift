import Foundation

/// Drives the built `kachestvo` binary in a real tmux pane, as a user would: send keys, read the
/// screen with capture-pane, resize, kill. Each session runs on its own tmux server socket so tests
/// never touch a user's tmux.
final class TmuxSession {
    let socket: String
    let name = "kachestvo"

    /// Starts `command` (argv) in a detached session of the given size. With `windowStyle` (such as
    /// `bg=#ffffff`), the pane has those default colours, and tmux gives that background to a program
    /// that asks for it (OSC 11); without it tmux answers only the device-attributes query.
    init(_ command: [String], width: Int = 100, height: Int = 30, environment: [String: String] = [:],
         windowStyle: String? = nil) throws {
        socket = "kachestvo-e2e-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let exports = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\(TmuxSession.quote($0.value))" }
        let shellCommand = (["exec", "env"] + exports + command.map(TmuxSession.quote)).joined(separator: " ")
        let style = windowStyle.map { ["start-server", ";", "set-option", "-g", "window-style", $0, ";"] } ?? []
        try tmux(style + ["new-session", "-d", "-x", "\(width)", "-y", "\(height)", "-s", name, shellCommand])
        try tmux(["set-option", "-t", name, "remain-on-exit", "on"])
    }

    deinit { _ = try? tmux(["kill-server"]) }

    /// Types keys: tmux key names (`Enter`, `Escape`, `Up`) or, with `literally`, text as typed.
    func send(_ keys: String..., literally: Bool = false) throws {
        try tmux(["send-keys", "-t", name] + (literally ? ["-l"] : []) + keys)
    }

    /// Sends raw bytes to the program, as a terminal would (`send-keys -H`): escape sequences exactly.
    func sendBytes(_ bytes: [UInt8]) throws {
        try tmux(["send-keys", "-t", name, "-H"] + bytes.map { String(format: "%02x", $0) })
    }

    /// The visible screen as text.
    func capture() throws -> String {
        try tmux(["capture-pane", "-p", "-t", name])
    }

    /// The visible screen with its colours and attributes as SGR escape sequences.
    func captureWithColours() throws -> String {
        try tmux(["capture-pane", "-e", "-p", "-t", name])
    }

    /// Waits until the screen contains `text`; returns the screen (throws with the last screen on time-out).
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 15) throws -> String {
        try waitUntil("«\(text)»", timeout: timeout) { $0.contains(text) }
    }

    /// Waits until `condition` holds for the screen.
    @discardableResult
    func waitUntil(_ what: String, timeout: TimeInterval = 15, _ condition: (String) -> Bool) throws -> String {
        var screen = ""
        guard try Self.poll(timeout: timeout, { screen = try capture(); return condition(screen) }) else {
            throw TmuxError.timedOut(waitingFor: what, screen: screen)
        }
        return screen
    }

    /// Waits until the program in the pane has exited (throws with the last screen if it never does).
    func waitForExit(timeout: TimeInterval = 15) throws {
        try waitUntil("the program to exit", timeout: timeout) { _ in (try? paneIsDead()) ?? false }
    }

    /// Waits until `condition` holds; the limit only turns a hang into a failure.
    static func waitUntil(_ what: String, timeout: TimeInterval = 15, _ condition: () -> Bool) throws {
        guard poll(timeout: timeout, condition) else { throw TmuxError.timedOut(waitingFor: what, screen: "") }
    }

    /// Checks `condition` every 50 ms until it holds (true) or `timeout` has passed (false).
    private static func poll(timeout: TimeInterval, _ condition: () throws -> Bool) rethrows -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if try condition() { return true }
            usleep(50_000)
        }
        return false
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    /// The pid of the program in the pane.
    func panePID() throws -> pid_t {
        pid_t(try tmux(["display-message", "-p", "-t", name, "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }

    /// Whether the program in the pane has exited (the pane stays, thanks to remain-on-exit).
    func paneIsDead() throws -> Bool {
        try tmux(["display-message", "-p", "-t", name, "#{pane_dead}"]).hasPrefix("1")
    }

    func killPane() throws { try tmux(["kill-pane", "-t", name]) }

    /// Whether a process still runs (a zombie, ended but not yet reaped, counts as ended).
    static func isRunning(_ pid: pid_t) -> Bool {
        guard kill(pid, 0) == 0 else { return false }
        let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
        guard let close = stat.lastIndex(of: ")") else { return false }
        return !stat[close...].hasPrefix(") Z")
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let result = try Subprocess.run("tmux", ["-L", socket, "-f", "/dev/null"] + arguments)
        guard result.status == 0 else { throw TmuxError.failed(arguments: arguments, output: result.output) }
        return result.output
    }

    private static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

/// Why a tmux step failed, with what the screen showed.
enum TmuxError: Error, CustomStringConvertible {
    case failed(arguments: [String], output: String)
    case timedOut(waitingFor: String, screen: String)

    var description: String {
        switch self {
        case .failed(let arguments, let output): "tmux \(arguments.joined(separator: " ")) failed: \(output)"
        case .timedOut(let what, let screen): "timed out waiting for \(what); the screen was:\n\(screen)"
        }
    }
}

/// Finds the `kachestvo` binary that `swift test` built next to the test bundle.
enum BuiltBinary {
    static var path: String? {
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var directory = URL(fileURLWithPath: executable).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("kachestvo").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return nil
    }
}
