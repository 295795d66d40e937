import Foundation
import Testing

/// The `kachestvo-save-probe` executable, which saves into a file until it is killed: started,
/// waited for, and killed with `kill -9` by the crash-safety and two-process tests.
enum SaveProbe {
    /// The probe, built by `swift build`/`swift test` next to the test bundle.
    static let path: String? = {
        var folders: [URL] = []
        if let executable = Bundle.main.executableURL { folders.append(executable.deletingLastPathComponent()) }
        folders.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent())
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        folders.append(packageRoot.appendingPathComponent(".build/debug"))
        folders.append(packageRoot.appendingPathComponent(".build/release"))
        return folders.map { $0.appendingPathComponent("kachestvo-save-probe").path }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// Starts the probe with `arguments` and waits until its first save is done.
    static func start(_ probe: String, _ arguments: [String], environment: [String: String]? = nil) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: probe)
        process.arguments = arguments
        if let environment { process.environment = environment }
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let ready = output.fileHandleForReading.availableData
        #expect(String(decoding: ready, as: UTF8.self).hasPrefix("ready"))
        return process
    }

    /// `kill -9`, then reaps the process so its pid is really gone.
    static func kill(_ process: Process) {
        Foundation.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
    }
}
