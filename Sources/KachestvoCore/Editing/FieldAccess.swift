/// How one field of a record is read and written as a `FieldValue`: the table of a record type's
/// fields (`EditableRecord.fields`) is made of these, named as the data file names the fields.
struct FieldAccess<Record>: Sendable {
    let kind: FieldKind
    let get: @Sendable (Record) -> FieldValue
    /// Sets the field; false, with nothing changed, when the value is not of the field's type.
    let set: @Sendable (inout Record, FieldValue) -> Bool

    /// A field that always has a value of type `Value`.
    static func value<Value>(_ path: WritableKeyPath<Record, Value> & Sendable, _ kind: FieldKind,
                             wrap: @escaping @Sendable (Value) -> FieldValue,
                             unwrap: @escaping @Sendable (FieldValue) -> Value?) -> Self {
        FieldAccess(kind: kind, get: { wrap($0[keyPath: path]) }) { record, value in
            guard let new = unwrap(value) else { return false }
            record[keyPath: path] = new
            return true
        }
    }

    /// An optional field: `.none` when it has no value.
    static func optional<Value>(_ path: WritableKeyPath<Record, Value?> & Sendable, _ kind: FieldKind,
                                wrap: @escaping @Sendable (Value) -> FieldValue,
                                unwrap: @escaping @Sendable (FieldValue) -> Value?) -> Self {
        FieldAccess(kind: kind, get: { $0[keyPath: path].map(wrap) ?? .none }) { record, value in
            if value == .none {
                record[keyPath: path] = nil
                return true
            }
            guard let new = unwrap(value) else { return false }
            record[keyPath: path] = new
            return true
        }
    }

    static func text(_ path: WritableKeyPath<Record, String> & Sendable) -> Self {
        value(path, .text, wrap: FieldValue.text, unwrap: \.textValue)
    }

    static func integer(_ path: WritableKeyPath<Record, Int> & Sendable) -> Self {
        value(path, .integer, wrap: FieldValue.integer, unwrap: \.integerValue)
    }

    static func number(_ path: WritableKeyPath<Record, Double> & Sendable) -> Self {
        value(path, .number, wrap: FieldValue.number, unwrap: \.numberValue)
    }

    static func flag(_ path: WritableKeyPath<Record, Bool> & Sendable) -> Self {
        value(path, .flag, wrap: FieldValue.flag, unwrap: \.flagValue)
    }

    static func day(_ path: WritableKeyPath<Record, Day> & Sendable) -> Self {
        value(path, .day, wrap: FieldValue.day, unwrap: \.dayValue)
    }

    static func day(_ path: WritableKeyPath<Record, Day?> & Sendable) -> Self {
        optional(path, .day, wrap: FieldValue.day, unwrap: \.dayValue)
    }

    static func texts(_ path: WritableKeyPath<Record, [String]> & Sendable) -> Self {
        value(path, .texts, wrap: FieldValue.texts, unwrap: \.textsValue)
    }

    /// One of an enumeration's cases, as its raw text.
    static func choice<Choice: RawRepresentable & Sendable>(_ path: WritableKeyPath<Record, Choice> & Sendable) -> Self
        where Choice.RawValue == String {
        value(path, .text, wrap: { .text($0.rawValue) }, unwrap: { $0.textValue.flatMap(Choice.init(rawValue:)) })
    }

    /// A reference to another record, as its id's text.
    static func reference<Entity>(_ path: WritableKeyPath<Record, Identifier<Entity>> & Sendable) -> Self {
        value(path, .text, wrap: { .text($0.rawValue) }, unwrap: { $0.textValue.map(Identifier.init(rawValue:)) })
    }

    static func reference<Entity>(_ path: WritableKeyPath<Record, Identifier<Entity>?> & Sendable) -> Self {
        optional(path, .text, wrap: { .text($0.rawValue) }, unwrap: { $0.textValue.map(Identifier.init(rawValue:)) })
    }
}

/// A record type whose fields can be edited one by one.
protocol EditableRecord {
    /// Every editable field, by its name in the data file. The fields that identify the record (its
    /// id; a result's organisation, year and subject) are not among them: changing those is a delete
    /// and an add.
    static var fields: [String: FieldAccess<Self>] { get }
}

extension FieldValue {
    var textValue: String? { if case .text(let value) = self { value } else { nil } }
    var integerValue: Int? { if case .integer(let value) = self { value } else { nil } }
    var numberValue: Double? { if case .number(let value) = self { value } else { nil } }
    var flagValue: Bool? { if case .flag(let value) = self { value } else { nil } }
    var dayValue: Day? { if case .day(let value) = self { value } else { nil } }
    var textsValue: [String]? { if case .texts(let value) = self { value } else { nil } }
    var recordValue: RecordValue? { if case .record(let value) = self { value } else { nil } }
}
