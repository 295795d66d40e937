import Testing
@testable import KachestvoCore

/// Undo and redo: what they return applies, the oldest change goes beyond the limit, a new change
/// ends what could be redone.
@Suite struct EditHistoryTests {
    private func pupils(_ from: Int, _ to: Int) -> Change {
        Change([Edit(record: .organisation("s3"), field: "pupils", old: .integer(from), new: .integer(to))],
               summary: .init(ru: "Число учеников", en: "Pupils"))
    }

    @Test func undoAndRedoGiveTheChangesToApply() throws {
        var dataset = EditFixture.dataset
        var history = EditHistory()
        for (from, to) in [(500, 510), (510, 520)] {
            let change = pupils(from, to)
            try dataset.apply(change)
            history.record(change)
        }
        let first = history.undo(), second = history.undo()
        try dataset.apply(try #require(first))
        try dataset.apply(try #require(second))
        #expect(dataset == EditFixture.dataset)
        #expect(history.undo() == nil)
        #expect(!history.canUndo && history.canRedo)
        let redone = history.redo()
        try dataset.apply(try #require(redone))
        #expect(dataset.value(of: .organisation("s3"), field: "pupils") == .integer(510))
        #expect(history.canUndo && history.canRedo)
    }

    @Test func aNewChangeClearsRedo() {
        var history = EditHistory()
        history.record(pupils(500, 510))
        _ = history.undo()
        history.record(pupils(500, 505))
        #expect(!history.canRedo)
        #expect(history.undo() == pupils(500, 505).inverted)
        history.record(Change([], summary: .init(ru: "", en: "")))
        #expect(history.canRedo, "an empty change is not recorded and clears nothing")
    }

    @Test func theOldestChangeGoesBeyondTheLimit() {
        #expect(EditHistory().limit == 100)
        var history = EditHistory(limit: 3)
        for step in 0..<5 { history.record(pupils(step, step + 1)) }
        #expect(history.undoable == [pupils(2, 3), pupils(3, 4), pupils(4, 5)])
        var undone = 0
        while history.undo() != nil { undone += 1 }
        #expect(undone == 3)
    }

    @Test func aFailedUndoIsPutBack() {
        var history = EditHistory()
        history.record(pupils(500, 510))
        _ = history.undo()
        history.revert(undo: true)
        #expect(history.canUndo && !history.canRedo)
        _ = history.undo()
        _ = history.redo()
        history.revert(undo: false)
        #expect(!history.canUndo && history.canRedo)
    }

    @Test func theHistoryIsCodable() throws {
        var history = EditHistory(limit: 7)
        history.record(pupils(500, 510))
        history.record(pupils(510, 520))
        _ = history.undo()
        #expect(try EditFixture.decode(EditHistory.self, try EditFixture.json(history)) == history)
    }
}
