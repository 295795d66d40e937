/// Reading and applying `Edit`s: one field of one record, or a whole record added or deleted.
///
/// Applying is mechanical: it checks only that the edit's `old` is what the dataset holds (a stale
/// edit is refused) and that the value fits the field, so that the inverse of an applied change
/// always applies. The rules of the data — ranges, references, the support-case workflow, scope —
/// are checked before a change is made: `FieldRules`, `ChangeBuilder`, `ReferenceCheck`, `EditScope`.
extension Dataset {
    /// The value of `field` of `record`: nil when the record is not there or has no such field.
    /// With `field` nil, the whole record — `.record(…)`, or `.none` when there is none.
    public func value(of record: RecordKey, field: String?) -> FieldValue? {
        guard let field else {
            if record == .thresholds { return nil }
            return self.record(record).map(FieldValue.record) ?? FieldValue.none
        }
        switch record {
        case .thresholds: return FlagThresholds.fields[field]?.get(thresholds)
        default: return self.record(record).flatMap { $0.value(of: field) }
        }
    }

    /// The organisation a record belongs to, looked up where the key alone does not say: a support
    /// case's school, an organisation forecast's organisation; as `RecordKey.organisationId` otherwise.
    /// For `history --entity ID` and the like.
    public func organisationId(of key: RecordKey) -> Identifier<Organisation>? {
        switch record(key) {
        case .supportCase(let supportCase)?: supportCase.organisationId
        case .forecast(let forecast)?: if case .organisation(let id) = forecast.scope { id } else { nil }
        default: key.organisationId
        }
    }

    /// The whole record `key` names, if it is there.
    public func record(_ key: RecordKey) -> RecordValue? {
        switch key {
        case .municipality(let id): municipalities.find(id.order(\.id)).map { .municipality(municipalities[$0]) }
        case .organisation(let id): organisation(id).map(RecordValue.organisation)
        case .examResult(let org, let year, let subject):
            examResults.find(Self.resultOrder(org, year, subject)).map { .examResult(examResults[$0]) }
        case .financing(let org, let year): financing.find(Self.financingOrder(org, year)).map { .financing(financing[$0]) }
        case .supportCase(let id): supportCases.find(id.order(\.id)).map { .supportCase(supportCases[$0]) }
        case .meeting(let id): meetings.find(id.order(\.id)).map { .meeting(meetings[$0]) }
        case .forecast(let id): forecasts.find(id.order(\.id)).map { .forecast(forecasts[$0]) }
        case .thresholds: nil
        }
    }

    /// The organisation with this id, found as `record(_:)` finds it (by a binary search of the sorted array).
    public func organisation(_ id: Identifier<Organisation>) -> Organisation? {
        organisations.find(id.order(\.id)).map { organisations[$0] }
    }

    /// Applies one edit, or throws with nothing changed.
    public mutating func apply(_ edit: Edit) throws(EditError) {
        guard let current = value(of: edit.record, field: edit.field) else {
            let missing = edit.field != nil && edit.record != .thresholds && record(edit.record) == nil
            throw missing ? .missingRecord(edit.record) : .unknownField(edit.record, edit.field)
        }
        guard current == edit.old else {
            switch (edit.field, current, edit.old) {
            case (nil, .none, _): throw .missingRecord(edit.record)
            case (nil, _, .none): throw .duplicateRecord(edit.record)
            default: throw .stale(edit.record, edit.field, expected: edit.old, found: current)
            }
        }
        if let field = edit.field {
            try set(field, of: edit.record, to: edit.new)
        } else {
            try replace(edit.record, with: edit.new)
        }
    }

    /// Applies every edit of `change` in order, or none: when one fails, those before it are undone
    /// and the error thrown.
    public mutating func apply(_ change: Change) throws(EditError) {
        for (done, edit) in change.edits.enumerated() {
            do {
                try apply(edit)
            } catch {
                for applied in change.edits[..<done].reversed() {
                    try? apply(applied.inverted)
                }
                throw error
            }
        }
    }

    // MARK: Setting a field

    private mutating func set(_ field: String, of key: RecordKey, to value: FieldValue) throws(EditError) {
        let fits: Bool
        switch key {
        case .municipality(let id): fits = municipalities.set(field, to: value, at: id.order(\.id))
        case .organisation(let id): fits = organisations.set(field, to: value, at: id.order(\.id))
        case .examResult(let org, let year, let subject): fits = examResults.set(field, to: value, at: Self.resultOrder(org, year, subject))
        case .financing(let org, let year): fits = financing.set(field, to: value, at: Self.financingOrder(org, year))
        case .supportCase(let id): fits = supportCases.set(field, to: value, at: id.order(\.id))
        case .meeting(let id): fits = meetings.set(field, to: value, at: id.order(\.id))
        case .forecast(let id): fits = forecasts.set(field, to: value, at: id.order(\.id))
        case .thresholds: fits = FlagThresholds.fields[field]!.set(&thresholds, value)
        }
        if !fits { throw .wrongValue(key, field, value) }
    }

    // MARK: Adding and deleting a record

    /// Puts `value` (a record, or `.none` to delete) where `key` is; the current value has been checked.
    private mutating func replace(_ key: RecordKey, with value: FieldValue) throws(EditError) {
        guard value == .none || value.recordValue?.key == key else { throw .wrongValue(key, nil, value) }
        if case .record(let old)? = self.value(of: key, field: nil) { remove(old) }
        if case .record(let new) = value { insert(new) }
    }

    private mutating func insert(_ record: RecordValue) {
        switch record {
        case .municipality(let r): municipalities.insert(r, at: r.id.order(\.id))
        case .organisation(let r): organisations.insert(r, at: r.id.order(\.id))
        case .examResult(let r): examResults.insert(r, at: Self.resultOrder(r.organisationId, r.year, r.subjectId))
        case .financing(let r): financing.insert(r, at: Self.financingOrder(r.organisationId, r.year))
        case .supportCase(let r): supportCases.insert(r, at: r.id.order(\.id))
        case .meeting(let r): meetings.insert(r, at: r.id.order(\.id))
        case .forecast(let r): forecasts.insert(r, at: r.id.order(\.id))
        }
    }

    private mutating func remove(_ record: RecordValue) {
        switch record {
        case .municipality(let r): municipalities.remove(at: r.id.order(\.id))
        case .organisation(let r): organisations.remove(at: r.id.order(\.id))
        case .examResult(let r): examResults.remove(at: Self.resultOrder(r.organisationId, r.year, r.subjectId))
        case .financing(let r): financing.remove(at: Self.financingOrder(r.organisationId, r.year))
        case .supportCase(let r): supportCases.remove(at: r.id.order(\.id))
        case .meeting(let r): meetings.remove(at: r.id.order(\.id))
        case .forecast(let r): forecasts.remove(at: r.id.order(\.id))
        }
    }

    // MARK: Canonical order of the yearly records

    static func resultOrder(_ org: Identifier<Organisation>, _ year: Int, _ subject: Identifier<Subject>)
        -> (isBefore: (ExamResult) -> Bool, matches: (ExamResult) -> Bool) {
        ({ ($0.organisationId.rawValue, $0.year, $0.subjectId.rawValue) < (org.rawValue, year, subject.rawValue) },
         { $0.organisationId == org && $0.year == year && $0.subjectId == subject })
    }

    static func financingOrder(_ org: Identifier<Organisation>, _ year: Int)
        -> (isBefore: (Financing) -> Bool, matches: (Financing) -> Bool) {
        ({ ($0.organisationId.rawValue, $0.year) < (org.rawValue, year) }, { $0.organisationId == org && $0.year == year })
    }
}

extension RecordValue {
    /// The value of one of the record's fields (named as in the data file); nil when it has no such field.
    public func value(of field: String) -> FieldValue? {
        switch self {
        case .municipality(let r): Municipality.fields[field]?.get(r)
        case .organisation(let r): Organisation.fields[field]?.get(r)
        case .examResult(let r): ExamResult.fields[field]?.get(r)
        case .financing(let r): Financing.fields[field]?.get(r)
        case .supportCase(let r): SupportCase.fields[field]?.get(r)
        case .meeting(let r): CouncilMeeting.fields[field]?.get(r)
        case .forecast(let r): Forecast.fields[field]?.get(r)
        }
    }
}

extension RecordValue {
    /// The record with `field` set to `value` — a form's record as the user types — nil when it has
    /// no such field or the value does not fit.
    public func setting(_ field: String, to value: FieldValue) -> RecordValue? {
        func set<Record: EditableRecord>(_ record: Record, _ wrap: (Record) -> RecordValue) -> RecordValue? {
            var copy = record
            guard let access = Record.fields[field], access.set(&copy, value) else { return nil }
            return wrap(copy)
        }
        return switch self {
        case .municipality(let r): set(r, RecordValue.municipality)
        case .organisation(let r): set(r, RecordValue.organisation)
        case .examResult(let r): set(r, RecordValue.examResult)
        case .financing(let r): set(r, RecordValue.financing)
        case .supportCase(let r): set(r, RecordValue.supportCase)
        case .meeting(let r): set(r, RecordValue.meeting)
        case .forecast(let r): set(r, RecordValue.forecast)
        }
    }
}

extension RandomAccessCollection where Index == Int {
    typealias Order = (isBefore: (Element) -> Bool, matches: (Element) -> Bool)

    func find(_ order: Order) -> Int? { place(isBefore: order.isBefore, matches: order.matches).found }
}

extension RangeReplaceableCollection where Self: RandomAccessCollection, Index == Int {
    /// Inserts `record` where the sorted order puts it.
    mutating func insert(_ record: Element, at order: Order) {
        insert(record, at: place(isBefore: order.isBefore, matches: order.matches).insertion)
    }

    /// Removes the record `order` matches, if there is one.
    mutating func remove(at order: Order) {
        if let found = find(order) { remove(at: found) }
    }
}

extension MutableCollection where Self: RandomAccessCollection, Index == Int, Element: EditableRecord {
    /// Sets `field` of the record `order` matches; false when the value does not fit the field.
    mutating func set(_ field: String, to value: FieldValue, at order: Order) -> Bool {
        guard let index = find(order), let access = Element.fields[field] else { return false }
        return access.set(&self[index], value)
    }
}
