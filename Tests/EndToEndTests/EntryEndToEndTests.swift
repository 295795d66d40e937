import Foundation
import TestSupport
import Testing

/// Data entry with the built binary in tmux, as a methodologist would: add a school with a Cyrillic
/// name, enter its ЕГЭ result in the grid, undo, redo, quit, start again — the school and the
/// result are there, and `kachestvo history` says who entered them; the same for a council meeting
/// and its forecast on the Council screen. Also `--scope` and `--read-only`.
@Suite(.serialized) struct EntryEndToEndTests {
    private let folder = TemporaryFolder.make("entry")

    private var environment: [String: String] {
        ["KACHESTVO_LANG": "ru", "LC_ALL": "", "LC_MESSAGES": "", "LANG": "C.UTF-8", "HOME": folder,
         "XDG_DATA_HOME": folder + "/xdg", "XDG_CONFIG_HOME": folder + "/config", "XDG_CACHE_HOME": folder + "/cache",
         "TERM": "tmux-256color"]
    }

    /// A small data file of the demo generator, in the test's own folder.
    private func dataFile() throws -> String {
        let binary = try #require(BuiltBinary.path, "the kachestvo binary is built by swift test")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/data.json"
        let made = try Subprocess.run(binary, ["demo-data", "--schools", "90", "-o", path], environment: environment)
        #expect(made.status == 0, "\(made.output)")
        return path
    }

    private func start(_ arguments: [String]) throws -> TmuxSession {
        let binary = try #require(BuiltBinary.path)
        return try TmuxSession([binary] + arguments, width: 100, height: 30, environment: environment)
    }

    /// `kachestvo history` of the data file, line by line.
    private func history(_ path: String) throws -> [String] {
        let binary = try #require(BuiltBinary.path)
        let history = try Subprocess.run(binary, ["history", "--data", path], environment: environment)
        #expect(history.status == 0)
        return history.output.split(separator: "\n").map(String.init)
    }

    private func statusLine(_ screen: String) -> String { screen.split(separator: "\n").last.map(String.init) ?? "" }

    @Test func aSchoolAndItsResultEnteredUndoneAndRedoneAreThereAfterARestart() throws {
        let path = try dataFile()
        let session = try start(["--data", path])
        try session.waitFor("ДЕМО")
        try session.send("j", "Enter")
        try session.send("a")
        try session.waitFor("Новая школа")
        try session.send("Школа имени Ёлкина", literally: true)
        try session.send("Enter")
        try session.waitUntil("the school added and shown") {
            $0.contains("Добавлена школа") && ($0.split(separator: "\n").dropFirst().first ?? "").contains("Школа имени Ёлкина")
        }
        try session.send("r")
        try session.waitFor("Результаты ГИА")
        try session.send("1", "2", "Tab")
        try session.send("65,5", literally: true)
        try session.send("Enter", "C-s")
        try session.waitUntil("the result committed") { !$0.contains("Стрелки — ячейки") && $0.contains("65,5") }
        try session.send("u")
        try session.waitUntil("the result undone") { $0.contains("Отменено") && !$0.contains("65,5") }
        try session.send("C-r")
        try session.waitUntil("the result redone and saved") {
            $0.contains("65,5") && self.statusLine($0).contains("сохранено") && !self.statusLine($0).contains("сохранение")
        }
        try session.send("q")
        try session.waitForExit()

        let again = try start(["--data", path])
        try again.waitFor("ДЕМО")
        try again.send("/")
        try again.send("Ёлкин", literally: true)
        try again.send("Enter")
        let shown = try again.waitUntil("the school found again with its result") {
            $0.contains("Школа имени Ёлкина") && $0.contains("65,5")
        }
        #expect(shown.contains("Обучающихся"))
        try again.send("q")
        try again.waitForExit()

        let user = String(cString: getpwuid(geteuid())!.pointee.pw_name)
        let lines = try history(path)
        #expect(lines.contains { $0.contains("organisation:") && $0.contains("запись добавлена") && $0.contains(user) },
                "the new school, by this user:\n\(lines.joined(separator: "\n"))")
        #expect(lines.filter { $0.contains("examResult") }.count >= 3, "entered, undone, redone:\n\(lines.joined(separator: "\n"))")
    }

    @Test func aCouncilMeetingAndItsForecastAreThereAfterARestartAndInTheHistory() throws {
        let path = try dataFile()
        let session = try start(["--data", path])
        try session.waitFor("ДЕМО")
        try session.send("6")
        try session.waitFor("Заседания совета")
        try session.send("a")
        try session.waitFor("Новое заседание совета")
        try session.send("20.01.2019", literally: true)
        try session.send("Tab")
        try session.send("Об итогах полугодия «Ёлочка»", literally: true)
        try session.send("Enter")
        try session.waitUntil("the meeting added, shown and saved") {
            $0.contains("Добавлено заседание 20.01.2019") && $0.contains("Заседание 20.01.2019") && self.statusLine($0).contains("сохранено")
        }
        try session.send("Tab", "Tab", "Tab", "a")
        try session.waitFor("Новый прогноз")
        try session.send("Tab")
        try session.send("ЕГЭ · Рус", literally: true)
        try session.send("Enter", "Tab", "Tab", "Tab")
        try session.send("71,5", literally: true)
        try session.send("Enter")
        let added = try session.waitUntil("the forecast added and saved") {
            $0.contains("Добавлен прогноз") && $0.contains("71,5") && self.statusLine($0).contains("сохранено")
        }
        #expect(added.contains("Область") && added.contains("2019"), "the region's forecast for 2019")
        try session.send("q")
        try session.waitForExit()

        let again = try start(["--data", path])
        try again.waitFor("ДЕМО")
        try again.send("6")
        let shown = try again.waitUntil("the meeting and its forecast read back") {
            $0.contains("Об итогах полугодия «Ёлочка»") && $0.contains("71,5")
        }
        #expect(shown.contains("20.01.2019"))
        try again.send("q")
        try again.waitForExit()

        let lines = try history(path)
        #expect(lines.contains { $0.contains("meeting:meeting-2019-01-20") && $0.contains("запись добавлена") }, "\(lines)")
        #expect(lines.contains { $0.contains("forecast:forecast-2019-region-ege-rus-mean") && $0.contains("запись добавлена") }, "\(lines)")
    }

    @Test func aBadScopeIsAnErrorAndAScopedOrReadOnlyUserIsToldWhy() throws {
        let path = try dataFile()
        let binary = try #require(BuiltBinary.path)
        let bad = try Subprocess.run(binary, ["--data", path, "--scope", "umc:nobody"], environment: environment)
        #expect(bad.status == 64)
        #expect(bad.output.contains("--scope: в данных нет «umc:nobody»"), "\(bad.output)")
        let readOnly = try start(["--data", path, "--read-only"])
        try readOnly.waitFor("только чтение")
        try readOnly.send("j", "Enter", "e")
        try readOnly.waitFor("Ничего нельзя изменить: запущено с --read-only")
        try readOnly.send("q")
        try readOnly.waitForExit()
    }
}
