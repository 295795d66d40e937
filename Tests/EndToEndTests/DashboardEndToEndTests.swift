import Foundation
import Testing

/// The built binary in a real tmux pane (DESIGN.md §7, layer 4): start, navigate, search in
/// Cyrillic, help, palette, theme and language, resize, quit with `й`, and a killed pane.
@Suite(.serialized) struct DashboardEndToEndTests {
    /// The dashboard in a pane; with `shellTail`, run by `sh -c` with that text after the command.
    private func start(width: Int = 100, height: Int = 30, language: String = "ru",
                       arguments: [String] = [], through shellTail: String? = nil) throws -> TmuxSession {
        let binary = try #require(BuiltBinary.path, "the kachestvo binary is built by swift test")
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("kachestvo-e2e-home").path
        let command = shellTail.map { tail in
            ["sh", "-c", ([binary] + arguments).map { "'\($0)'" }.joined(separator: " ") + tail]
        } ?? [binary] + arguments
        return try TmuxSession(command, width: width, height: height, environment: [
            "KACHESTVO_LANG": language, "HOME": home, "XDG_DATA_HOME": home + "/data",
            "XDG_CONFIG_HOME": home + "/config", "TERM": "tmux-256color",
        ])
    }

    @Test func navigatesToASchoolAndShowsItsDetails() throws {
        let session = try start()
        let first = try session.waitFor("ДЕМО")
        #expect(first.contains("1 Обзор"))
        #expect(first.contains("2 Сеть"))
        #expect(first.contains("синтетические данные"))
        try session.send("Enter")
        try session.send("l")
        let school = try session.waitFor("Флаги")
        #expect(school.contains("Финансирование"))
        #expect(school.contains("Обучающихся"))
        #expect(school.contains("Центр: УМЦ"), "a school shows the centres that support it")
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
        try session.waitFor("Тема: ")
        try session.send("t")
        try session.waitFor("Тема: ")
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
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("kachestvo-e2e-\(UUID().uuidString).json").path
        #expect(try Subprocess.run(binary, ["demo-data", "--schools", "\(schools)", "--output", file]).status == 0)
        return file
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
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline, try !session.paneIsDead() { usleep(50_000) }
        #expect(try session.paneIsDead())
    }

    @Test func killingThePaneEndsTheProcessWithinASecond() throws {
        let session = try start()
        try session.waitFor("ДЕМО")
        let pid = try session.panePID()
        #expect(pid > 0)
        try session.killPane()
        let deadline = Date().addingTimeInterval(1)
        while Date() < deadline, TmuxSession.isRunning(pid) { usleep(20_000) }
        #expect(!TmuxSession.isRunning(pid), "process \(pid) still alive a second after its pane was killed")
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
        // After the figures, the file's snapshot is written in the background; then nothing runs.
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, !((try? FileManager.default.contentsOfDirectory(atPath: snapshots)) ?? []).contains(where: { $0.hasSuffix(".snapshot") }) {
            usleep(100_000)
        }
        let pid = try session.panePID()
        let before = try cpuTicks(pid)
        sleep(2)
        let after = try cpuTicks(pid)
        #expect(after - before <= 2, "idle for 2 s but used \(after - before) ticks of CPU")
    }

    @Test func aFileBrokenPastItsOutlineIsShownThenEndsWithDataError() throws {
        let file = try demoFile(schools: 200)
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
        let screen = try session.waitFor("q, Esc или Enter — выход")
        #expect(screen.contains("Ошибка в файле данных") && screen.contains("Файл не изменён"))
        try session.send("q")
        let after = try session.waitFor("exit status")
        #expect(after.contains("exit status 65"), "a malformed file ends with EX_DATAERR:\n\(after)")
        #expect(after.contains("ожидалось целое число"), "and the problem is on stderr too")
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == before)
    }
}
