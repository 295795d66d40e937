import ArgumentParser
import Foundation
import KachestvoApp
import KachestvoCore
import KachestvoStore

/// `kachestvo validate FILE`: the problems of a data file, one per line with its place (the first
/// `--max-problems`, then how many more); exit 0 when valid, 65 when not, 66 when the file is missing
/// or unreadable. Never writes anything.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate", abstract: "Check a data file and list every problem with its line and column.")

    @Argument(help: ArgumentHelp("The data file to check.", valueName: "file"), completion: .file(extensions: ["json"]))
    var file: String

    @Option(name: .long, help: ArgumentHelp("Print at most this many problems (0 prints all).", valueName: "n"))
    var maxProblems = 100

    @Option(name: .long, help: ArgumentHelp("Message language: ru or en.", valueName: "ru|en"),
            completion: .languages)
    var lang: String?

    func validate() throws {
        guard maxProblems >= 0 else { throw ValidationError("--max-problems cannot be negative") }
    }

    func run() throws {
        let language = LanguageChoice.resolve(argument: lang, environment: ProcessInfo.processInfo.environment)
        let dataset: Dataset
        do throws(StoreError) {
            dataset = try DataStore().load(file).dataset
        } catch {
            throw DataLoading.fail(error, language: language)
        }
        let problems = DatasetValidator.validate(dataset)
        guard !problems.isEmpty else {
            Console.out(CLIText.valid(file: file, organisations: dataset.organisations.count)(language))
            return
        }
        let shown = maxProblems == 0 ? problems[...] : problems.prefix(maxProblems)
        // All positions in one pass over the file: a one-line file costs no more than a pretty one.
        let positions = (try? SourceMap(contentsOf: file))?.positions(of: shown.map(\.path))
        for (index, problem) in shown.enumerated() {
            let position = positions.map { "\($0[index])" } ?? "1:1"
            Console.out("\(file):\(position): \(problem.path): \(problem.message.text(language))")
        }
        if problems.count > shown.count {
            Console.out(CLIText.moreProblems(problems.count - shown.count)(language))
        }
        Console.error(CLIText.problemsFound(problems.count)(language))
        throw ExitCode(65)
    }
}
