import ArgumentParser
import Bilingual
import Foundation

/// The `kachestvo` command: the dashboard by default, plus the data tools.
@main
struct Kachestvo: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kachestvo",
        abstract: "Terminal dashboard of the Novosibirsk oblast education quality-management project.",
        usage: DashboardHelp.isAsked ? DashboardHelp.usage : nil,
        discussion: """
        Without a subcommand, opens the dashboard. Data file: --data FILE, else $KACHESTVO_DATA, \
        else $XDG_DATA_HOME/kachestvo/data.json if it exists, else the built-in synthetic demo region.

        \(DashboardHelp.isAsked ? DashboardHelp.options : "")
        """,
        version: "0.1.0",
        subcommands: [DashboardCommand.self, ValidateCommand.self, ReportCommand.self, DemoDataCommand.self,
                      ThemesCommand.self, HistoryCommand.self],
        defaultSubcommand: DashboardCommand.self
    )

    /// The dashboard's data file, being read from the start of the process (`EarlyOpening`).
    static let early = EarlyOpening.start(arguments: Array(CommandLine.arguments.dropFirst()),
                                          subcommands: configuration.subcommands.map { $0._commandName },
                                          environment: ProcessInfo.processInfo.environment)

    static func main() {
        _ = early
        main(nil)
    }
}

/// Options every command that reads the data file shares.
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Data file to open.", valueName: "file"),
            completion: .file(extensions: ["json"]))
    var data: String?

    @Option(name: .long, help: ArgumentHelp("Interface language: ru or en (default: from KACHESTVO_LANG or the locale).", valueName: "ru|en"),
            completion: .languages)
    var lang: String?
}

extension CompletionKind {
    /// The values `--lang` takes, for shell completion.
    static var languages: CompletionKind { .list(Language.allCases.map(\.rawValue)) }
}
