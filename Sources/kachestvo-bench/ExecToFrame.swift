import CPseudoTerminal
import Foundation

/// The real `kachestvo` binary started on a pseudo-terminal, as a user starts it: the time from
/// exec to the first frame that shows the hierarchy, to the moment every figure is in, and the
/// process's peak memory. Measured on the output stream itself, so nothing inside the app is timed.
struct ExecTimings: Codable, Sendable {
    /// Exec → the first frame with the network's column titles.
    var firstFrameMilliseconds: Double
    /// Exec → every figure of the columns and group panes shown: the first frame of the demo or of
    /// a file reopened from its snapshot's digest, else the "Figures loaded" message.
    var figuresMilliseconds: Double
    /// Exec → every record read (school details too): the "Figures loaded" message, or the first
    /// frame of the demo or of a small file, which is read whole.
    var recordsMilliseconds: Double
    /// Peak resident memory of the dashboard process.
    var peakKilobytes: Int
}

enum ExecToFrame {
    /// Text of the first frame with the hierarchy (`--lang en`).
    private static let hierarchyMarker = "centres"
    /// The status-bar message once background loading has finished.
    private static let recordsMarker = "loaded"
    /// The status bar while a file reopened from its snapshot's digest reads its records.
    private static let digestMarker = "Loading school details"
    /// The status bar of a file still loading in any way; a first frame without any of them is complete.
    private static let loadingMarkers = ["Reading the file", "Checking the data", digestMarker]
    /// The last hint of the status bar at this width: the first frame has been written whole.
    private static let frameEndMarker = "Centres / municipalities"
    private static let timeout: Duration = .seconds(120)

    /// How many times `median` starts the binary.
    static let runs = 3

    /// A data file opened the first time (no snapshot: the JSON is read, then a snapshot written)
    /// and reopened unchanged (from the snapshot), each the median of `runs`.
    static func openings(binary: String, dataFile: String, width: Int, height: Int) throws -> (first: ExecTimings, reopen: ExecTimings) {
        let first = try median { try firstOpening(binary: binary, dataFile: dataFile, width: width, height: height) }
        let reopen = try median { try reopening(binary: binary, dataFile: dataFile, width: width, height: height) }
        return (first, reopen)
    }

    /// One first opening of `dataFile`: without a snapshot, waiting until the snapshot is written.
    static func firstOpening(binary: String, dataFile: String, width: Int, height: Int) throws -> ExecTimings {
        try? FileManager.default.removeItem(atPath: cacheFolder)
        return try measure(binary: binary, dataFile: dataFile, width: width, height: height, waitingForSnapshot: true)
    }

    /// One opening of `dataFile` from the snapshot the last opening wrote.
    static func reopening(binary: String, dataFile: String, width: Int, height: Int) throws -> ExecTimings {
        try measure(binary: binary, dataFile: dataFile, width: width, height: height)
    }

    /// The built-in demo, which opens whole (median of `runs`).
    static func demo(binary: String, width: Int, height: Int) throws -> ExecTimings {
        try median { try measure(binary: binary, dataFile: nil, width: width, height: height) }
    }

    /// `runs` measurements: the median times and the largest peak memory.
    private static func median(_ run: () throws -> ExecTimings) throws -> ExecTimings {
        let all = try (0..<runs).map { _ in try run() }
        func middle(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
        return ExecTimings(firstFrameMilliseconds: middle(all.map(\.firstFrameMilliseconds)),
                           figuresMilliseconds: middle(all.map(\.figuresMilliseconds)),
                           recordsMilliseconds: middle(all.map(\.recordsMilliseconds)),
                           peakKilobytes: all.map(\.peakKilobytes).max() ?? 0)
    }

    private static let home = NSTemporaryDirectory() + "/kachestvo-bench-home-\(getpid())"
    private static var cacheFolder: String { home + "/cache" }

    /// The `kachestvo` binary built next to this benchmark (`swift build -c release` builds both).
    static var siblingBinary: String? {
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let candidate = URL(fileURLWithPath: executable).deletingLastPathComponent().appendingPathComponent("kachestvo").path
        return FileManager.default.isExecutableFile(atPath: candidate) ? candidate : nil
    }

    /// Runs `binary` (with `--data file` when given) on a `width`×`height` pty until the figures are
    /// in (and, when asked, its snapshot is written), then quits it.
    private static func measure(binary: String, dataFile: String?, width: Int, height: Int,
                                waitingForSnapshot: Bool = false) throws -> ExecTimings {
        let master = posix_openpt(O_RDWR | O_NOCTTY)
        guard master >= 0, grantpt(master) == 0, unlockpt(master) == 0, let name = ptsname(master) else {
            throw BenchError("cannot open a pseudo-terminal: \(String(cString: strerror(errno)))")
        }
        defer { close(master) }
        let slave = open(name, O_RDWR | O_NOCTTY)
        guard slave >= 0 else { throw BenchError("cannot open \(String(cString: name))") }
        // COLORFGBG says the background, so the dashboard does not ask this pseudo-terminal (which never
        // answers) and wait out the query's time-out.
        let environment = ["TERM=xterm-256color", "COLORFGBG=15;0", "LINES=\(height)", "COLUMNS=\(width)", "KACHESTVO_LANG=en",
                           "HOME=\(home)", "XDG_CONFIG_HOME=\(home)/config", "XDG_DATA_HOME=\(home)/data",
                           "XDG_CACHE_HOME=\(cacheFolder)", "PATH=/usr/bin:/bin"]
        let arguments = [binary] + (dataFile.map { ["--data", $0] } ?? [])
        let clock = ContinuousClock()
        let started = clock.now
        let pid = try spawn(arguments, environment: environment, terminal: slave)
        close(slave)
        var output = OutputScan()
        var firstFrame: Duration?
        var figures: Duration?
        var records: Duration?
        while records == nil {
            guard started.duration(to: clock.now) < timeout else {
                kill(pid, SIGKILL)
                throw BenchError("\(arguments.joined(separator: " ")) showed no figures within \(timeout)")
            }
            guard output.read(master) else { break }
            let elapsed = started.duration(to: clock.now)
            if firstFrame == nil, output.contains(hierarchyMarker) {
                firstFrame = elapsed
                // The built-in demo opens whole: its first frame has every figure.
                if dataFile == nil { (figures, records) = (elapsed, elapsed) }
            }
            if firstFrame != nil, figures == nil, output.contains(digestMarker) { figures = elapsed }
            if firstFrame != nil, output.contains(recordsMarker) { records = elapsed }
            // A small file is read whole before its first frame, which has every figure and record.
            if firstFrame != nil, records == nil, output.contains(frameEndMarker), !loadingMarkers.contains(where: output.contains) {
                (figures, records) = (figures ?? elapsed, elapsed)
            }
        }
        while waitingForSnapshot, started.duration(to: clock.now) < timeout, !snapshotWritten(), output.read(master) {}
        // Read before quitting: the child's rusage would carry this benchmark's own peak, copied at spawn.
        let peak = peakKilobytes(of: pid)
        _ = write(master, "q", 1)
        while output.read(master) {}
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        guard let firstFrame, let records else { throw BenchError("\(arguments.joined(separator: " ")) ended before its first frame") }
        return ExecTimings(firstFrameMilliseconds: Stopwatch.milliseconds(firstFrame),
                           figuresMilliseconds: Stopwatch.milliseconds(figures ?? records),
                           recordsMilliseconds: Stopwatch.milliseconds(records), peakKilobytes: peak)
    }

    /// The process's peak resident memory so far (`VmHWM` of /proc/PID/status), in kilobytes.
    private static func peakKilobytes(of pid: pid_t) -> Int {
        let status = (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") } ?? ""
        return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
    }

    /// Whether the dashboard has finished writing a snapshot into the cache folder.
    private static func snapshotWritten() -> Bool {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: cacheFolder + "/kachestvo/snapshots")) ?? []
        return entries.contains { $0.hasSuffix(".snapshot") }
    }

    private static func spawn(_ arguments: [String], environment: [String], terminal: Int32) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for target in 0...2 { posix_spawn_file_actions_adddup2(&actions, terminal, Int32(target)) }
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup($0) } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }
        var pid = pid_t()
        let error = posix_spawn(&pid, arguments[0], &actions, nil, argv, envp)
        guard error == 0 else { throw BenchError("cannot start \(arguments[0]): \(String(cString: strerror(error)))") }
        return pid
    }
}

/// The bytes a terminal program wrote so far, searched for marker text.
private struct OutputScan {
    private var bytes: [UInt8] = []

    /// Waits up to 100 ms for output and appends it; false once the program closed the terminal.
    mutating func read(_ descriptor: Int32) -> Bool {
        var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&entry, 1, 100) > 0 else { return true }
        var chunk = [UInt8](repeating: 0, count: 65_536)
        let count = Foundation.read(descriptor, &chunk, chunk.count)
        guard count > 0 else { return false }
        bytes += chunk[0..<count]
        return true
    }

    /// Whether `text` occurs in the output (a few hundred kilobytes at most: a plain scan will do).
    func contains(_ text: String) -> Bool {
        let needle = Array(text.utf8)
        guard let first = needle.first, bytes.count >= needle.count else { return false }
        return (0...(bytes.count - needle.count)).contains { start in
            bytes[start] == first && bytes[start..<(start + needle.count)].elementsEqual(needle)
        }
    }
}
