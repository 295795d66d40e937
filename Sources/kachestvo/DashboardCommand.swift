import ArgumentParser
import Bilingual
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
        "Colour theme (see `kachestvo themes`). Without it: the theme last chosen with `t`, else light when the terminal says its background is light (COLORFGBG, or its answer to an OSC 11 query), else default (for dark backgrounds). On a light terminal that does not say so, use --theme light.",
        valueName: "name"),
            completion: .custom { _, _, _ in ThemeSetup.catalog(environment: ProcessInfo.processInfo.environment).names })
    var theme: String?

    @Option(help: ArgumentHelp("Limit colours: none, 8, 16, 256 or truecolor.", valueName: "depth"),
            completion: .list(ColorDepthName.names))
    var colors: String?

    @ArgumentParser.Flag(help: "Draw East-Asian ambiguous-width characters two columns wide (for terminals that do).")
    var ambiguousWide = false

    @Option(help: ArgumentHelp(
        "Characters for charts: braille, blocks (no braille, as on the Linux console) or ascii. Without it: blocks when TERM is linux, else braille.",
        valueName: "glyphs"),
            completion: .list(ChartGlyphs.allCases.map(\.rawValue)))
    var charts: String?

    @ArgumentParser.Flag(help: "Show the data without letting anything be changed.")
    var readOnly = false

    @Option(help: ArgumentHelp(
        "Limit what may be changed to the organisations of one УМЦ, КЦ or municipality: umc:ID, kc:ID or municipality:ID (for an SSH key's command= in authorized_keys).",
        valueName: "scope"))
    var scope: String?

    func validate() throws {
        if let colors, ColorDepthName.parse(colors) == nil {
            throw ValidationError("--colors must be one of: \(ColorDepthName.names.joined(separator: ", "))")
        }
    }

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let settingsFile = SettingsFile.standard(environment: environment)
        let remembered = Result { () throws(StoreError) in try settingsFile?.load() ?? UserSettings() }
        let settings = try? remembered.get()
        let language = LanguageChoice.resolve(argument: options.lang, environment: environment, remembered: settings?.language)
        // The data is read on another core while the themes are read and the terminal is asked its
        // background — since the process started, when the arguments were read right (`EarlyOpening`).
        let (loader, preparing) = EarlyOpening.taken(for: options.data)
            ?? EarlyOpening.start(explicit: options.data, environment: environment)
        let catalog = ThemeSetup.catalog(environment: environment)
        if let theme, catalog.entry(named: theme) == nil {
            Console.error(CLIText.noSuchTheme(theme, available: catalog.names)(language))
            throw ExitCode(64)
        }
        let chartGlyphs = charts.map { ChartGlyphs(rawValue: $0.lowercased()) } ?? ChartGlyphs.standard(term: environment["TERM"])
        guard let chartGlyphs else {
            Console.error(CLIText.noSuchChartGlyphs(charts ?? "", available: ChartGlyphs.allCases.map(\.rawValue))(language))
            throw ExitCode(64)
        }
        let depthLimit = colors.flatMap(ColorDepthName.parse)
        // Asked before the terminal is taken over, so that keys typed while a large file loads are not
        // taken for the terminal's reply.
        let background = terminalBackground(environment: environment, depthLimit: depthLimit)
        // Found while the data is read: the saving set-up needs only the path, and it lists the data
        // file's folder (milliseconds in a crowded one).
        let expectedSource = DashboardOpening.source(explicit: options.data)
        let unscoped = EditingSetup.session(source: expectedSource, readOnly: readOnly, environment: environment)
        let opening = try DashboardOpening.opened(preparing.value, explicit: options.data, loader: loader, language: language)
        let openingSource: DataSource
        let firstDataset: Dataset
        switch opening {
        case .complete(let region, _): (openingSource, firstDataset) = (region.source, region.model.dataset)
        case .outline(let outline, let source, _): (openingSource, firstDataset) = (source, outline.dataset)
        }
        let editing: EditSession
        let session = openingSource == expectedSource
            ? unscoped : EditingSetup.session(source: openingSource, readOnly: readOnly, environment: environment)
        switch EditingSetup.scoped(session, scope: scope, in: firstDataset) {
        case .success(let session): editing = session
        case .failure(let error):
            Console.error(CLIText.badScope(error.message)(language))
            throw ExitCode(64)
        }

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
        case .outline(let outline, _, _): first = outline
        }
        var state = AppState(model: first, language: language, width: size.width, height: size.height,
                             themes: catalog.entries.compactMap(\.theme),
                             themeName: theme ?? settings?.theme ?? catalog.automaticThemeName(for: background),
                             colorDepth: terminal.colorDepth, background: background,
                             textWidth: TextWidth(ambiguousWide: ambiguousWide))
        state.context.chartGlyphs = chartGlyphs
        state.editing = editing
        var effects: [AppEffect] = []
        var checks: [RegionCheck] = []
        switch opening {
        case .complete(let region, let check):
            state.source = region.source
            _ = Update.apply(.loaded(region), to: &state)
            checks = check.map { [$0] } ?? []
        case .outline(let outline, let source, let continuing):
            state.source = source
            if let continuing { loader.continueFrom(continuing, index: outline.index) }
            effects = Update.beginLoading(source, &state)
        }
        if let problem = catalog.problems.first { state.context.message = problem.formatted(language) }
        if !readOnly, let reason = editing.readOnly { state.context.message = reason.text(language) }
        state.rememberedSettings = settingsFile == nil ? nil : settings
        if case .failure(let error) = remembered { Update.settingsUnreadable(error, &state) }
        let runtime = DashboardRuntime(backend: terminal, state: state, effects: effects, checks: checks, loader: loader,
                                       settingsFile: settingsFile)
        let final = runtime.run()
        terminal.stop()
        for warning in terminal.warnings { Console.error(warning.text(language)) }
        if !final.editing.unsaved.isEmpty {
            // Saving failed to the end (the disk full, the file gone): say so rather than end quietly.
            var reason: BilingualText?
            if case .failed(let text) = final.editing.status { reason = text }
            Console.error(CLIText.changesNotSaved(final.editing.unsaved.count, reason: reason)(language))
        }
        for problem in catalog.problems { Console.error(problem.formatted(language)) }
        if let failure = final.failure { throw DataLoading.fail(failure, language: language) }
        if let status = runtime.stoppedBy.flatMap(SignalExitStatus.status(after:)) { throw ExitCode(status) }
    }
}

/// The exit status scripts expect from a program a signal ended: 128 + the signal's number. A
/// terminal that went away without a signal counts as a hang-up.
enum SignalExitStatus {
    static func status(after event: TerminalEvent) -> Int32? {
        switch event {
        case .terminate(.interrupt): 128 + SIGINT
        case .terminate(.terminate): 128 + SIGTERM
        case .hangup: 128 + SIGHUP
        case .key, .resize: nil
        }
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
    /// The names offered by shell completion and listed when one is wrong (`mono`, `0` and `24bit` also work).
    static let names = ["none", "8", "16", "256", "truecolor"]

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
