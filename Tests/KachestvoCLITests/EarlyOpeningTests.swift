import Testing
@testable import kachestvo

/// Which command lines start reading the data file before they are parsed: the dashboard's only,
/// with the file `--data` names.
@Suite struct EarlyOpeningTests {
    @Test func theDashboardsDataOptionIsFoundInEitherSpelling() {
        #expect(EarlyOpening.dataArgument([]) == .some(nil))
        #expect(EarlyOpening.dataArgument(["--data", "/srv/oblast.json"]) == .some("/srv/oblast.json"))
        #expect(EarlyOpening.dataArgument(["--lang", "en", "--data=/srv/oblast.json", "--read-only"]) == .some("/srv/oblast.json"))
        #expect(EarlyOpening.dataArgument(["dashboard", "--theme", "light"]) == .some(nil))
        #expect(EarlyOpening.dataArgument(["--data", "a.json", "--data", "b.json"]) == .some("b.json"), "the last one counts, as in parsing")
    }

    @Test func helpVersionAndCompletionsReadNothing() {
        for arguments in [["--help"], ["-h"], ["help"], ["--version"], ["--data", "a.json", "--help"],
                          ["--generate-completion-script", "bash"], ["--data"]] {
            #expect(EarlyOpening.dataArgument(arguments) == nil, "\(arguments)")
        }
    }

    @Test func anotherCommandReadsNothing() {
        let subcommands = Kachestvo.configuration.subcommands.map { $0._commandName }
        #expect(subcommands.contains("report") && subcommands.contains("validate"))
        for arguments in [["report"], ["--lang", "en", "validate", "x.json"], ["history", "--data", "x.json"]] {
            #expect(EarlyOpening.start(arguments: arguments, subcommands: subcommands, environment: [:]) == nil, "\(arguments)")
        }
    }

    /// The early reading's failure waits for the dashboard, which reports it in the user's language.
    @Test func anEarlyReadingOfAMissingFileFailsWithWhy() {
        let early = EarlyOpening.start(arguments: ["--data", "/nonexistent/kachestvo.json"], subcommands: [], environment: [:])
        #expect(early?.explicit == "/nonexistent/kachestvo.json")
        guard case .failure(let error)? = early?.opening.value else { Issue.record("a missing file fails"); return }
        #expect(error.kind == .fileMissing)
    }
}
