import ArgumentParser
import CursesBackend
import Foundation
import KachestvoApp
import KachestvoCore
import KachestvoStore
import TerminalKit

/// `kachestvo` (the default command): opens the dashboard in the terminal.
struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard", abstract: "Open the terminal dashboard (the default command).")

    @OptionGroup var options: DataOptions

    @Option(help: ArgumentHelp(
        "Colour theme (see `kachestvo themes`). Without it: light when the terminal says its background is light (COLORFGBG, or its answer to an OSC 11 query), else default (for dark backgrounds). On a light terminal that does not say so, use --theme light.",
        valueName: "name"))
    var theme: String?

    @Option(help: ArgumentHelp("Limit colours: none, 8, 16, 256 or truecolor.", valueName: "depth"))
    var colors: String?

    @ArgumentParser.Flag(help: "Draw East-Asian ambiguous-width characters two columns wide (for terminals that do).")
    var ambiguousWide = false

    func validate() throws {
        if let colors, ColorDepthName.parse(colors) == nil {
            throw ValidationError("--colors must be one of: none, 8, 16, 256, truecolor")
        }
    }

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let language = LanguageChoice.resolve(argument: options.lang, environment: environment)
        let catalog = ThemeSetup.catalog(environment: environment)
        if let theme, catalog.entry(named: theme) == nil {
            Console.error(CLIText.noSuchTheme(theme, available: catalog.names)(language))
            throw ExitCode(64)
        }
        let depthLimit = colors.flatMap(ColorDepthName.parse)
        // Asked first, so that keys typed while a large file loads are not taken for the terminal's reply.
        let background = terminalBackground(environment: environment, depthLimit: depthLimit)
        let loader = RegionLoader(cache: SnapshotCache.standard(environment: environment))
        let opening = try DashboardOpening.prepare(explicit: options.data, language: language, loader: loader)

        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal(options: .init(colorDepth: depthLimit))
        } catch let error as TerminalStartError {
            Console.error(error.message.text(language))
            throw ExitCode(1)
        }
        atexit { CursesTerminal.restore() }
        let size = terminal.size
        let first: AppModel
        switch opening {
        case .complete(let region, _): first = region.model
        case .outline(let outline, _): first = outline
        }
        var state = AppState(model: first, language: language, width: size.width, height: size.height,
                             themes: catalog.entries.compactMap(\.theme),
                             themeName: theme ?? catalog.automaticThemeName(for: background),
                             colorDepth: terminal.colorDepth, background: background,
                             textWidth: TextWidth(ambiguousWide: ambiguousWide))
        var effects: [AppEffect] = []
        switch opening {
        case .complete(let region, let later):
            state.source = region.source
            for event in [.loaded(region)] + later { _ = Update.apply(event, to: &state) }
        case .outline(_, let source):
            state.source = source
            effects = Update.beginLoading(source, &state)
        }
        if let problem = catalog.problems.first { state.context.message = problem.formatted(language) }
        let final = DashboardRuntime(backend: terminal, state: state, effects: effects, loader: loader).run()
        terminal.stop()
        for warning in terminal.warnings { Console.error(warning.text(language)) }
        for problem in catalog.problems { Console.error(problem.formatted(language)) }
        if let failure = final.failure { throw DataLoading.fail(failure, language: language) }
    }
}

extension DashboardCommand {
    /// The terminal's background, asked of the terminal only when it can matter: no `--theme`, colours
    /// on, and a terminal to ask.
    func terminalBackground(environment: [String: String], depthLimit: ColorDepth?) -> TerminalBackground {
        let coloursOn = depthLimit != ColorDepth.none && (environment["NO_COLOR"] ?? "").isEmpty
        let onATerminal = isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
        return BackgroundDetection.detect(environment: environment, mayAsk: theme == nil && coloursOn && onATerminal)
    }
}

/// The names `--colors` accepts.
enum ColorDepthName {
    static func parse(_ name: String) -> ColorDepth? {
        switch name.lowercased() {
        case "none", "mono", "0": ColorDepth.none
        case "8": .eight
        case "16": .sixteen
        case "256": .palette256
        case "truecolor", "24bit": .truecolor
        default: nil
        }
    }
}
