/// A message in Russian and English (TerminalKit cannot use the core's bilingual text type).
public struct ThemeText: Hashable, Sendable {
    public var ru: String
    public var en: String

    public init(ru: String, en: String) {
        self.ru = ru
        self.en = en
    }
}

/// A problem with a theme file, naming the file and the key (a dotted path such as `roles.text.fg`;
/// empty for the file as a whole).
public struct ThemeError: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var keyPath: String
    public var message: ThemeText

    public init(file: String, keyPath: String, message: ThemeText) {
        self.file = file
        self.keyPath = keyPath
        self.message = message
    }

    /// "file: key: message" in Russian or English.
    public func formatted(russian: Bool) -> String {
        let place = keyPath.isEmpty ? file : "\(file): \(keyPath)"
        return "\(place): \(russian ? message.ru : message.en)"
    }

    public var description: String { formatted(russian: false) }
}
