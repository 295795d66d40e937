import Foundation
import KachestvoApp
import KachestvoCore
import KachestvoStore
import TerminalKit

/// Everything measured for one demo-region size; times in milliseconds.
struct SizeResult: Codable, Sendable {
    var schools: Int
    var organisations: Int
    var generateMilliseconds: Double
    var saveMilliseconds: Double
    var fileBytes: Int
    var loadMilliseconds: Double
    var validateMilliseconds: Double
    var validationProblems: Int
    var regionIndexMilliseconds: Double
    var appModelMilliseconds: Double
    var initialStateMilliseconds: Double
    var firstFrameMilliseconds: Double
    var keys: KeyLatency
    var terminal: TerminalBytes
    /// Memory after each phase (`saved`, `loaded`, `indexed`, `end`); the model stays alive to the end.
    var memory: [PhaseMemory]
    /// The real binary opening the saved file on a pty, first and again unchanged (medians of
    /// `ExecToFrame.runs`); nil without a binary.
    var firstOpen: ExecTimings?
    var reopen: ExecTimings?
}

/// Runs the whole pipeline for one size: generate → save → load → validate → index → first frame →
/// key script → terminal bytes → memory.
enum SizeBenchmark {
    static let width = 120
    static let height = 40

    static func run(schools: Int, keyCount: Int, binary: String?) throws -> SizeResult {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/data.json"

        // Generated in its own scope so only the loaded copy stays alive, as in the app.
        let (generateMs, saveMs) = try generateAndSave(schools: schools, to: path)
        var memory = [PhaseMemory(phase: "saved", usage: .current())]
        let fileBytes = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        let exec = try binary.map { try ExecToFrame.openings(binary: $0, dataFile: path, width: width, height: height) }
        var (state, opened) = try open(path, memory: &memory)
        let (frame, frameMs) = Stopwatch.time { AppView.render(state) }
        keepAlive(frame)
        // As the runtime does in the background once the first frame is out.
        state.model.prepareSearch()

        let script = KeyScript.standard(count: keyCount)
        let terminal = try TerminalBytes.measure(script, from: state)
        // On the state itself, the model's only holder, as in the runtime: a copy kept here would make
        // the first edit of each array copy all of it.
        let keys = KeyLatency.measure(script, on: &state, saves: SavesUnderWay(version: opened.version))
        memory.append(PhaseMemory(phase: "end", usage: .current()))
        keepAlive(state)
        return SizeResult(
            schools: schools, organisations: opened.organisations,
            generateMilliseconds: generateMs, saveMilliseconds: saveMs, fileBytes: fileBytes,
            loadMilliseconds: opened.loadMs, validateMilliseconds: opened.validateMs, validationProblems: opened.problems,
            regionIndexMilliseconds: opened.indexMs, appModelMilliseconds: opened.modelMs,
            initialStateMilliseconds: opened.stateMs, firstFrameMilliseconds: frameMs,
            keys: keys, terminal: terminal, memory: memory, firstOpen: exec?.first, reopen: exec?.reopen
        )
    }

    /// The saved file loaded, validated and indexed into the first state, each step timed; nothing
    /// but the state holds the dataset afterwards, as in the runtime.
    private static func open(_ path: String, memory: inout [PhaseMemory]) throws -> (AppState, OpenedRegion) {
        let (loaded, loadMs) = try Stopwatch.time { () throws(StoreError) in try DataStore().load(path) }
        let dataset = loaded.dataset
        memory.append(PhaseMemory(phase: "loaded", usage: .current()))
        let (problems, validateMs) = Stopwatch.time { DatasetValidator.validate(dataset) }
        let (index, indexMs) = Stopwatch.time { RegionIndex(dataset) }
        let (model, modelMs) = Stopwatch.time { AppModel(index: index) }
        memory.append(PhaseMemory(phase: "indexed", usage: .current()))
        var (state, stateMs) = Stopwatch.time {
            AppState(model: model, language: .ru, width: width, height: height,
                     themes: [Theme.builtInDefault], colorDepth: .palette256)
        }
        (state.editing.target, state.editing.base) = (path, loaded.version)
        return (state, OpenedRegion(version: loaded.version, organisations: dataset.organisations.count,
                                    loadMs: loadMs, validateMs: validateMs, problems: problems.count,
                                    indexMs: indexMs, modelMs: modelMs, stateMs: stateMs))
    }

    private static func generateAndSave(schools: Int, to path: String) throws -> (generate: Double, save: Double) {
        let (dataset, generateMs) = Stopwatch.time { DemoRegion.generate(schools: schools, seed: 2017) }
        let (_, saveMs) = try Stopwatch.time { () throws(StoreError) in
            try DataStore().save(dataset, to: path, expecting: nil)
        }
        return (generateMs, saveMs)
    }

    private static func temporaryDirectory() throws -> String {
        // mkdtemp replaces the six trailing X characters with a unique name.
        var template = Array((NSTemporaryDirectory() + "/kachestvo-bench-" + String(repeating: "X", count: 6)).utf8CString)
        guard let made = mkdtemp(&template) else { throw BenchError("mkdtemp: \(String(cString: strerror(errno)))") }
        return String(cString: made)
    }
}

/// How opening a region's file for its first state went: the version read, and each step's time.
private struct OpenedRegion {
    var version: FileVersion
    var organisations: Int
    var loadMs, validateMs: Double
    var problems: Int
    var indexMs, modelMs, stateMs: Double
}

/// A failure of the benchmark itself (not of the code measured), with its message.
struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
