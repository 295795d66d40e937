import Testing
@testable import KachestvoCore

/// A save onto a file someone else changed: my changes re-applied onto theirs; the same field changed
/// by both, or a record they deleted, a conflict with both values.
@Suite struct EditRebaseTests {
    private let base = EditFixture.dataset

    private func set(_ key: RecordKey, _ field: String, _ old: FieldValue, _ new: FieldValue) -> Change {
        Change([Edit(record: key, field: field, old: old, new: new)], summary: .init(ru: "", en: ""))
    }

    @Test func changesToDifferentRecordsAreBothKept() throws {
        let mine = set(.organisation("s3"), "pupils", .integer(500), .integer(510))
        var theirs = base
        try theirs.apply(set(.organisation("s4"), "pupils", .integer(500), .integer(490)))
        try theirs.apply(set(.organisation("s3"), "teachers", .integer(35), .integer(36)))
        let rebase = EditRebase(base: base, mine: [mine], theirs: theirs)
        var edited = base
        try edited.apply(mine)
        #expect(EditRebase(mine: [mine], edited: edited, theirs: theirs).merged == rebase.merged)
        #expect(rebase.conflicts.isEmpty)
        #expect(rebase.merged.value(of: .organisation("s3"), field: "pupils") == .integer(510))
        #expect(rebase.merged.value(of: .organisation("s3"), field: "teachers") == .integer(36))
        #expect(rebase.merged.value(of: .organisation("s4"), field: "pupils") == .integer(490))
        #expect(rebase.applied == mine.edits)
    }

    @Test func theSameFieldChangedByBothIsAConflict() throws {
        let mine = set(.organisation("s3"), "name", .text("МБОУ СОШ № 103"), .text("МБОУ СОШ № 103 им. Пушкина"))
        var theirs = base
        try theirs.apply(set(.organisation("s3"), "name", .text("МБОУ СОШ № 103"), .text("МАОУ СОШ № 103")))
        var rebase = EditRebase(base: base, mine: [mine], theirs: theirs)
        let conflict = try #require(rebase.conflicts.first)
        #expect(conflict == EditConflict(record: .organisation("s3"), field: "name", base: .text("МБОУ СОШ № 103"),
                                         mine: .text("МБОУ СОШ № 103 им. Пушкина"), theirs: .text("МАОУ СОШ № 103")))
        #expect(conflict.message.en == "«organisation:s3.name»: was «МБОУ СОШ № 103», yours is «МБОУ СОШ № 103 им. Пушкина», theirs is «МАОУ СОШ № 103»")
        #expect(rebase.merged == theirs, "a conflict keeps theirs until resolved")
        #expect(rebase.applied.isEmpty)
        var keepTheirs = rebase
        try keepTheirs.resolve(conflict, choosing: .theirs)
        #expect(keepTheirs.conflicts.isEmpty && keepTheirs.merged == theirs)
        try rebase.resolve(conflict, choosing: .mine)
        #expect(rebase.conflicts.isEmpty)
        #expect(rebase.merged.value(of: .organisation("s3"), field: "name") == .text("МБОУ СОШ № 103 им. Пушкина"))
        #expect(rebase.applied == [Edit(record: .organisation("s3"), field: "name", old: .text("МАОУ СОШ № 103"),
                                        new: .text("МБОУ СОШ № 103 им. Пушкина"))])
    }

    @Test func theSameValueOnBothSidesIsNoConflict() throws {
        let mine = set(.organisation("s3"), "pupils", .integer(500), .integer(510))
        var theirs = base
        try theirs.apply(mine)
        let rebase = EditRebase(base: base, mine: [mine], theirs: theirs)
        #expect(rebase.conflicts.isEmpty && rebase.merged == theirs && rebase.applied.isEmpty)
    }

    @Test func aFieldChangedTwiceCountsOnce() throws {
        let first = set(.organisation("s3"), "pupils", .integer(500), .integer(510))
        let second = set(.organisation("s3"), "pupils", .integer(510), .integer(520))
        var theirs = base
        try theirs.apply(set(.organisation("s3"), "pupils", .integer(500), .integer(530)))
        let rebase = EditRebase(base: base, mine: [first, second], theirs: theirs)
        #expect(rebase.conflicts.map(\.mine) == [.integer(520)])
        #expect(rebase.conflicts.map(\.base) == [.integer(500)])
    }

    @Test func aRecordTheyDeletedIsAConflictThatCanRestoreIt() throws {
        let school = EditFixture.newSchool
        var loaded = base
        try loaded.apply(ChangeBuilder.add(.organisation(school)))
        let mine = [set(.organisation(school.id), "pupils", .integer(120), .integer(125)),
                    set(.organisation(school.id), "teachers", .integer(12), .integer(13))]
        let rebase0 = EditRebase(base: loaded, mine: mine, theirs: base)
        var rebase = rebase0
        var changed = school
        changed.pupils = 125
        changed.teachers = 13
        #expect(rebase.conflicts == [EditConflict(record: .organisation(school.id), field: nil, base: .record(.organisation(school)),
                                                  mine: .record(.organisation(changed)), theirs: .none)])
        #expect(rebase.conflicts[0].message.en == "«organisation:s-new»: someone else deleted the record you changed")
        var edited = loaded
        for change in mine { try edited.apply(change) }
        #expect(EditRebase(mine: mine, edited: edited, theirs: base).conflicts == rebase.conflicts,
                "the loaded record is found from the edited one")
        try rebase.resolve(rebase.conflicts[0], choosing: .mine)
        #expect(rebase.merged.record(.organisation(school.id)) == .organisation(changed))
        var dropped = rebase0
        try dropped.resolve(dropped.conflicts[0], choosing: .theirs)
        #expect(dropped.merged == base)
    }

    @Test func aRecordIDeletedAndTheyChangedIsAConflict() throws {
        var loaded = base
        try loaded.apply(ChangeBuilder.add(.organisation(EditFixture.newSchool)))
        let mine = try ChangeBuilder.delete(.organisation(EditFixture.newSchool), in: loaded)
        var theirs = loaded
        try theirs.apply(set(.organisation("s-new"), "pupils", .integer(120), .integer(121)))
        let rebase = EditRebase(base: loaded, mine: [mine], theirs: theirs)
        #expect(rebase.conflicts.count == 1)
        #expect(rebase.conflicts.first?.mine == FieldValue.none)
        #expect(rebase.conflicts.first?.message.ru == "«organisation:s-new»: вы удалили запись, а другой пользователь её изменил")
    }

    @Test func addsOfDifferentRecordsAreBothKept() throws {
        var theirs = base
        var other = EditFixture.newSchool
        other.id = "s-other"
        try theirs.apply(ChangeBuilder.add(.organisation(other)))
        let rebase = EditRebase(base: base, mine: [ChangeBuilder.add(.organisation(EditFixture.newSchool))], theirs: theirs)
        #expect(rebase.conflicts.isEmpty)
        #expect(rebase.merged.organisations.map(\.id).filter { $0.rawValue.hasPrefix("s-") } == ["s-new", "s-other"])
    }
}
