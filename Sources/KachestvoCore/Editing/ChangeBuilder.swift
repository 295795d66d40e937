import Bilingual

/// Builds the `Change` a form commits: from a record as it was and as the form left it, one `Edit`
/// per field that differs; adds and deletes; a whole grid of exam results. The support-case workflow
/// has its own builders (`SupportCaseChanges`).
public enum ChangeBuilder {
    /// One edit per field that differs between `old` and `new`, in field-name order. When the form
    /// changed what identifies the record (a result's year or subject), the old one is deleted and
    /// the new one added.
    public static func edits(from old: RecordValue, to new: RecordValue) -> [Edit] {
        guard old.key == new.key else { return [.delete(old), .add(new)] }
        return old.key.kind.fieldNames.compactMap { field in
            let before = old.value(of: field) ?? .none, after = new.value(of: field) ?? .none
            return before == after ? nil : Edit(record: old.key, field: field, old: before, new: after)
        }
    }

    /// The change a record's form commits; empty when nothing differs. With `dataset` (the data the
    /// form was opened on) the summary names the organisation by its name.
    public static func change(from old: RecordValue, to new: RecordValue, in dataset: Dataset? = nil,
                              summary: BilingualText? = nil) -> Change {
        let edits = edits(from: old, to: new)
        return Change(edits, summary: summary ?? changedSummary(old.key, edits: edits, in: dataset))
    }

    /// The thresholds as a form left them: one edit per threshold that differs.
    public static func change(from old: FlagThresholds, to new: FlagThresholds, summary: BilingualText? = nil) -> Change {
        let edits = RecordKey.Kind.thresholds.fieldNames.compactMap { field -> Edit? in
            let access = FlagThresholds.fields[field]!
            let before = access.get(old), after = access.get(new)
            return before == after ? nil : Edit(record: .thresholds, field: field, old: before, new: after)
        }
        return Change(edits, summary: summary ?? changedSummary(.thresholds, edits: edits))
    }

    /// Adds one record; with `dataset`, the summary names its organisation by name.
    public static func add(_ record: RecordValue, in dataset: Dataset? = nil, summary: BilingualText? = nil) -> Change {
        let noun = record.key.named(in: dataset)
        return Change([.add(record)], summary: summary ?? BilingualText(ru: "Добавлено: \(noun.ru)", en: "Added \(noun.en)"))
    }

    /// Deletes one record of `dataset`; refused with `ReferenceCheck`'s reasons when other records
    /// refer to it.
    public static func delete(_ record: RecordValue, in dataset: Dataset, summary: BilingualText? = nil) throws(EditError) -> Change {
        if let refusal = ReferenceCheck.refusal(deleting: record.key, in: dataset) { throw .refused(refusal) }
        let noun = record.key.named(in: dataset)
        return Change([.delete(record)], summary: summary ?? BilingualText(ru: "Удалено: \(noun.ru)", en: "Deleted \(noun.en)"))
    }

    /// The exam results of a grid (one school and year, say) as they were and as the grid left them:
    /// results only in `new` are added, those only in `old` deleted, the others edited field by field.
    public static func results(from old: [ExamResult], to new: [ExamResult], summary: BilingualText? = nil) -> Change {
        func key(_ result: ExamResult) -> RecordKey { RecordValue.examResult(result).key }
        let before = Dictionary(old.map { (key($0), $0) }) { first, _ in first }
        let after = Dictionary(new.map { (key($0), $0) }) { first, _ in first }
        var edits: [Edit] = []
        for result in old where after[key(result)] == nil { edits.append(.delete(.examResult(result))) }
        for result in new {
            if let previous = before[key(result)] {
                edits += self.edits(from: .examResult(previous), to: .examResult(result))
            } else {
                edits.append(.add(.examResult(result)))
            }
        }
        return Change(edits, summary: summary ?? BilingualText(ru: "Изменены результаты экзаменов", en: "Exam results changed"))
    }

    /// «Изменено: организация «МКОУ СОШ № 1» (название, обучающихся)» / "Changed organisation «МКОУ СОШ № 1»
    /// (name, pupils)": the fields by the names the user knows them by (the edits keep the JSON keys).
    static func changedSummary(_ key: RecordKey, edits: [Edit], in dataset: Dataset? = nil) -> BilingualText {
        let noun = key.named(in: dataset)
        let names = edits.compactMap(\.field).map { key.kind.displayName(of: $0) ?? BilingualText(ru: $0, en: $0) }
        func tail(_ language: Language) -> String {
            names.isEmpty ? "" : " (\(names.map { $0.text(language) }.joined(separator: ", ")))"
        }
        return BilingualText(ru: "Изменено: \(noun.ru)\(tail(.ru))", en: "Changed \(noun.en)\(tail(.en))")
    }
}
