import Bilingual
import Foundation
import KachestvoCore

/// One line of the audit journal: one edit of one saved change — when, who, from where, which
/// record and field, the value before and after — with the change's summary and the revision of the
/// file that holds it. The values are kept as the JSON the line carries, so a line written by a
/// newer version with a field this build does not know still reads.
public struct JournalEntry: Equatable, Sendable {
    public var time: Date
    public var author: JournalAuthor
    public var record: RecordKey
    /// The field as named in the data file; nil when the whole record was added or deleted.
    public var field: String?
    /// The value before (`null` for an added record) and after (`null` for a deleted one).
    public var old: JSONValue
    public var new: JSONValue
    /// The summary of the user's change this edit belongs to.
    public var summary: BilingualText?
    /// The revision of the data file the change was saved in.
    public var revision: Int
    /// The change's place among those saved in that revision, from 1 (its edits share it).
    public var change: Int

    public init(time: Date, author: JournalAuthor, record: RecordKey, field: String?, old: JSONValue, new: JSONValue,
                summary: BilingualText?, revision: Int, change: Int) {
        self.time = time
        self.author = author
        self.record = record
        self.field = field
        self.old = old
        self.new = new
        self.summary = summary
        self.revision = revision
        self.change = change
    }

    /// Whether the entry is about `entity`: the organisation its record belongs to, the record's own
    /// id, or the record as written (`examResult:nso-1/2017/ege-rus`).
    public func concerns(_ entity: String) -> Bool {
        record.organisationId?.rawValue == entity || record.idText == entity || record.description == entity
    }

    /// The line's members. Beside `record` as one string, its parts stand on their own (`kind`,
    /// `id` or `organisation`, `year`, `subject`), so `jq 'select(.organisation == "nso-0042")'` works.
    var json: JSONValue {
        var members: [JSONObject.Member] = [
            .init("time", .string(time.formatted(.iso8601))),
            .init("user", .string(author.user)),
            .init("record", .string(record.description)),
            .init("kind", .string(record.kind.rawValue)),
            .init("field", field.map(JSONValue.string) ?? .null),
            .init("old", old), .init("new", new),
            .init("revision", .integer(revision)), .init("change", .integer(change)),
        ]
        if let client = author.client { members.append(.init("client", .string(client))) }
        if let summary { members.append(.init("summary", .object(JSONObject([.init("ru", .string(summary.ru)), .init("en", .string(summary.en))])))) }
        members += Self.parts(of: record)
        return .object(JSONObject(members))
    }

    private static func parts(of record: RecordKey) -> [JSONObject.Member] {
        switch record {
        case .examResult(let organisation, let year, let subject):
            [.init("organisation", .string(organisation.rawValue)), .init("year", .integer(year)), .init("subject", .string(subject.rawValue))]
        case .financing(let organisation, let year):
            [.init("organisation", .string(organisation.rawValue)), .init("year", .integer(year))]
        case .organisation(let id):
            [.init("organisation", .string(id.rawValue)), .init("id", .string(id.rawValue))]
        case .thresholds:
            []
        case .municipality, .supportCase, .meeting, .forecast:
            [.init("id", .string(record.idText))]
        }
    }

    /// Reads a line's members back; the problem in words when a member is missing or wrong.
    init(_ object: JSONObject) throws(JournalProblem.Reason) {
        guard case .string(let timeText)? = object["time"], let time = try? Date(timeText, strategy: .iso8601) else {
            throw .badMember("time")
        }
        guard case .string(let user)? = object["user"] else { throw .badMember("user") }
        guard case .string(let recordText)? = object["record"], let record = RecordKey(recordText) else { throw .badMember("record") }
        guard case .integer(let revision)? = object["revision"] else { throw .badMember("revision") }
        var client: String?
        if case .string(let address)? = object["client"] { client = address }
        var field: String?
        if case .string(let name)? = object["field"] { field = name }
        var summary: BilingualText?
        if case .object(let texts)? = object["summary"], case .string(let ru)? = texts["ru"], case .string(let en)? = texts["en"] {
            summary = BilingualText(ru: ru, en: en)
        }
        var change = 1
        if case .integer(let number)? = object["change"] { change = number }
        self.init(time: time, author: JournalAuthor(user: user, client: client), record: record, field: field,
                  old: object["old"] ?? .null, new: object["new"] ?? .null, summary: summary, revision: revision, change: change)
    }
}

extension JournalEntry {
    /// The entry as the journal's line, without the line break.
    public var jsonLine: String { String(decoding: JSONWriter.inline(json), as: UTF8.self) }
}

extension JSONValue {
    /// The value as compact one-line JSON.
    public var inlineJSON: String { String(decoding: JSONWriter.inline(self), as: UTF8.self) }
}
