import ArgumentParser
import Foundation
import KachestvoApp
import KachestvoCore
import TerminalKit

/// `kachestvo themes`: lists the themes found and checks every theme file.
struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "themes", abstract: "List the colour themes and check their files.")

    @Option(name: .long, help: ArgumentHelp("Interface language: ru or en.", valueName: "ru|en"),
            completion: .languages)
    var lang: String?

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let language = LanguageChoice.resolve(argument: lang, environment: environment)
        let catalog = ThemeSetup.catalog(environment: environment)
        for entry in catalog.entries {
            let origin: String
            switch entry.source {
            case .builtIn: origin = CLIText.builtInTheme(language)
            case .bundled(let path), .user(let path): origin = path
            }
            let status = entry.problems.isEmpty ? "ok" : CLIText.themeHasErrors(language)
            Console.out("\(entry.name.padding(toLength: 16, withPad: " ", startingAt: 0)) \(status.padding(toLength: 7, withPad: " ", startingAt: 0)) \(origin)")
            for problem in entry.problems { Console.out("    \(problem.formatted(language))") }
        }
        if !catalog.problems.isEmpty { throw ExitCode(65) }
    }
}

/// Where themes come from: the user's directory over the bundled `themes/` folder, found next to the
/// executable, in the source tree (`swift run`), or through `$KACHESTVO_THEMES`.
enum ThemeSetup {
    static func catalog(environment: [String: String]) -> ThemeCatalog {
        let candidates = ThemeCatalog.bundledCandidates(
            environment: environment, executablePath: Bundle.main.executablePath ?? CommandLine.arguments.first,
            sourceFile: #filePath)
        return ThemeCatalog(userDirectory: ThemeCatalog.userDirectory(environment: environment),
                            bundledDirectory: ThemeCatalog.locateBundledThemes(candidates: candidates))
    }
}
