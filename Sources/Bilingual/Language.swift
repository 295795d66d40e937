/// The two languages of every user-visible string. Data itself (names, support reasons) stays Russian.
public enum Language: String, Codable, Sendable, CaseIterable, Hashable {
    case ru
    case en

    /// Picks the language from a locale string such as `ru_RU.UTF-8`: Russian when it starts with
    /// `ru`, English otherwise.
    public static func fromLocale(_ locale: String?) -> Language {
        guard let locale, locale.lowercased().hasPrefix("ru") else { return .en }
        return .ru
    }
}
