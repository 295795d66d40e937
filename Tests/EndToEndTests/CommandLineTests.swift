import Foundation
import TestSupport
import Testing

/// The command line as a user runs it: report, validate and demo-data on real files.
@Suite struct CommandLineTests {
    private let folder = TemporaryFolder.make("cli")

    private func kachestvo(_ arguments: [String], language: String = "en") throws -> Subprocess.Result {
        let binary = try #require(BuiltBinary.path, "the kachestvo binary is built by swift test")
        var environment = ProcessInfo.processInfo.environment
        environment["KACHESTVO_LANG"] = language
        environment["XDG_DATA_HOME"] = folder + "/xdg"
        environment.removeValue(forKey: "KACHESTVO_DATA")
        return try Subprocess.run(binary, arguments, environment: environment)
    }

    /// A theme that does not exist is refused before the terminal is taken over, with the ones that do.
    @Test func anUnknownThemeIsRefusedWithTheThemesThatExist() throws {
        let result = try kachestvo(["--theme", "no-such-theme"])
        #expect(result.status == 64)
        #expect(result.output.contains("no-such-theme") && result.output.contains("light"), "\(result.output)")
    }

    /// So is a glyph set for charts that does not exist, in the user's language.
    @Test func anUnknownChartGlyphSetIsRefusedWithTheSetsThatExist() throws {
        let result = try kachestvo(["--charts", "dots"], language: "ru")
        #expect(result.status == 64)
        #expect(result.output.contains("«dots»") && result.output.contains("braille, blocks, ascii"), "\(result.output)")
    }

    @Test func reportOfTheDemoRegionIsMarkedSynthetic() throws {
        let result = try kachestvo(["report", "--format", "json"])
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(json["consultingCentres"] as? Int == 9)
        #expect(json["methodologicalCentres"] as? Int == 29)
        #expect(json["schools"] as? Int == 1000)
        #expect((json["pupils"] as? Int ?? 0) > 250_000)
        #expect(json["demo"] as? Bool == true)
        let text = try kachestvo(["report"], language: "ru")
        #expect(text.output.contains("ДЕМО: синтетические данные"))
        #expect(text.output.contains("Русский язык"))
    }

    /// A region named with a retitle (OSC 2) and a screen wipe reaches the terminal inert in every
    /// format, on standard output and in messages alike.
    @Test func namesWithEscapeSequencesAreNeverSentToTheTerminal() throws {
        let file = folder + "/hostile.json"
        #expect(try kachestvo(["demo-data", "--schools", "100", "-o", file]).status == 0)
        let text = try String(contentsOfFile: file, encoding: .utf8)
            .replacingOccurrences(of: #""regionName": "Новосибирская область""#,
                                  with: #""regionName": "Область\u001b]2;pwned\u0007\u001b[2J\u009b1m""#)
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        for format in ["text", "markdown", "json"] {
            let result = try kachestvo(["report", "--format", format, "--data", file])
            #expect(result.status == 0, "\(result.output)")
            #expect(result.output.contains("pwned"), "the report names the region")
            #expect(!result.output.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" || $0 == "\u{9B}" },
                    "\(format) output carries a control character")
        }
        let plain = try kachestvo(["report", "--data", file])
        #expect(plain.output.hasPrefix("Область␛]2;pwned␇␛[2J�1m: "))
    }

    @Test func demoDataValidatesAndABrokenFileIsLocatedAndLeftUnchanged() throws {
        let file = folder + "/demo.json"
        let written = try kachestvo(["demo-data", "--schools", "300", "--seed", "7", "--output", file])
        #expect(written.status == 0, "\(written.output)")
        #expect(try kachestvo(["validate", file]).status == 0)

        var text = try String(contentsOfFile: file, encoding: .utf8)
        let target = try #require(text.range(of: "\"pupils\":"))
        text.replaceSubrange(target, with: "\"pupils\": \"много\", \"x\":")
        let broken = folder + "/broken.json"
        try text.write(toFile: broken, atomically: true, encoding: .utf8)
        let before = try Data(contentsOf: URL(fileURLWithPath: broken))
        let result = try kachestvo(["validate", broken])
        #expect(result.status == 65)
        #expect(result.output.range(of: #"broken\.json:\d+:\d+: \$\.organisations\[0\]\.pupils"#, options: .regularExpression) != nil,
                "\(result.output)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: broken)) == before)
    }

    @Test func validationProblemsNameTheirLine() throws {
        let file = folder + "/planted.json"
        #expect(try kachestvo(["demo-data", "--schools", "200", "--output", file]).status == 0)
        var text = try String(contentsOfFile: file, encoding: .utf8)
        let target = try #require(text.range(of: "\"centreId\": \"org-00001\""))
        text.replaceSubrange(target, with: "\"centreId\": \"org-99999\"")
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        let line = text[..<target.lowerBound].filter { $0 == "\n" }.count + 1
        let result = try kachestvo(["validate", file], language: "ru")
        #expect(result.status == 65)
        #expect(result.output.contains("planted.json:\(line):"), "\(result.output)")
        #expect(result.output.contains("несуществующую организацию «org-99999»"))
    }

    /// Issue 7: a minified file with one wrong year answers with one problem, located on its one line.
    @Test func oneWrongYearInAMinifiedFileIsOneProblem() throws {
        let file = folder + "/demo.json"
        #expect(try kachestvo(["demo-data", "--schools", "130", "--output", file]).status == 0)
        var object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file))) as? [String: Any])
        var years = try #require(object["academicYears"] as? [[String: Any]])
        years[2]["year"] = 2061
        object["academicYears"] = years
        let minified = folder + "/mini.json"
        try JSONSerialization.data(withJSONObject: object).write(to: URL(fileURLWithPath: minified))
        let result = try kachestvo(["validate", minified])
        #expect(result.status == 65)
        let lines = result.output.split(separator: "\n").filter { $0.hasPrefix(minified) }
        #expect(lines.count == 1, "\(result.output.prefix(2000))")
        #expect(lines.first?.range(of: #"mini\.json:1:\d+: \$\.examResults\[\d+\]\.year: year 2016 is not listed in academicYears \([\d,]+ records have it; the first is here\)"#,
                                   options: .regularExpression) != nil, "\(lines)")
    }

    @Test func atMostMaxProblemsArePrinted() throws {
        let file = folder + "/many.json"
        #expect(try kachestvo(["demo-data", "--schools", "300", "--output", file]).status == 0)
        let text = try String(contentsOfFile: file, encoding: .utf8)
            .replacingOccurrences(of: #""pupils": \d+"#, with: "\"pupils\": -1", options: .regularExpression)
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        func listed(_ arguments: [String]) throws -> (problems: Int, last: String) {
            let result = try kachestvo(["validate", file] + arguments)
            #expect(result.status == 65)
            let lines = result.output.split(separator: "\n")
            return (lines.filter { $0.hasPrefix(file) }.count, String(lines.last { !$0.hasPrefix(file) && $0.hasPrefix("…") } ?? ""))
        }
        let standard = try listed([])
        #expect(standard.problems == 100 && standard.last == "… and 200 more (all of them: --max-problems 0)")
        let few = try listed(["--max-problems", "3"])
        #expect(few.problems == 3 && few.last.hasPrefix("… and 297 more"))
        #expect(try listed(["--max-problems", "0"]) == (300, ""))
    }

    /// `history` prints the journal beside the data file as a table, one entity's lines with
    /// `--entity`, a broken line by its number on stderr and the rest all the same.
    @Test func historyPrintsTheJournalAndNamesABrokenLine() throws {
        let file = folder + "/journalled.json"
        #expect(try kachestvo(["history", "--data", file]).output.contains("There is no audit journal yet"))
        let lines = [
            #"{"change": 1, "client": "192.0.2.7", "field": "pupils", "id": "s-1", "kind": "organisation", "new": 41, "old": 40, "organisation": "s-1", "record": "organisation:s-1", "revision": 2, "time": "2026-12-01T15:22:13Z", "user": "anna"}"#,
            #"{"change": 1, "field": "name", "new": "Школа\u001b[2J", "old": "Школа", "record": "organisation:s-2", "revision": 3, "time": "2026-12-01T15:23:00Z", "user": "boris"}"#,
            #"{"time": "2026-12-01T15:24:00Z", "user": "#,
            #"{"change": 1, "field": null, "new": {"id": "m-1"}, "old": null, "record": "meeting:m-1", "revision": 4, "time": "2026-12-01T15:25:00Z", "user": "anna"}"#,
        ]
        try (lines.joined(separator: "\n") + "\n").write(toFile: file + ".journal.jsonl", atomically: true, encoding: .utf8)
        let result = try kachestvo(["history", "--data", file])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("2026-12-0") && result.output.contains("anna") && result.output.contains("192.0.2.7"))
        #expect(result.output.contains("organisation:s-1") && result.output.contains("40 → 41"))
        #expect(result.output.contains("local") && result.output.contains("record added"))
        #expect(result.output.contains("journalled.json.journal.jsonl: line 3: not JSON"), "\(result.output)")
        #expect(!result.output.unicodeScalars.contains("\u{1B}"), "data from the journal is shown inert")
        let one = try kachestvo(["history", "--data", file, "--entity", "s-1"], language: "ru")
        #expect(one.output.contains("40 → 41") && !one.output.contains("organisation:s-2") && one.output.contains("Пользователь"))
        let json = try kachestvo(["history", "--data", file, "--entity", "m-1", "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.split(separator: "\n")[0].utf8)) as? [String: Any])
        #expect(object["record"] as? String == "meeting:m-1")
    }

    @Test func missingFileAndDirectoryAreNoInput() throws {
        let missing = try kachestvo(["validate", folder + "/nope.json"])
        #expect(missing.status == 66)
        #expect(missing.output.contains("nope.json"))
        #expect(try kachestvo(["validate", folder]).status == 66)
        #expect(try kachestvo(["report", "--data", folder + "/nope.json"]).status == 66)
    }

    @Test func everyCommandHasHelp() throws {
        for command in ["dashboard", "validate", "report", "demo-data", "themes", "history"] {
            let help = try kachestvo([command, "--help"])
            #expect(help.status == 0)
            #expect(help.output.contains("USAGE"), "\(command) --help")
        }
    }

    @Test func topLevelHelpListsTheDashboardsOptions() throws {
        let help = try kachestvo(["--help"])
        #expect(help.status == 0)
        let section = try #require(help.output.range(of: "DASHBOARD OPTIONS"), "\(help.output)")
        for option in ["--data <file>", "--lang <ru|en>", "--theme <name>", "--colors <depth>", "--ambiguous-wide", "--charts <glyphs>"] {
            #expect(help.output[section.upperBound...].contains(option), "\(option) is not in:\n\(help.output)")
        }
        #expect(help.output.contains("USAGE: kachestvo [--data <file>]"))
        #expect(help.output.contains("SUBCOMMANDS:"))
    }

    /// What bash completion offers for the last word of `words`, through the script the binary generates.
    private func bashCompletions(_ words: [String]) throws -> [String] {
        let binary = try #require(BuiltBinary.path)
        let script = """
            source <("$0" --generate-completion-script bash)
            PATH="$(dirname "$0"):$PATH"
            COMP_WORDS=("${@}"); COMP_CWORD=$(( $# - 1 )); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
            _kachestvo kachestvo "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
            printf '%s\n' "${COMPREPLY[@]}"
            """
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_CONFIG_HOME"] = folder + "/config"  // no user themes: only the bundled ones are offered
        let result = try Subprocess.run("bash", ["-c", script, binary] + words, environment: environment)
        #expect(result.status == 0, "\(result.output)")
        return result.output.split(separator: "\n").map(String.init).sorted()
    }

    @Test func shellCompletionOffersTheValuesOfLanguageThemeAndColours() throws {
        #expect(try bashCompletions(["kachestvo", "dashboard", "--lang", ""]) == ["en", "ru"])
        #expect(try bashCompletions(["kachestvo", "validate", "x.json", "--lang", ""]) == ["en", "ru"])
        #expect(try bashCompletions(["kachestvo", "dashboard", "--colors", ""]) == ["16", "256", "8", "none", "truecolor"])
        #expect(try bashCompletions(["kachestvo", "dashboard", "--charts", ""]) == ["ascii", "blocks", "braille"])
        #expect(try bashCompletions(["kachestvo", "dashboard", "--theme", ""])
                == ["default", "high-contrast", "light", "mono", "projector"], "the themes the binary finds")
        #expect(try bashCompletions(["kachestvo", "dashboard", "--theme", "hi"]) == ["high-contrast"])
        #expect(try bashCompletions(["kachestvo", "report", "--format", ""]) == ["json", "markdown", "text"])
    }

    @Test func themesAreListedAndChecked() throws {
        let result = try kachestvo(["themes"])
        #expect(result.status == 0, "\(result.output)")
        for name in ["default", "light", "high-contrast", "mono", "projector"] {
            #expect(result.output.contains(name))
        }
    }
}
