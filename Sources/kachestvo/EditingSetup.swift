import Bilingual
import Foundation
import KachestvoApp
import KachestvoCore
import KachestvoStore

/// How the dashboard's edits are saved: to the data file on show (for the built-in demo region, to
/// the default data file, made on the first save), read-only with `--read-only` or when the file
/// cannot be written, and limited to `--scope`.
enum EditingSetup {
    /// The edit session for `source` without its scope: where edits go and whether they may be made.
    /// It needs only the path, so the dashboard finds it while the data is still being read.
    static func session(source: DataSource?, readOnly: Bool, environment: [String: String]) -> EditSession {
        var session = EditSession()
        switch source {
        case .file(let path, _)?:
            session.target = path
            DataStore.removeAbandonedTemporaries(besides: path)
        case .builtInDemo?:
            // The path the locator would read first: where the demo's edits go, never dropped.
            if case .file(let path, _) = DataFileLocator.resolve(explicit: nil, environment: environment, fileExists: { _ in true }) {
                session.target = path
            }
        case nil: break
        }
        if readOnly {
            session.readOnly = CLIText.readOnlyFlag.text
        } else if let target = session.target {
            session.readOnly = WriteAccess.check(target).reason
        }
        return session
    }

    /// `session` limited to `--scope`; a scope that names nothing in `dataset` is an error.
    static func scoped(_ session: EditSession, scope: String?, in dataset: Dataset) -> Result<EditSession, ScopeError> {
        guard let scope else { return .success(session) }
        var scoped = session
        switch EditScope.parse(scope, in: dataset) {
        case .success(let parsed): scoped.scope = parsed
        case .failure(let error): return .failure(error)
        }
        return .success(scoped)
    }
}
