/// The undo and redo stacks of one user's committed changes. Saving leaves them as they are, so a
/// change can be undone after it has been saved (the undo is a change of its own, saved in turn);
/// Codable, so they could be kept across restarts.
///
/// The app applies what `undo()` and `redo()` return to its dataset; the history only moves the
/// changes between its stacks. A new change clears the redo stack; beyond `limit` changes the oldest
/// is dropped.
public struct EditHistory: Hashable, Sendable, Codable {
    /// How many changes a history keeps unless told otherwise.
    public static let defaultLimit = 100

    /// How many changes can be undone at most.
    public let limit: Int
    /// Committed changes, oldest first; the last is undone next.
    public private(set) var undoable: [Change] = []
    /// Undone changes, the last undone last; it is redone next.
    public private(set) var redoable: [Change] = []

    public init(limit: Int = EditHistory.defaultLimit) {
        self.limit = max(1, limit)
    }

    public var canUndo: Bool { !undoable.isEmpty }
    public var canRedo: Bool { !redoable.isEmpty }

    /// Records a change the user has just applied; the changes undone before it can no longer be redone.
    public mutating func record(_ change: Change) {
        guard !change.isEmpty else { return }
        undoable.append(change)
        if undoable.count > limit { undoable.removeFirst(undoable.count - limit) }
        redoable.removeAll()
    }

    /// The change that undoes the last one (its inverse), to apply; nil when there is nothing to undo.
    public mutating func undo() -> Change? {
        guard let change = undoable.popLast() else { return nil }
        redoable.append(change)
        return change.inverted
    }

    /// The last undone change, to apply again; nil when there is nothing to redo.
    public mutating func redo() -> Change? {
        guard let change = redoable.popLast() else { return nil }
        undoable.append(change)
        return change
    }

    /// Puts back what `undo()` or `redo()` just moved, when applying it failed (someone else changed
    /// the record meanwhile): the stacks are as they were before the call.
    public mutating func revert(undo: Bool) {
        if undo, let change = redoable.popLast() {
            undoable.append(change)
        } else if !undo, let change = undoable.popLast() {
            redoable.append(change)
        }
    }
}
