/// One field of one record changed from `old` to `new` — or, with `field` nil, a whole record
/// added (`old` is `.none`) or deleted (`new` is `.none`). The one edit type of undo and redo, the
/// audit journal, the index's update along the changed path and the rebase of a save.
///
/// In JSON: `{"record": "organisation:nso-0042", "field": "name", "old": "…", "new": "…"}`, each
/// value written plainly (see `FieldValue`) and read back by the kind of its record's field.
public struct Edit: Hashable, Sendable, Codable, CustomStringConvertible {
    public var record: RecordKey
    /// The field's name as in the data file; nil when the whole record is added or deleted.
    public var field: String?
    public var old: FieldValue
    public var new: FieldValue

    public init(record: RecordKey, field: String?, old: FieldValue, new: FieldValue) {
        self.record = record
        self.field = field
        self.old = old
        self.new = new
    }

    /// Adds `record`.
    public static func add(_ record: RecordValue) -> Edit {
        Edit(record: record.key, field: nil, old: .none, new: .record(record))
    }

    /// Deletes `record` (as it is in the dataset).
    public static func delete(_ record: RecordValue) -> Edit {
        Edit(record: record.key, field: nil, old: .record(record), new: .none)
    }

    /// The edit that undoes this one.
    public var inverted: Edit { Edit(record: record, field: field, old: new, new: old) }

    /// `organisation:nso-0042.name: old → new`.
    public var description: String {
        "\(record)\(field.map { "." + $0 } ?? ""): \(old) → \(new)"
    }

    private enum CodingKeys: String, CodingKey { case record, field, old, new }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        record = try container.decode(RecordKey.self, forKey: .record)
        field = try container.decodeIfPresent(String.self, forKey: .field)
        guard let kind = record.kind.fieldKind(field) else {
            throw DecodingError.dataCorruptedError(
                forKey: .field, in: container, debugDescription: "«\(record)» has no field «\(field ?? "")»")
        }
        old = try FieldValue(from: container.superDecoder(forKey: .old), kind: kind)
        new = try FieldValue(from: container.superDecoder(forKey: .new), kind: kind)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(record, forKey: .record)
        try container.encodeIfPresent(field, forKey: .field)
        try container.encode(old, forKey: .old)
        try container.encode(new, forKey: .new)
    }
}
