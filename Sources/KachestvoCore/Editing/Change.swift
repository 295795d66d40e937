import Bilingual

/// One user action — a form committed, a record deleted, a status moved on — as the edits it made,
/// in order, and a short summary in both languages («Изменено название школы» / "School renamed")
/// for undo, redo and the journal. Applied, undone and rebased as a whole.
public struct Change: Hashable, Sendable, Codable {
    public var edits: [Edit]
    public var summary: BilingualText

    public init(_ edits: [Edit], summary: BilingualText) {
        self.edits = edits
        self.summary = summary
    }

    /// The change that undoes this one: each edit inverted, in reverse order.
    public var inverted: Change { Change(edits.reversed().map(\.inverted), summary: summary) }

    /// The records it touches, each once, in the order first touched.
    public var records: [RecordKey] {
        var seen = Set<RecordKey>()
        return edits.map(\.record).filter { seen.insert($0).inserted }
    }

    public var isEmpty: Bool { edits.isEmpty }

    /// `record` as this change leaves it, from `before` (nil: not there).
    func state(of record: RecordKey, from before: RecordValue?) -> RecordValue? {
        edits.reduce(before) { state, edit in
            guard edit.record == record else { return state }
            guard let field = edit.field else { return edit.new.recordValue }
            return state?.setting(field, to: edit.new) ?? state
        }
    }

    /// `record` as this change leaves it, from `before`, each edit's `old` checked against what it
    /// finds as `Dataset.apply` checks it.
    func checkedState(of record: RecordKey, from before: RecordValue?) throws(EditError) -> RecordValue? {
        var state = before
        for edit in edits where edit.record == record {
            let current = edit.field.map { field in state?.value(of: field) } ?? (state.map(FieldValue.record) ?? FieldValue.none)
            guard let current else { throw state == nil ? .missingRecord(record) : .unknownField(record, edit.field) }
            guard current == edit.old else { throw .stale(record, edit.field, expected: edit.old, found: current) }
            if let field = edit.field {
                guard let next = state?.setting(field, to: edit.new) else { throw .wrongValue(record, field, edit.new) }
                state = next
            } else {
                guard edit.new == .none || edit.new.recordValue?.key == record else { throw .wrongValue(record, nil, edit.new) }
                state = edit.new.recordValue
            }
        }
        return state
    }

    private enum CodingKeys: String, CodingKey { case edits, summary }
    private enum SummaryKeys: String, CodingKey { case ru, en }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        edits = try container.decode([Edit].self, forKey: .edits)
        let summary = try container.nestedContainer(keyedBy: SummaryKeys.self, forKey: .summary)
        self.summary = BilingualText(ru: try summary.decode(String.self, forKey: .ru), en: try summary.decode(String.self, forKey: .en))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(edits, forKey: .edits)
        var summary = container.nestedContainer(keyedBy: SummaryKeys.self, forKey: .summary)
        try summary.encode(self.summary.ru, forKey: .ru)
        try summary.encode(self.summary.en, forKey: .en)
    }
}
