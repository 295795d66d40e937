import Bilingual

/// A line of the audit journal that could not be read, by its number (from 1). Never fatal: the
/// other lines are read all the same.
public struct JournalProblem: Equatable, Sendable {
    /// What is wrong with the line.
    public enum Reason: Error, Equatable, Sendable {
        /// The last line stops short (a save was killed while appending it).
        case torn
        case notJSON(SyntaxProblem)
        case notAnObject
        /// A member the line must have is missing or has the wrong type.
        case badMember(String)
    }

    public var line: Int
    public var reason: Reason

    /// «журнал, строка 12: …» — the warning `kachestvo history` prints.
    public var text: BilingualText {
        let what: BilingualText
        switch reason {
        case .torn:
            what = BilingualText(ru: "строка оборвана (сохранение было прервано) — пропущена",
                                 en: "the line stops short (a save was interrupted) — skipped")
        case .notJSON(let problem):
            what = BilingualText(ru: "не JSON: \(problem.text.ru) — пропущена", en: "not JSON: \(problem.text.en) — skipped")
        case .notAnObject:
            what = BilingualText(ru: "не объект JSON — пропущена", en: "not a JSON object — skipped")
        case .badMember(let name):
            what = BilingualText(ru: "поле «\(name)» отсутствует или неверно — пропущена",
                                 en: "the member «\(name)» is missing or wrong — skipped")
        }
        return BilingualText(ru: "строка \(line): \(what.ru)", en: "line \(line): \(what.en)")
    }
}

/// What reading the journal gives: the entries of the lines that read, oldest first, and the lines
/// that did not.
public struct JournalReading: Equatable, Sendable {
    public var entries: [JournalEntry]
    public var problems: [JournalProblem]

    /// The entries about `entity` (see `JournalEntry.concerns`).
    public func entries(about entity: String) -> [JournalEntry] {
        entries.filter { $0.concerns(entity) }
    }
}
