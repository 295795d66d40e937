import Bilingual
import Foundation
import KachestvoCore
import KachestvoStore
import Testing
@testable import kachestvo

/// The journal as `kachestvo history` prints it: aligned columns, local time, values in words.
@Suite struct HistoryTableTests {
    private let entries = [
        JournalEntry(time: Date(timeIntervalSince1970: 1_764_602_533), author: JournalAuthor(user: "анна", client: "192.0.2.7"),
                     record: .organisation("s-1"), field: "pupils", old: .integer(40), new: .integer(41), summary: nil,
                     revision: 2, change: 1),
        JournalEntry(time: Date(timeIntervalSince1970: 1_764_602_593), author: JournalAuthor(user: "boris", client: nil),
                     record: .examResult(organisation: "s-1", year: 2017, subject: "ege-rus"), field: "mean",
                     old: .double(66.5), new: .double(70), summary: nil, revision: 3, change: 1),
        JournalEntry(time: Date(timeIntervalSince1970: 1_764_602_653), author: JournalAuthor(user: "boris", client: nil),
                     record: .meeting("m-1"), field: nil, old: .object(JSONObject([.init("id", .string("m-1"))])), new: .null,
                     summary: nil, revision: 4, change: 1),
    ]

    @Test func columnsLineUpInEitherLanguage() {
        let utc = TimeZone(identifier: "UTC")!
        let english = HistoryTable(language: .en, timeZone: utc).render(entries)
        #expect(english == [
            "Time                 User   Client     Record                       Field   Old → new",
            "2025-12-01 15:22:13  анна   192.0.2.7  organisation:s-1             pupils  40 → 41",
            "2025-12-01 15:23:13  boris  local      examResult:s-1/2017/ege-rus  mean    66.50 → 70",
            "2025-12-01 15:24:13  boris  local      meeting:m-1                  —       record deleted",
        ])
        let russian = HistoryTable(language: .ru, timeZone: TimeZone(identifier: "Asia/Novosibirsk")!).render(entries)
        #expect(russian[0].hasPrefix("Время                Пользователь  Откуда "))
        #expect(russian[1].hasPrefix("01.12.2025 22:22:13  анна "), "local time: Novosibirsk is UTC+7")
        #expect(russian[2].contains("66,50 → 70") && russian[3].hasSuffix("запись удалена"))
    }

    @Test func longValuesAreCut() {
        let long = JournalEntry(time: Date(timeIntervalSince1970: 0), author: JournalAuthor(user: "u", client: nil),
                                record: .organisation("s-1"), field: "name", old: .string(String(repeating: "ш", count: 100)),
                                new: .array([.string("a")]), summary: nil, revision: 1, change: 1)
        let row = HistoryTable(language: .en, timeZone: .current, valueColumns: 10).render([long])[1]
        #expect(row.hasSuffix("шшшшшшшшш… → [\"a\"]"))
    }
}
