import Bilingual

/// The choices the dashboard remembers between runs: the language and the colour theme the user
/// last picked. Either may be absent (never chosen); command-line options win over both.
public struct UserSettings: Codable, Equatable, Sendable {
    public var language: Language?
    /// A theme's name, as `kachestvo themes` lists it.
    public var theme: String?

    public init(language: Language? = nil, theme: String? = nil) {
        self.language = language
        self.theme = theme
    }
}
