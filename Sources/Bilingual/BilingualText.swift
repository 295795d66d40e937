/// A text in Russian and English: the one bilingual type of every layer, from the data-file errors
/// to the dashboard's own table of texts.
public struct BilingualText: Hashable, Sendable, CustomStringConvertible {
    public var ru: String
    public var en: String

    public init(ru: String, en: String) {
        self.ru = ru
        self.en = en
    }

    /// The text in `language`.
    public func text(_ language: Language) -> String {
        switch language {
        case .ru: ru
        case .en: en
        }
    }

    public var description: String { en }
}
