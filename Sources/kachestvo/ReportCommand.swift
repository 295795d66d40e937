import ArgumentParser
import Foundation
import KachestvoApp
import KachestvoCore

extension ReportFormat: ExpressibleByArgument {}

/// `kachestvo report`: the region in figures — counts, exams by subject, flags and the flagged
/// organisations — as text, Markdown or JSON.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Print the region in figures: counts, exams by subject, flags.")

    @OptionGroup var options: DataOptions

    @Option(help: "School year by the year of its exams (2017 = 2016/2017); default: the latest.")
    var year: Int?

    @Option(help: ArgumentHelp("Output format.", valueName: "text|markdown|json"))
    var format: ReportFormat = .text

    func run() throws {
        let language = LanguageChoice.resolve(argument: options.lang, environment: ProcessInfo.processInfo.environment)
        let loaded = try DataLoading.load(explicit: options.data, language: language)
        let index = RegionIndex(loaded.dataset)
        if let year, !index.years.contains(year) {
            Console.error(CLIText.noDataForYear(year, yearsWithData: index.years)(language))
            throw ExitCode(65)
        }
        let summary = RegionSummary(index, year: year)
        Console.out(try ReportRenderer(summary: summary, language: language, index: index).render(format), terminator: "")
    }
}
