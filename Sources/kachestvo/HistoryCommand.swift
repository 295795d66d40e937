import ArgumentParser
import Foundation
import KachestvoApp
import KachestvoStore

/// `kachestvo history`: the audit journal of the data file — who changed what, when, from where —
/// as a table or as JSON Lines; `--entity ID` keeps what concerns one organisation or record. A line
/// that cannot be read is reported with its number on stderr, and the rest printed.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history", abstract: "Print the audit journal of the data file: who changed what, when and from where.")

    @OptionGroup var options: DataOptions

    @Option(help: ArgumentHelp("Only the changes of this organisation or record (its id, or a record like examResult:ID/YEAR/SUBJECT).",
                               valueName: "id"))
    var entity: String?

    @Flag(help: "Print the entries as JSON Lines, as the journal stores them.")
    var json = false

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let language = LanguageChoice.resolve(argument: options.lang, environment: environment)
        let source = DataFileLocator.resolve(explicit: options.data, environment: environment) {
            FileManager.default.fileExists(atPath: $0)
        }
        guard case .file(let path, _) = source else {
            Console.error(CLIText.historyOfDemo(language))
            return
        }
        let journal = AuditJournal(dataFile: path)
        let reading: JournalReading
        do throws(StoreError) {
            reading = try journal.read()
        } catch where error.kind == .fileMissing {
            Console.error(CLIText.historyNoJournal(journal: journal.path)(language))
            return
        } catch {
            throw DataLoading.fail(error, language: language)
        }
        let entries = entity.map(reading.entries(about:)) ?? reading.entries
        if json {
            entries.forEach { Console.out($0.jsonLine) }
        } else if entries.isEmpty, let entity {
            Console.error(CLIText.historyNothingAbout(entity: entity)(language))
        } else {
            HistoryTable(language: language).render(entries).forEach { Console.out($0) }
        }
        for problem in reading.problems {
            Console.error("\(journal.path): \(problem.text.text(language))")
        }
    }
}
