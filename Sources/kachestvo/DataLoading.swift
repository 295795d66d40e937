import ArgumentParser
import Bilingual
import Foundation
import KachestvoCore
import KachestvoStore
import TerminalKit

/// Finds and loads the dataset the way every command does (DESIGN.md §5), turning store errors into
/// a clear message on stderr and the sysexits code: 66 for a missing or unreadable file, 65 for a
/// malformed one.
enum DataLoading {
    /// The dataset and where it came from.
    struct Loaded {
        var dataset: Dataset
        var source: DataSource
    }

    static func load(explicit: String?, language: Language) throws -> Loaded {
        let environment = ProcessInfo.processInfo.environment
        let source = DataFileLocator.resolve(explicit: explicit, environment: environment) {
            FileManager.default.fileExists(atPath: $0)
        }
        switch source {
        case .builtInDemo:
            return Loaded(dataset: DemoRegion.generate(), source: source)
        case .file(let path, _):
            announceIfLarge(path, language: language)
            do throws(StoreError) {
                return Loaded(dataset: try DataStore().load(path).dataset, source: source)
            } catch {
                throw fail(error, language: language)
            }
        }
    }

    /// A large region takes seconds to open: say so on stderr instead of leaving a silent terminal.
    static func announceIfLarge(_ path: String, language: Language) {
        guard isLarge(path), let size = size(of: path) else { return }
        Console.error(CLIText.loading(path: path, megabytes: size / 1_000_000)(language))
    }

    /// Whether the file is large enough (20 MB, some 2,000 schools) for its opening to be felt: the
    /// dashboard then shows its outline first; a smaller one is read whole sooner than that.
    static func isLarge(_ path: String) -> Bool {
        (size(of: path) ?? 0) >= 20_000_000
    }

    /// The file's size from `stat` (FileManager's attributes cost a millisecond of the first frame).
    private static func size(of path: String) -> Int? {
        FileIdentity.current(at: path).map { Int($0.size) }
    }

    /// Prints a store error and returns the exit code that goes with it.
    static func fail(_ error: StoreError, language: Language) -> ExitCode {
        Console.error(error.message(language))
        return ExitCode(exitCode(for: error.kind))
    }

    static func exitCode(for kind: StoreError.Kind) -> Int32 {
        switch kind {
        case .fileMissing, .permissionDenied, .isDirectory, .readFailed: 66  // EX_NOINPUT
        case .writeFailed, .locked, .revisionConflict, .deletedSinceLoad, .journalFailed: 73  // EX_CANTCREAT
        default: 65                                                          // EX_DATAERR
        }
    }
}

/// Writing to the standard streams without Foundation's buffering surprises. Everything written is
/// made inert line by line (`sanitize`): messages quote names, ids and paths from data files, and none
/// of them may retitle, clear or otherwise drive the user's terminal.
enum Console {
    /// Writes `text` and a line break to standard output (`terminator` instead of the line break).
    static func out(_ text: String, terminator: String = "\n") {
        FileHandle.standardOutput.write(Data((inert(text) + terminator).utf8))
    }

    /// Writes a line to stderr after what is waiting in stdout's buffer, so that with `2>&1` the
    /// line never lands in the middle of a printed one.
    static func error(_ text: String) {
        fflush(nil)
        FileHandle.standardError.write(Data((inert(text) + "\n").utf8))
    }

    /// `text` with every control character shown as its stand-in, except the line breaks between lines.
    static func inert(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { sanitize(String($0)) }.joined(separator: "\n")
    }
}
