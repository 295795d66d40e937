import Bilingual
import CNCursesW
import Glibc
import TerminalKit

/// The program's one ncurses screen: takes over the terminal, draws `Buffer`s by sending only the
/// changed cells, and reads keys and signals as `TerminalEvent`s. Use it from one thread only.
/// `stop()` (or deinit) gives the terminal back; `CursesTerminal.restore()` does it from a crash path.
public final class CursesTerminal: TerminalBackend {
    /// Choices made when the terminal is opened.
    public struct Options: Sendable {
        /// The most colours to use; it can only lower what the terminal has (nil: all it has).
        public var colorDepth: ColorDepth?
        /// How long ncurses waits after ESC for the rest of a key's sequence, in milliseconds.
        public var escapeDelayMilliseconds: Int32
        /// Catch SIGINT, SIGTERM and SIGHUP and report them as events (off for headless tests).
        public var catchesStopSignals: Bool

        public init(colorDepth: ColorDepth? = nil, escapeDelayMilliseconds: Int32 = 25, catchesStopSignals: Bool = true) {
            self.colorDepth = colorDepth
            self.escapeDelayMilliseconds = escapeDelayMilliseconds
            self.catchesStopSignals = catchesStopSignals
        }
    }

    /// The colour depth in use, after terminfo, `NO_COLOR` and the override.
    public let colorDepth: ColorDepth
    /// Problems worth telling the user about once the screen is closed (e.g. a non-UTF-8 locale).
    public let warnings: [BilingualText]

    let window: UnsafeMutablePointer<WINDOW>
    let input: UnsafeMutablePointer<FILE>
    var styler: CellStyler
    /// The last frame sent; nil forces the next `draw` to repaint everything.
    var previousFrame: Buffer?
    /// A value read while decoding an escape sequence that was not part of it, delivered by the next read.
    var pendingInput: RawInput?
    /// How long to wait for the rest of an escape sequence.
    let escapeDelayMilliseconds: Int32
    private var screen: OpaquePointer?
    private let output: UnsafeMutablePointer<FILE>
    private let ownedFiles: [UnsafeMutablePointer<FILE>]
    private let catchesStopSignals: Bool

    /// Opens the controlling terminal (standard input and output).
    /// - Throws: `TerminalStartError` when they are not a terminal, `TERM` is unknown, or the
    ///   terminal cannot address the cursor.
    public convenience init(options: Options = Options()) throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw TerminalStartError(.notATerminal)
        }
        try self.init(terminalType: nil, output: nc_stdout(), input: nc_stdin(), options: options)
    }

    /// Opens a screen over explicit files, e.g. a temporary file and `/dev/null` for headless tests.
    /// - Parameter terminalType: a terminfo name; nil uses `$TERM`.
    public convenience init(
        terminalType: String?, output: UnsafeMutablePointer<FILE>, input: UnsafeMutablePointer<FILE>,
        options: Options = Options()
    ) throws {
        try self.init(terminalType: terminalType, output: output, input: input, ownedFiles: [], options: options)
    }

    /// A screen that draws into a temporary file and reads from `/dev/null`, at a chosen size: for
    /// tests and benchmarks (`outputByteCount` measures what each frame would send).
    public static func headless(
        terminalType: String = "xterm-256color", width: Int, height: Int,
        options: Options = Options(catchesStopSignals: false)
    ) throws -> CursesTerminal {
        guard let output = tmpfile() else { throw TerminalStartError(.cannotOpenFiles) }
        guard let input = fopen("/dev/null", "r") else {
            fclose(output)
            throw TerminalStartError(.cannotOpenFiles)
        }
        let terminal = try CursesTerminal(
            terminalType: terminalType, output: output, input: input, ownedFiles: [output, input], options: options
        )
        terminal.resize(width: width, height: height)
        return terminal
    }

    private init(
        terminalType: String?, output: UnsafeMutablePointer<FILE>, input: UnsafeMutablePointer<FILE>,
        ownedFiles: [UnsafeMutablePointer<FILE>], options: Options
    ) throws {
        var warnings: [BilingualText] = []
        if let localeWarning = LocaleSetup.applyUserLocale() { warnings.append(localeWarning) }
        let closeOwnedFiles = { for file in ownedFiles { fclose(file) } }
        // Before newterm, so ncurses does not put its own exit(1) handlers on these signals.
        if options.catchesStopSignals { StopSignals.install() }
        let typeName = terminalType ?? getenv("TERM").map { String(cString: $0) }
        guard let screen = newterm(terminalType, output, input) else {
            if options.catchesStopSignals { StopSignals.uninstall() }
            closeOwnedFiles()
            throw TerminalStartError(.unknownTerminalType(typeName))
        }
        guard nc_has_cursor_addressing() != 0 else {
            endwin()
            delscreen(screen)
            if options.catchesStopSignals { StopSignals.uninstall() }
            closeOwnedFiles()
            throw TerminalStartError(.noCursorAddressing(typeName ?? "?"))
        }
        self.screen = screen
        self.output = output
        self.input = input
        self.ownedFiles = ownedFiles
        self.catchesStopSignals = options.catchesStopSignals
        escapeDelayMilliseconds = options.escapeDelayMilliseconds
        window = nc_stdscr()
        cbreak()
        noecho()
        nonl()
        intrflush(window, false)
        keypad(window, true)
        Self.passFlowControlKeys(input, output)
        leaveok(window, true)
        curs_set(0)
        set_escdelay(options.escapeDelayMilliseconds)
        colorDepth = Self.startColors(override: options.colorDepth)
        styler = CellStyler(depth: colorDepth, pairLimit: Int32(nc_color_pairs()))
        self.warnings = warnings
    }

    deinit { stop() }

    /// Lets Ctrl-S and Ctrl-Q reach the program (a form commits with Ctrl-S) instead of pausing and
    /// resuming output: cbreak mode leaves the terminal's XON/XOFF flow control on. IXON is cleared
    /// and ncurses told that this is its program mode; `endwin` gives the shell's mode back, flow
    /// control included.
    private static func passFlowControlKeys(_ files: UnsafeMutablePointer<FILE>...) {
        var changed = false
        for descriptor in Set(files.map { fileno($0) }) {
            var attributes = termios()
            guard isatty(descriptor) == 1, tcgetattr(descriptor, &attributes) == 0 else { continue }
            attributes.c_iflag &= ~tcflag_t(IXON)
            if tcsetattr(descriptor, TCSANOW, &attributes) == 0 { changed = true }
        }
        if changed { def_prog_mode() }
    }

    private static func startColors(override: ColorDepth?) -> ColorDepth {
        let noColor = getenv("NO_COLOR").map { String(cString: $0) }
        let disabled = ColorDepthDetection.depth(colorCount: 256, noColor: noColor, override: override) == .none
        guard !disabled, has_colors() else { return .none }
        start_color()
        use_default_colors()
        return ColorDepthDetection.depth(colorCount: Int(nc_colors()), noColor: noColor, override: override)
    }

    /// The screen's size in columns and rows.
    public var size: (width: Int, height: Int) { (Int(nc_cols()), Int(nc_lines())) }

    /// Changes ncurses' idea of the screen size (headless screens; real ones follow SIGWINCH).
    public func resize(width: Int, height: Int) {
        resizeterm(Int32(height), Int32(width))
        invalidate()
    }

    /// Bytes written to the output so far, when it is a regular file (headless screens); nil for a tty
    /// or after `stop()`. The difference around a `draw` is what that frame sent.
    public var outputByteCount: Int? {
        var status = stat()
        guard screen != nil, fstat(fileno(output), &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int(status.st_size)
    }

    /// Ends curses mode and frees the screen; safe to call more than once.
    public func stop() {
        guard let screen else { return }
        self.screen = nil
        endwin()
        delscreen(screen)
        if catchesStopSignals { StopSignals.uninstall() }
        for file in ownedFiles { fclose(file) }
    }

    /// Puts the terminal back in its normal mode without freeing anything: for `atexit`, crash and
    /// signal paths, where the owning `CursesTerminal` may be out of reach.
    public static func restore() {
        if !isendwin() { endwin() }
    }
}
