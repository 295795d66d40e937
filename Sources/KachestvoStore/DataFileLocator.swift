/// Where the dashboard's data comes from.
public enum DataSource: Equatable, Sendable {
    /// How a data file was chosen.
    public enum Origin: Equatable, Sendable {
        /// `--data FILE`.
        case argument
        /// `$KACHESTVO_DATA`.
        case environment
        /// `$XDG_DATA_HOME/kachestvo/data.json` (default `~/.local/share/kachestvo/data.json`).
        case xdg
    }

    case file(path: String, origin: Origin)
    /// No file: the built-in synthetic demo region.
    case builtInDemo
}

/// Picks the data file (DESIGN.md §5): `--data FILE`, else `$KACHESTVO_DATA`, else
/// `$XDG_DATA_HOME/kachestvo/data.json` if it exists, else the built-in demo. An explicit or
/// environment path is returned even when missing, so loading it reports the missing file clearly.
public enum DataFileLocator {
    public static func resolve(
        explicit: String?, environment: [String: String], fileExists: (String) -> Bool
    ) -> DataSource {
        if let explicit, !explicit.isEmpty { return .file(path: explicit, origin: .argument) }
        if let variable = environment["KACHESTVO_DATA"], !variable.isEmpty { return .file(path: variable, origin: .environment) }
        if let home = XDGBaseDirectory.path("XDG_DATA_HOME", fallback: ".local/share", environment: environment) {
            let path = home + "/kachestvo/data.json"
            if fileExists(path) { return .file(path: path, origin: .xdg) }
        }
        return .builtInDemo
    }
}
