import Foundation
import Testing

/// The dashboard under an interactive shell, as a user runs it: Ctrl-Z suspends it and `fg` brings
/// it back repainted; SIGTERM, SIGINT and SIGHUP end it with the terminal restored and 128 + the signal.
@Suite(.serialized) struct JobControlEndToEndTests {
    private func shell() throws -> (TmuxSession, String) {
        let binary = try #require(BuiltBinary.path, "the kachestvo binary is built by swift test")
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("kachestvo-e2e-home").path
        let session = try TmuxSession(["bash", "--norc", "--noprofile", "-i"], environment: [
            "KACHESTVO_LANG": "ru", "HOME": home, "XDG_DATA_HOME": home + "/data", "XDG_CONFIG_HOME": home + "/config",
            "TERM": "tmux-256color", "PS1": "READY$ ",
        ])
        try session.waitFor("READY$")
        return (session, binary)
    }

    @Test func ctrlZSuspendsAndFgResumesWithAFullRepaint() throws {
        let (session, binary) = try shell()
        try session.send(binary, literally: true)
        try session.send("Enter")
        try session.waitFor("2 Сеть")
        try session.send("C-z")
        let suspended = try session.waitFor("Stopped")
        #expect(!suspended.contains("2 Сеть"), "the terminal is handed back to the shell")
        try session.send("fg", literally: true)
        try session.send("Enter")
        // The status bar is the last row drawn: waiting for it means the repaint is complete.
        let resumed = try session.waitFor("ДЕМО")
        #expect(resumed.contains("2 Сеть"))
        try session.send("q")
        try session.waitUntil("the shell prompt after quitting") { $0.components(separatedBy: "READY$").count >= 4 }
        try session.send("echo CODE:$?", literally: true)
        try session.send("Enter")
        let exit = try session.waitUntil("the exit status") { $0.range(of: #"CODE:\d"#, options: .regularExpression) != nil }
        #expect(exit.contains("CODE:0"))
    }

    /// SIGTERM, SIGINT and SIGHUP end the dashboard with 128 + the signal's number, as scripts expect,
    /// and leave the terminal as it was (the shell's own `stty` settings, the dashboard's screen gone).
    @Test(arguments: [(SIGTERM, "143"), (SIGINT, "130"), (SIGHUP, "129")])
    func aStopSignalEndsTheDashboardWithItsStatusAndTheTerminalRestored(signal: Int32, status: String) throws {
        let (session, binary) = try shell()
        try session.send("SAVED=$(stty -g)", literally: true)
        try session.send("Enter")
        try session.waitUntil("the settings saved") { $0.components(separatedBy: "READY$").count >= 3 }
        try session.send(binary, literally: true)
        try session.send("Enter")
        try session.waitFor("2 Сеть")
        let children = try Subprocess.run("pgrep", ["-P", "\(try session.panePID())"])
        let pid = try #require(pid_t(children.output.trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(kill(pid, signal) == 0)
        try session.waitUntil("the shell prompt after the signal") { $0.components(separatedBy: "READY$").count >= 4 }
        try session.send(#"echo CODE:$? TTY:$([ "$(stty -g)" = "$SAVED" ] && echo same || echo changed)"#, literally: true)
        try session.send("Enter")
        let after = try session.waitUntil("the exit status") { $0.range(of: #"TTY:[a-z]"#, options: .regularExpression) != nil }
        #expect(after.contains("CODE:\(status) "), "\(after)")
        #expect(after.contains("TTY:same"), "the terminal's settings are restored: \(after)")
        #expect(!after.contains("2 Сеть"), "the dashboard's screen is gone after it ends")
    }
}
