import Bilingual

/// A table of fixed texts: each case is a key with its text in both languages (`UIText`, `EntryText`).
/// A `switch` over the cases makes a missing text a compile error.
public protocol TextTable: CaseIterable, Sendable {
    var text: BilingualText { get }
}

extension TextTable {
    public func callAsFunction(_ language: Language) -> String { text.text(language) }

    /// A text of the table, as its `switch` writes it.
    func t(_ ru: String, _ en: String) -> BilingualText { BilingualText(ru: ru, en: en) }
}
