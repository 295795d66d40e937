import Bilingual

/// A problem with a theme file, naming the file and the key (a dotted path such as `roles.text.fg`;
/// empty for the file as a whole).
public struct ThemeError: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var keyPath: String
    public var message: BilingualText

    public init(file: String, keyPath: String, message: BilingualText) {
        self.file = file
        self.keyPath = keyPath
        self.message = message
    }

    /// "file: key: message" in `language`.
    public func formatted(_ language: Language) -> String {
        let place = keyPath.isEmpty ? file : "\(file): \(keyPath)"
        return "\(place): \(message.text(language))"
    }

    public var description: String { formatted(.en) }
}
