import Foundation

/// All themes the program can offer, found in theme directories by priority, plus the built-in default.
///
/// Directories are given in priority order — normally the user's directory
/// (`$XDG_CONFIG_HOME/kachestvo/themes`, see `userDirectory(environment:)`) before the bundled `themes/`
/// (see `locateBundledThemes(candidates:)`). A theme is a `*.json` file named after the theme; a file in
/// an earlier directory replaces one of the same name in a later one, and any directory may add new
/// themes. A file in a directory named "default" replaces the built-in default. Files are read once, when
/// the catalog is made; a broken file is listed with its problems and `theme(named:)` gives the default
/// instead.
public struct ThemeCatalog: Sendable {
    /// Where a theme came from.
    public enum Source: Hashable, Sendable {
        case builtIn
        case bundled(path: String)
        case user(path: String)
    }

    /// What kind of directory a theme directory is (this only labels where themes came from).
    public enum DirectoryKind: Hashable, Sendable {
        case user, bundled
    }

    /// One theme the catalog knows: its name, where it came from, and the theme or why it is unusable.
    public struct Entry: Hashable, Sendable {
        public var name: String
        public var source: Source
        /// Nil when the file is broken (see `problems`).
        public var theme: Theme?
        public var problems: [ThemeError]
    }

    /// Themes by name, sorted by name.
    public private(set) var entries: [Entry]

    /// Reads every `*.json` file in the given directories, first directory winning. Missing
    /// directories are skipped silently (a user without a theme directory is normal).
    public init(directories: [(path: String, kind: DirectoryKind)]) {
        var byName: [String: Entry] = [
            "default": Entry(name: "default", source: .builtIn, theme: .builtInDefault, problems: []),
        ]
        var claimed: Set<String> = []
        for directory in directories {
            for file in Self.themeFiles(in: directory.path) {
                let name = String(file.dropLast(".json".count))
                guard claimed.insert(name).inserted else { continue }
                let path = (directory.path as NSString).appendingPathComponent(file)
                let source: Source = directory.kind == .user ? .user(path: path) : .bundled(path: path)
                do {
                    byName[name] = Entry(name: name, source: source, theme: try ThemeLoader.load(path: path), problems: [])
                } catch {
                    byName[name] = Entry(name: name, source: source, theme: nil, problems: [error])
                }
            }
        }
        entries = byName.values.sorted { $0.name < $1.name }
    }

    /// A catalog over the usual two directories; either may be nil.
    public init(userDirectory: String?, bundledDirectory: String?) {
        var directories: [(path: String, kind: DirectoryKind)] = []
        if let userDirectory { directories.append((userDirectory, .user)) }
        if let bundledDirectory { directories.append((bundledDirectory, .bundled)) }
        self.init(directories: directories)
    }

    /// The names of all themes, sorted.
    public var names: [String] { entries.map(\.name) }

    /// Every problem found in any theme file.
    public var problems: [ThemeError] { entries.flatMap(\.problems) }

    /// The theme of that name; the built-in default when there is none or its file is broken.
    public func theme(named name: String) -> Theme {
        entry(named: name)?.theme ?? entry(named: "default")?.theme ?? .builtInDefault
    }

    /// The theme to use when the user names none: `light` on a terminal that says its background is
    /// light (when that theme is usable), else `default`.
    public func automaticThemeName(for background: TerminalBackground) -> String {
        background == .light && entry(named: "light")?.theme != nil ? "light" : "default"
    }

    public func entry(named name: String) -> Entry? {
        entries.first { $0.name == name }
    }

    /// The user's theme directory: `$XDG_CONFIG_HOME/kachestvo/themes`, else `$HOME/.config/kachestvo/themes`;
    /// nil when neither variable is set.
    public static func userDirectory(environment: [String: String]) -> String? {
        if let config = environment["XDG_CONFIG_HOME"], !config.isEmpty {
            return (config as NSString).appendingPathComponent("kachestvo/themes")
        }
        if let home = environment["HOME"], !home.isEmpty {
            return (home as NSString).appendingPathComponent(".config/kachestvo/themes")
        }
        return nil
    }

    private static func themeFiles(in directory: String) -> [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return files.filter { $0.hasSuffix(".json") && $0.count > ".json".count }.sorted()
    }
}
