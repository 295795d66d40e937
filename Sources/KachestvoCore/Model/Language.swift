/// The two languages of every user-visible string. Data itself (names, reasons) stays Russian.
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

/// A message in both languages, for errors and problems raised below the app's localisation table.
public struct BilingualText: Hashable, Sendable, CustomStringConvertible {
    public var ru: String
    public var en: String

    public init(ru: String, en: String) {
        self.ru = ru
        self.en = en
    }

    public func text(_ language: Language) -> String { language == .ru ? ru : en }
    public var description: String { en }
}
