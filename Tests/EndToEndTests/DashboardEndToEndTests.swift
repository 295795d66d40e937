import Foundation
import TestSupport
import Testing

/// The built binary in a real tmux pane (DESIGN.md §7, layer 4): start, navigate, search in
/// Cyrillic, help, palette, theme and language, resize, quit with `й`, and a killed pane.
@Suite(.serialized) struct DashboardEndToEndTests {
    private static let home = FileManager.default.temporaryDirectory.appendingPathComponent("kachestvo-e2e-home").path

    /// A configuration folder of its own (settings, user themes), so that no test sees another's choices.
    private func freshConfig() -> String { Self.home + "/config-\(UUID().uuidString)" }

    /// The dashboard in a pane; with `shellTail`, run by `sh -c` with that text after the command.
    /// With `language` nil, the language is left to the settings file and an English locale.
    private func start(width: Int = 100, height: Int = 30, language: String? = "ru", config: String? = nil,
                       terminal: String = "tmux-256color",
                       arguments: [String] = [], through shellTail: String? = nil) throws -> TmuxSession {
        let binary = try #require(BuiltBinary.path, "the kachestvo binary is built by swift test")
        let command = shellTail.map { tail in
            ["sh", "-c", ([binary] + arguments).map { "'\($0)'" }.joined(separator: " ") + tail]
        } ?? [binary] + arguments
        return try TmuxSession(command, width: width, height: height, environment: [
            "KACHESTVO_LANG": language ?? "", "LC_ALL": "", "LC_MESSAGES": "", "LANG": "C.UTF-8",
            "HOME": Self.home, "XDG_DATA_HOME": Self.home + "/data", "XDG_CONFIG_HOME": config ?? freshConfig(),
            "TERM": terminal,
        ])
    }

    /// The theme named by the status bar's «Тема: NAME» / «Theme: NAME» message, if shown.
    private func themeMessage(_ screen: String) -> String? {
        guard let match = screen.range(of: #"(Тема|Theme): \S+"#, options: .regularExpression) else { return nil }
        return String(screen[match].split(separator: " ").last!)
    }

    /// tmux sends Home and End as `ESC [ 1 ~` and `ESC [ 4 ~`, which xterm's terminfo does not list: they
    /// must still be Home and End, not Alt-[ and a tab number (4 is the Funding tab).
    @Test func homeAndEndAsTmuxSendsThemUnderXtermTerminfo() throws {
        let session = try start(terminal: "xterm-256color")
        try session.waitFor("ДЕМО")
        let breadcrumb = { (screen: String) in screen.split(separator: "\n").dropFirst().first.map(String.init) ?? "" }
        try session.send("j", "j", "j")
        // Centres in name order past their legal form: гимназия № 1, № 2, Карасукская, Куйбышевская … Тогучинский.
        try session.waitUntil("the fourth centre selected") { breadcrumb($0).contains("› МАОУ Куйбышевская гимназия") }
        try session.sendBytes([0x1B, 0x5B, 0x31, 0x7E])
        let home = try session.waitUntil("the first centre selected") { breadcrumb($0).contains("› МБОУ гимназия № 1") }
        #expect(home.contains("Сеть проекта") && home.contains("Сведения"), "still on the Network tab")
        try session.sendBytes([0x1B, 0x5B, 0x34, 0x7E])
        let end = try session.waitUntil("the last centre selected") { breadcrumb($0).contains("› МАОУ Тогучинский лицей") }
        #expect(end.contains("Сеть проекта") && end.contains("Сведения"), "the 4 of ESC [ 4 ~ did not switch tabs")
    }

    @Test func navigatesToASchoolAndShowsItsDetails() throws {
        // Tall enough for the whole detail pane of the first school, whichever it is: a large one's
        // exam table alone takes twenty rows.
        let session = try start(height: 50)
        let first = try session.waitFor("ДЕМО")
        #expect(first.contains("1 Обзор"))
        #expect(first.contains("2 Сеть"))
        #expect(first.contains("синтетические данные"))
        try session.send("Enter")
        try session.send("l")
        // «Центр: УМЦ» is the school's alone (a КЦ shows flags and funding too); funding is drawn last.
        let school = try session.waitUntil("the school's details") {
            $0.contains("Центр: УМЦ") && $0.contains("Финансирование")
        }
        #expect(school.contains("Флаги"))
        #expect(school.contains("Обучающихся"))
        try session.send("Escape")
        try session.waitUntil("back at the УМЦ level") { $0.contains("Центр: КЦ") }
    }

    @Test func escapeAtTheTopShowsTheRegionAndItsTotals() throws {
        let session = try start(width: 80, height: 24)
        try session.waitFor("ДЕМО")
        try session.send("Escape")
        // The region's totals, thousands grouped, are drawn below its column title and header.
        let region = try session.waitUntil("the region with its totals") {
            $0.replacingOccurrences(of: "\u{00A0}", with: " ").contains("Организаций: 1 000")
        }
        #expect(region.contains("┌ Область"))
        #expect(region.contains("ЕГЭ Рус. яз."), "the column names its figures")
        try session.send("Enter")
        try session.waitUntil("back down in the top column") { $0.contains("┌ КЦ") && !$0.contains("┌ Область") }
    }

    @Test func searchTypedInCyrillicJumpsToTheMatch() throws {
        let session = try start()
        try session.waitFor("ДЕМО")
        try session.send("/")
        try session.send("Баганск", literally: true)
        let found = try session.waitFor("/Баганск▏")
        #expect(found.contains("Баганский"))
        try session.send("Enter")
        try session.send("n")
        try session.waitFor("«Баганск»: 2/")
    }

    @Test func helpPaletteThemeAndLanguage() throws {
        let session = try start()
        try session.waitFor("ДЕМО")
        try session.send("?")
        let help = try session.waitFor("Справка — клавиши")
        #expect(help.contains("Выход"))
        try session.send("Escape")
        try session.waitUntil("help closed") { !$0.contains("Справка — клавиши") }
        try session.send(":")
        try session.waitFor("Команды")
        try session.send("тема", literally: true)
        try session.send("Enter")
        let fromPalette = try #require(themeMessage(try session.waitFor("Тема: ")))
        try session.send("t")
        // The palette's message is still on screen: wait for the key's own, naming the next theme.
        let fromKey = try session.waitUntil("a theme other than \(fromPalette)") { themeMessage($0).map { $0 != fromPalette } ?? false }
        #expect(themeMessage(fromKey) != "default", "two steps from the default theme")
        try session.send("L")
        let english = try session.waitFor("Network")
        #expect(english.contains("DEMO"))
    }

    @Test func tooSmallNoticeUntilResizedBack() throws {
        let session = try start()
        try session.waitFor("ДЕМО")
        try session.resize(width: 60, height: 15)
        let small = try session.waitFor("слишком маленькое")
        #expect(small.contains("60×15"))
        try session.resize(width: 100, height: 30)
        try session.waitFor("2 Сеть")
    }

    /// A new file holding a demo region of `schools`, written by the binary; the caller removes it.
    private func demoFile(schools: Int) throws -> String {
        let binary = try #require(BuiltBinary.path)
        let file = TemporaryFolder.make("e2e") + "/data.json"
        #expect(try Subprocess.run(binary, ["demo-data", "--schools", "\(schools)", "--output", file]).status == 0)
        return file
    }

    /// A stray zero-width joiner and a variation selector in a name never reach the terminal, so the
    /// terminal cannot fuse them with the border after them: every row keeps its borders in place.
    @Test func joinersInANameReachTheTerminalAsNothingAndMoveNoBorder() throws {
        let file = try demoFile(schools: 100)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let text = try String(contentsOfFile: file, encoding: .utf8)
            .replacingOccurrences(of: "МАОУ Куйбышевская гимназия", with: "МАОУ Ку\u{200D}йбышевская ❤\u{FE0F}\u{200D} гимназия")
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        let session = try start(terminal: "xterm-256color", arguments: ["--data", file])
        let screen = try session.waitFor("ДЕМО")
        #expect(screen.contains("Куйбышевская ❤"), "the name is shown (in the list without its legal form)")
        #expect(!screen.unicodeScalars.contains("\u{200D}") && !screen.unicodeScalars.contains("\u{FE0F}"), "\(screen)")
        let rows = screen.split(separator: "\n").map(Array.init)
        let corners = rows[2].indices.filter { "┌┐".contains(rows[2][$0]) }
        for row in rows[3..<28] {
            let borders = row.indices.filter { row[$0] == "│" }
            #expect(borders == corners, "\(String(row))")
        }
    }

    @Test func aDataFileWithProblemsOpensAndSaysSo() throws {
        let file = try demoFile(schools: 200)
        defer { try? FileManager.default.removeItem(atPath: file) }
        var text = try String(contentsOfFile: file, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"centreId\": \"org-00001\"", with: "\"centreId\": \"org-99999\"")
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        let session = try start(arguments: ["--data", file])
        let screen = try session.waitFor("Ошибок в данных")
        #expect(screen.contains("kachestvo validate"))
        #expect(screen.contains("2 Сеть"), "the dashboard still opens")
    }

    @Test func russianLayoutQuitKeyEndsTheProgram() throws {
        let session = try start()
        try session.waitFor("ДЕМО")
        try session.send("й")
        try session.waitForExit()
    }

    /// The hang-up ends the process instead of leaving it spinning on a dead terminal. How fast is the
    /// benchmark's business; here the wait only has a limit so that a hang fails instead of blocking.
    @Test func killingThePaneEndsTheProcess() throws {
        let session = try start()
        try session.waitFor("ДЕМО")
        let pid = try session.panePID()
        #expect(pid > 0)
        try session.killPane()
        try TmuxSession.waitUntil("process \(pid) ends after its pane was killed") { !TmuxSession.isRunning(pid) }
    }

    @Test func theChosenThemeAndLanguageAreRememberedNextTime() throws {
        let config = freshConfig()
        let first = try start(language: nil, config: config)
        try first.waitFor("DEMO")
        try first.send("t")
        let chosen = try #require(themeMessage(try first.waitFor("Theme: ")))
        try first.send("L")
        try first.waitFor("Язык: русский")
        try first.send("q")
        try first.waitForExit()
        let saved = try String(contentsOfFile: config + "/kachestvo/settings.json", encoding: .utf8)
        #expect(saved == "{\n  \"language\": \"ru\",\n  \"theme\": \"\(chosen)\"\n}\n")

        // The locale says English and no option is given: the remembered Russian and theme apply.
        let second = try start(language: nil, config: config)
        try second.waitFor("ДЕМО")
        try second.send("t")
        let next = try #require(themeMessage(try second.waitFor("Тема: ")))
        #expect(next != chosen, "t went on from the remembered \(chosen), not from the default theme")
    }

    /// CPU time (user + system, in clock ticks) a process has used so far.
    private func cpuTicks(_ pid: pid_t) throws -> Int {
        let stat = try String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)
        let fields = try #require(stat.split(separator: ")").last).split(separator: " ")
        // After the command name: state is field 0, utime field 11, stime field 12.
        return (Int(fields[11]) ?? 0) + (Int(fields[12]) ?? 0)
    }

    @Test func aDataFileOpensAtOnceFillsInItsFiguresAndThenIdles() throws {
        let file = try demoFile(schools: 3000)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let snapshots = FileManager.default.temporaryDirectory.appendingPathComponent("kachestvo-e2e-home/.cache/kachestvo/snapshots").path
        try? FileManager.default.removeItem(atPath: snapshots)
        let session = try start(arguments: ["--data", file])
        let ready = try session.waitFor("Показатели загружены", timeout: 60)
        #expect(ready.contains("2 Сеть"))
        try session.send("j")
        try session.waitUntil("the key cleared the message") { !$0.contains("Показатели загружены") }
        // After the figures, the file's snapshot is written beside the data check, in the background;
        // once both are done (no CPU used for a whole second, which a spinning loop never reaches) nothing runs.
        try TmuxSession.waitUntil("the snapshot to be written", timeout: 60) {
            ((try? FileManager.default.contentsOfDirectory(atPath: snapshots)) ?? []).contains { $0.hasSuffix(".snapshot") }
        }
        let pid = try session.panePID()
        var settled = try cpuTicks(pid)
        try TmuxSession.waitUntil("the data check to finish", timeout: 60) {
            sleep(1)
            let now = (try? cpuTicks(pid)) ?? settled
            defer { settled = now }
            return now == settled
        }
        let before = try cpuTicks(pid)
        sleep(2)
        let after = try cpuTicks(pid)
        #expect(after - before <= 2, "idle for 2 s but used \(after - before) ticks of CPU")
    }

    @Test func aLargeFileBrokenPastItsOutlineIsShownThenEndsWithDataError() throws {
        // Large enough (over 20 MB) to open from its outline; a smaller one is read whole before the first frame.
        let file = try demoFile(schools: 3000)
        defer { try? FileManager.default.removeItem(atPath: file) }
        var text = try String(contentsOfFile: file, encoding: .utf8)
        // A number written as a string deep in the exam results: the outline never reads it, the full load must.
        let range = try #require(text.range(of: #""participants": \d+"#, options: .regularExpression))
        text.replaceSubrange(range, with: "\"participants\": \"\(text[range].split(separator: " ").last!)\"")
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        let before = try Data(contentsOf: URL(fileURLWithPath: file))
        // Through a shell that prints the exit status once the dashboard has given the terminal back.
        let session = try start(arguments: ["--data", file], through: "; echo \"exit status $?\"")
        // The dialog's last line, so that the capture is not taken halfway through drawing it.
        // A debug build reading 25 MB on a busy machine can take a while: the limit is a safety net.
        let screen = try session.waitFor("q, Esc или Enter — выход", timeout: 120)
        #expect(screen.contains("Ошибка в файле данных") && screen.contains("Файл не изменён"))
        try session.send("q")
        let after = try session.waitFor("exit status")
        #expect(after.contains("exit status 65"), "a malformed file ends with EX_DATAERR:\n\(after)")
        #expect(after.contains("ожидалось целое число"), "and the problem is on stderr too")
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == before)
    }
}
