import Bilingual

/// One field (or whole record) that both this user and someone else changed since it was loaded,
/// to different values: the value both started from, this user's, and the one now on disk.
public struct EditConflict: Hashable, Sendable {
    public var record: RecordKey
    public var field: String?
    public var base: FieldValue
    public var mine: FieldValue
    public var theirs: FieldValue

    public init(record: RecordKey, field: String?, base: FieldValue, mine: FieldValue, theirs: FieldValue) {
        self.record = record
        self.field = field
        self.base = base
        self.mine = mine
        self.theirs = theirs
    }

    /// Which side's value a conflict keeps.
    public enum Choice: Sendable { case mine, theirs }

    /// The conflict in words, for the dialog that asks which value to keep.
    public var message: BilingualText {
        let place = "\(record)\(field.map { "." + $0 } ?? "")"
        switch (mine, theirs) {
        case (_, .none):
            return BilingualText(ru: "«\(place)»: запись удалена другим пользователем, а вы её изменили",
                                 en: "«\(place)»: someone else deleted the record you changed")
        case (.none, _):
            return BilingualText(ru: "«\(place)»: вы удалили запись, а другой пользователь её изменил",
                                 en: "«\(place)»: you deleted the record someone else changed")
        default:
            return BilingualText(ru: "«\(place)»: было «\(base)», ваше «\(mine)», другого пользователя «\(theirs)»",
                                 en: "«\(place)»: was «\(base)», yours is «\(mine)», theirs is «\(theirs)»")
        }
    }
}

/// Re-applies this user's changes onto a dataset someone else saved meanwhile, for a save whose file
/// has moved on: each field this user changed is set on theirs unless they changed it too, to
/// another value (a conflict) — or deleted its record. Changes to different records, or different
/// fields of one record, are all kept. A record this user edited and they deleted is one conflict
/// of the whole record (`field` nil, `theirs` `.none`, `mine` the record with this user's changes).
///
/// The changes are taken field by field, net: a field changed twice counts once, from the value it
/// was loaded with to its last value.
public struct EditRebase: Sendable {
    /// Theirs with this user's changes on it, the conflicts left as theirs until resolved.
    public private(set) var merged: Dataset
    /// The edits applied to theirs, each `old` as theirs had it: what the journal records for this save.
    public private(set) var applied: [Edit]
    /// What both sides changed differently, in the order this user made the changes.
    public private(set) var conflicts: [EditConflict]

    /// Rebases `mine` — the changes made to `base` since it was loaded — onto `theirs`, the dataset now on disk.
    public init(base: Dataset, mine: [Change], theirs: Dataset) {
        self.init(mine: Self.netEdits(mine.flatMap(\.edits)), theirs: theirs) { base.record($0) }
    }

    /// The same from the dataset as this user has it now (`edited`, with `mine` applied) rather
    /// than as it was loaded, so that no copy of the loaded dataset need be kept: what a record was
    /// is found by putting back the `old` of this user's edits.
    public init(mine: [Change], edited: Dataset, theirs: Dataset) {
        let nets = Self.netEdits(mine.flatMap(\.edits))
        self.init(mine: nets, theirs: theirs) { key in
            nets.reversed().reduce(edited.record(key)) { record, net in
                guard net.record == key else { return record }
                guard let field = net.field else { return net.old.recordValue }
                return record?.setting(field, to: net.old) ?? record
            }
        }
    }

    /// `loaded` gives a record as it was loaded, for one this user edited and they deleted.
    private init(mine nets: [Edit], theirs: Dataset, loaded: (RecordKey) -> RecordValue?) {
        merged = theirs
        applied = []
        conflicts = []
        for net in nets {
            let current = merged.value(of: net.record, field: net.field)
            if current == net.new { continue }
            if current == net.old {
                if (try? merged.apply(net)) != nil { applied.append(net) }
                continue
            }
            if current == nil, let field = net.field, let record = loaded(net.record) {
                keepDeleted(record, field: field, value: net.new)
                continue
            }
            conflicts.append(EditConflict(record: net.record, field: net.field, base: net.old, mine: net.new, theirs: current ?? .none))
        }
    }

    /// A field of a record they deleted: one conflict for the whole record — as loaded, and with all
    /// of this user's changes — so that keeping mine restores it.
    private mutating func keepDeleted(_ loaded: RecordValue, field: String, value: FieldValue) {
        if let known = conflicts.firstIndex(where: { $0.record == loaded.key && $0.field == nil }),
           case .record(let edited) = conflicts[known].mine {
            conflicts[known].mine = .record(edited.setting(field, to: value) ?? edited)
        } else {
            conflicts.append(EditConflict(record: loaded.key, field: nil, base: .record(loaded),
                                          mine: .record(loaded.setting(field, to: value) ?? loaded), theirs: .none))
        }
    }

    /// Settles `conflict`: `.theirs` keeps the dataset as it is, `.mine` sets this user's value (and
    /// records the edit in `applied`) — for a record they deleted, adds it back with this user's
    /// changes. Throws, leaving the conflict, when this user's value cannot be set.
    public mutating func resolve(_ conflict: EditConflict, choosing choice: EditConflict.Choice) throws(EditError) {
        guard let position = conflicts.firstIndex(of: conflict) else { return }
        if choice == .mine {
            let edit = Edit(record: conflict.record, field: conflict.field, old: conflict.theirs, new: conflict.mine)
            try merged.apply(edit)
            applied.append(edit)
        }
        conflicts.remove(at: position)
    }

    /// One edit per field (or whole record) in the order first touched, from its first `old` to its last `new`.
    static func netEdits(_ edits: [Edit]) -> [Edit] {
        struct Slot: Hashable {
            var record: RecordKey
            var field: String?
        }
        var order: [Slot] = []
        var nets: [Slot: Edit] = [:]
        for edit in edits {
            let slot = Slot(record: edit.record, field: edit.field)
            if nets[slot] == nil {
                order.append(slot)
                nets[slot] = edit
            } else {
                nets[slot]!.new = edit.new
            }
        }
        return order.compactMap { nets[$0] }.filter { $0.old != $0.new }
    }
}
