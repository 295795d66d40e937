import Bilingual
import Foundation
import KachestvoStore
import TerminalKit

/// The audit journal as a table for `kachestvo history`: time (local), user, client, record, field,
/// old → new, oldest first, columns as wide as their widest cell (a value cut to `valueColumns`).
struct HistoryTable {
    var language: Language
    var timeZone: TimeZone = .current
    /// The widest an old or new value is shown (a list or a text note can be long).
    var valueColumns = 40
    private let width = TextWidth.standard

    func render(_ entries: [JournalEntry]) -> [String] {
        let header = [CLIText.historyTime, CLIText.historyUser, CLIText.historyClient, CLIText.historyRecord,
                      CLIText.historyField, CLIText.historyChange].map { $0(language) }
        let rows = [header] + entries.map(row)
        let widths = header.indices.map { column in rows.map { width.width(of: $0[column]) }.max() ?? 0 }
        return rows.map { cells in
            cells.enumerated().map { column, cell in
                column == cells.count - 1 ? cell : width.padded(cell, to: widths[column])
            }.joined(separator: "  ")
        }
    }

    private func row(_ entry: JournalEntry) -> [String] {
        [time(entry.time), entry.author.user, entry.author.client ?? CLIText.historyLocal(language),
         entry.record.description, entry.field ?? "—", change(entry)]
    }

    private func change(_ entry: JournalEntry) -> String {
        guard entry.field != nil else {
            return (entry.new == .null ? CLIText.historyRecordDeleted : CLIText.historyRecordAdded)(language)
        }
        return "\(value(entry.old)) → \(value(entry.new))"
    }

    private func value(_ value: JSONValue) -> String {
        let text: String
        switch value {
        case .null: text = "—"
        case .string(let string): text = string
        case .bool(let flag): text = flag ? "✓" : "✗"
        case .integer(let number): text = String(number)
        case .double(let number): text = NumberText.fixed(number, digits: number == number.rounded() ? 0 : 2, language)
        case .array, .object: text = value.inlineJSON
        }
        return width.clipped(text, to: valueColumns)
    }

    /// `01.12.2026 18:22:13` in Russian, `2026-12-01 18:22:13` in English, in `timeZone`.
    private func time(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func two(_ number: Int?) -> String { String(format: "%02d", number ?? 0) }
        let clock = "\(two(parts.hour)):\(two(parts.minute)):\(two(parts.second))"
        let year = String(parts.year ?? 0)
        return language == .ru ? "\(two(parts.day)).\(two(parts.month)).\(year) \(clock)"
                               : "\(year)-\(two(parts.month))-\(two(parts.day)) \(clock)"
    }
}
