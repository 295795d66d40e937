import Bilingual

/// Why an edit could not be applied to a dataset. Nothing is changed when one is thrown.
public enum EditError: Error, Hashable, Sendable {
    /// The record to edit or delete is not in the dataset.
    case missingRecord(RecordKey)
    /// The record to add is there already.
    case duplicateRecord(RecordKey)
    /// The record has no such field (or, for the thresholds, cannot be added or deleted).
    case unknownField(RecordKey, String?)
    /// The value is not of the field's type, or a record added under another record's key.
    case wrongValue(RecordKey, String?, FieldValue)
    /// The field (or record) no longer holds the edit's `old` value: someone changed it since.
    case stale(RecordKey, String?, expected: FieldValue, found: FieldValue)
    /// Refused by a rule (a status transition the workflow does not allow, a delete that would break
    /// references, an edit outside the user's scope), with the reason.
    case refused(BilingualText)

    /// What went wrong, for the user.
    public var message: BilingualText {
        switch self {
        case .missingRecord(let key):
            BilingualText(ru: "запись «\(key)» не найдена — возможно, её уже удалили", en: "record «\(key)» is not there — it may have been deleted")
        case .duplicateRecord(let key):
            BilingualText(ru: "запись «\(key)» уже есть", en: "record «\(key)» exists already")
        case .unknownField(let key, let field):
            BilingualText(ru: "у записи «\(key)» нет поля «\(field ?? "—")»", en: "record «\(key)» has no field «\(field ?? "—")»")
        case .wrongValue(let key, let field, let value):
            BilingualText(ru: "значение «\(value)» не подходит для поля «\(field ?? "—")» записи «\(key)»",
                          en: "value «\(value)» does not fit field «\(field ?? "—")» of record «\(key)»")
        case .stale(let key, let field, let expected, let found):
            BilingualText(
                ru: "«\(key)\(field.map { "." + $0 } ?? "")» уже изменено: ожидалось «\(expected)», а сейчас «\(found)»",
                en: "«\(key)\(field.map { "." + $0 } ?? "")» has changed meanwhile: expected «\(expected)», but it is «\(found)»")
        case .refused(let reason):
            reason
        }
    }
}
