import ArgumentParser
import Foundation
import KachestvoApp
import KachestvoCore
import KachestvoStore

/// `kachestvo validate FILE`: every problem of a data file, one per line with its place; exit 0 when
/// valid, 65 when not, 66 when the file is missing or unreadable. Never writes anything.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate", abstract: "Check a data file and list every problem with its line and column.")

    @Argument(help: ArgumentHelp("The data file to check.", valueName: "file"), completion: .file(extensions: ["json"]))
    var file: String

    @Option(name: .long, help: ArgumentHelp("Message language: ru or en.", valueName: "ru|en"),
            completion: .languages)
    var lang: String?

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
        let map = try? SourceMap(contentsOf: file)
        for problem in problems {
            let position = map.map { "\($0.position(of: problem.path))" } ?? "1:1"
            Console.out("\(file):\(position): \(problem.path): \(problem.message.text(language))")
        }
        Console.error(CLIText.problemsFound(problems.count)(language))
        throw ExitCode(65)
    }
}
