/// The XDG base directories the program keeps its files under (data, cache, configuration).
enum XDGBaseDirectory {
    /// `$variable` when it is an absolute path (the XDG spec ignores relative ones), else
    /// `$HOME/fallback` (such as `.config`), else nil.
    static func path(_ variable: String, fallback: String, environment: [String: String]) -> String? {
        if let value = environment[variable], value.hasPrefix("/") { return value }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return (home.hasSuffix("/") ? String(home.dropLast()) : home) + "/" + fallback
    }
}
