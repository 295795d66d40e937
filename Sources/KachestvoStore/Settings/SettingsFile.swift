import Foundation

/// The small JSON file that keeps `UserSettings`:
/// `$XDG_CONFIG_HOME/kachestvo/settings.json`, else `~/.config/kachestvo/settings.json`.
/// Read with the same strict parser and located errors as a data file; replaced atomically, so a
/// crash mid-save leaves the old or the new settings, never half of one.
public struct SettingsFile: Sendable {
    public let path: String

    public init(path: String) { self.path = path }

    /// The standard place, or nil when neither `$XDG_CONFIG_HOME` nor `$HOME` says where it is.
    public static func standard(environment: [String: String]) -> SettingsFile? {
        XDGBaseDirectory.path("XDG_CONFIG_HOME", fallback: ".config", environment: environment)
            .map { SettingsFile(path: $0 + "/kachestvo/settings.json") }
    }

    /// The saved settings; nil when there is no file yet. A file that cannot be read or is not
    /// valid settings is an error naming its place, and is left untouched.
    public func load() throws(StoreError) -> UserSettings? {
        let bytes: [UInt8]
        do throws(StoreError) {
            bytes = try FileReader.read(path).bytes
        } catch where error.kind == .fileMissing {
            return nil
        }
        let tape = try DatasetCodec.parse(bytes, file: path)
        return try LocatedDecoding(tape: tape, source: tape, file: path).decode(UserSettings.self)
    }

    /// Writes `settings`, creating the folder when needed.
    public func save(_ settings: UserSettings) throws(StoreError) {
        let paths = DataFilePaths(path)
        try Folder.make(paths.folder)
        let bytes: [UInt8]
        do {
            bytes = JSONWriter.write(try JSONValueEncoder.encode(settings))
        } catch {
            throw StoreError(.notEncodable(detail: "\(error)"), file: path)
        }
        _ = try AtomicFileWriter.replace(paths, with: bytes, backups: 0)
    }
}
