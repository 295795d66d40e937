import Foundation

/// Finding the `themes/` directory that ships with the program.
extension ThemeCatalog {
    /// The first candidate that is a themes directory (holds `default.json`) or holds one as `themes/`;
    /// nil if none does. Candidates are tried in the order given.
    public static func locateBundledThemes(candidates: [String]) -> String? {
        let files = FileManager.default
        for candidate in candidates where !candidate.isEmpty {
            let direct = (candidate as NSString).appendingPathComponent("default.json")
            if files.fileExists(atPath: direct) { return (candidate as NSString).standardizingPath }
            let nested = (candidate as NSString).appendingPathComponent("themes")
            if files.fileExists(atPath: (nested as NSString).appendingPathComponent("default.json")) {
                return (nested as NSString).standardizingPath
            }
        }
        return nil
    }

    /// The usual candidates, in order: `$KACHESTVO_THEMES`; the executable's directory and each parent
    /// up to (and including) the first one holding a `Package.swift` (a `swift run` build inside the
    /// source tree); the parents of `sourceFile` (pass the app's `#filePath`) up to a `Package.swift`.
    public static func bundledCandidates(
        environment: [String: String], executablePath: String?, sourceFile: String?
    ) -> [String] {
        var candidates: [String] = []
        if let explicit = environment["KACHESTVO_THEMES"], !explicit.isEmpty { candidates.append(explicit) }
        for start in [executablePath, sourceFile].compactMap({ $0 }) {
            candidates += directoriesUpToPackage(from: (start as NSString).deletingLastPathComponent)
        }
        return candidates
    }

    /// `directory` and its parents, stopping after the first that holds a Package.swift (or at the root).
    private static func directoriesUpToPackage(from directory: String) -> [String] {
        var result: [String] = []
        var current = (directory as NSString).standardizingPath
        while !current.isEmpty {
            result.append(current)
            let manifest = (current as NSString).appendingPathComponent("Package.swift")
            let parent = (current as NSString).deletingLastPathComponent
            if FileManager.default.fileExists(atPath: manifest) || parent == current { break }
            current = parent
        }
        return result
    }
}
