import Bilingual

/// How long a text field of a dataset may be, in characters. Generous for real data (the longest
/// full legal name of a school is under 200 characters), but a name of millions of characters is a
/// damaged or hostile file, not a school.
public enum TextLimit: Int, Sendable, CaseIterable {
    /// Ids and references: `org-00017`, `ege-rus`.
    case identifier = 100
    /// Names, titles, settlements, reasons, participants.
    case name = 300
    /// Running text: topics, decisions, summaries, interaction schemes, plan steps, agenda items.
    case text = 2000
}

/// Checks of text fields: not blank where a value is required, and within its `TextLimit`.
extension DatasetValidator {
    /// Reports a blank value when `required`, and one longer than `limit`.
    mutating func checkText(_ text: String, _ limit: TextLimit, required: Bool = true, at path: @autoclosure () -> DataPath) {
        if required, text.allSatisfy(\.isWhitespace) {
            report(path(), ru: "пустое значение", en: "empty value")
        }
        // Counting characters walks the text: only for those whose bytes could exceed the limit.
        guard text.utf8.count > limit.rawValue else { return }
        let length = text.count
        if length > limit.rawValue {
            report(path(), ru: "текст из \(NumberText.grouped(length, .ru)) символов длиннее допустимых \(limit.rawValue): «\(Self.clipped(text))»",
                   en: "text of \(NumberText.grouped(length, .en)) characters is longer than the allowed \(limit.rawValue): «\(Self.clipped(text))»")
        }
    }

    /// Each item of `texts` checked as `checkText` does, at `path[i]`.
    mutating func checkTexts(_ texts: [String], _ limit: TextLimit, at path: DataPath) {
        for (index, text) in texts.enumerated() { checkText(text, limit, at: path[index]) }
    }

    /// The ids an array declares (`$.organisations[i].id`): within the identifier limit, and unique.
    mutating func checkDeclaredIds(_ ids: [String], at array: String) {
        for (index, id) in ids.enumerated() where id.utf8.count > TextLimit.identifier.rawValue {
            checkText(id, .identifier, at: DataPath.root[array][index]["id"])
        }
        checkUnique(ids, at: array)
    }

    /// A value quoted in a message, cut to its first 40 characters: a message stays one readable line
    /// whatever the file holds.
    static func clipped(_ value: some CustomStringConvertible) -> String {
        let text = value.description
        guard text.utf8.count > 40 else { return text }
        let head = text.prefix(40)
        return head.endIndex == text.endIndex ? text : head + "…"
    }
}
