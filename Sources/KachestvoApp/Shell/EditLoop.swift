import Bilingual
import KachestvoCore
import KachestvoStore

/// The edit loop: a committed `Change` is applied to the model on show at once (along the changed
/// paths, or by a rebuild in the background when the index cannot), recorded for undo and queued
/// for saving; saves run as effects and come back as events. Nothing here waits for the disk.
enum EditLoop {
    /// The dataset edits apply to: the model's, or the one a rebuild under way is indexing.
    static func working(_ state: AppState) -> Dataset {
        state.editing.rebuild?.dataset ?? state.model.dataset
    }

    /// Why nothing can be changed here at all (read-only, or the figures still loading); nil: go on.
    static func refusal(_ state: AppState) -> String? {
        if let reason = state.editing.readOnly { return "\(state.text(.editReadOnly)): \(reason.text(state.language))" }
        if state.model.isDigestOnly || state.context.loading != nil { return state.text(.editWaitForLoad) }
        return nil
    }

    /// Commits a change the user made: refused with the reason when read-only or outside the scope.
    /// `recording` false for an undo or redo, which the history has already moved.
    static func commit(_ change: Change, _ state: inout AppState, recording: Bool = true) -> [AppEffect] {
        guard !change.isEmpty else { return [] }
        if let refusal = refusal(state) {
            state.context.message = refusal
            return []
        }
        if let reason = state.editing.scope.check(change, in: working(state)) {
            state.context.message = "\(state.text(.editOutsideScope)): \(reason.text(state.language))"
            return []
        }
        var effects: [AppEffect] = []
        do throws(EditError) {
            effects = try apply(change, &state)
        } catch {
            state.context.message = "\(state.text(.editNotApplied)): \(error.message.text(state.language))"
            return []
        }
        if recording { state.editing.history.record(change) }
        state.editing.unsaved.append(change)
        state.editing.status = .saving
        state.context.message = change.summary.text(state.language)
        Update.refreshScreens(&state)
        return effects + [.requestSave]
    }

    /// Applies `change` to what is on show; a rebuild effect when the index needs one.
    private static func apply(_ change: Change, _ state: inout AppState) throws(EditError) -> [AppEffect] {
        if var rebuild = state.editing.rebuild {
            try rebuild.dataset.apply(change)
            rebuild.since.append(change)
            state.editing.rebuild = rebuild
            return []
        }
        if state.context.model.apply(change) { return [] }
        var dataset = state.model.dataset
        try dataset.apply(change)
        return [startRebuild(dataset, &state)]
    }

    private static func startRebuild(_ dataset: Dataset, _ state: inout AppState) -> AppEffect {
        state.editing.rebuildCount += 1
        state.editing.rebuild = PendingRebuild(ticket: state.editing.rebuildCount, dataset: dataset)
        return .rebuildIndex(dataset, ticket: state.editing.rebuildCount)
    }

    /// `u`: the last change undone, as a change of its own that is saved in turn.
    static func undo(_ state: inout AppState) -> [AppEffect] {
        step(&state, undo: true)
    }

    /// Ctrl-R: the last undone change made again.
    static func redo(_ state: inout AppState) -> [AppEffect] {
        step(&state, undo: false)
    }

    private static func step(_ state: inout AppState, undo: Bool) -> [AppEffect] {
        if let refusal = refusal(state) {
            state.context.message = refusal
            return []
        }
        guard let change = undo ? state.editing.history.undo() : state.editing.history.redo() else {
            state.context.message = state.text(undo ? .nothingToUndo : .nothingToRedo)
            return []
        }
        let effects = commit(change, &state, recording: false)
        guard state.editing.unsaved.last == change else {
            state.editing.history.revert(undo: undo)
            return effects
        }
        state.context.message = "\(state.text(undo ? .undone : .redone)): \(change.summary.text(state.language))"
        return effects
    }

    /// `.saveDue`: the save of every unsaved change, unless one is under way (it is asked again
    /// when that one ends).
    static func saveDue(_ state: inout AppState) -> [AppEffect] {
        guard state.editing.canStartSave, let path = state.editing.target else { return [] }
        state.editing.inFlight = state.editing.unsaved.count
        state.editing.status = .saving
        return [.save(SaveRequest(changes: state.editing.unsaved, working: working(state), base: state.editing.base, path: path))]
    }

    /// Ctrl-S outside a form: the unsaved changes saved again now (after a failure, say).
    static func retry(_ state: inout AppState) -> [AppEffect] {
        if let refusal = refusal(state) {
            state.context.message = refusal
            return []
        }
        guard !state.editing.unsaved.isEmpty else {
            state.context.message = state.text(.nothingToSave)
            return []
        }
        return saveDue(&state)
    }

    /// A save came back: the saved changes leave the queue, the new version becomes the base; after
    /// a merge with another user's save, their data becomes the working copy (with the changes made
    /// since the save began on it); conflicts open the dialog; a failure keeps everything.
    static func finished(_ outcome: SaveOutcome, count: Int, _ state: inout AppState) -> [AppEffect] {
        state.editing.inFlight = 0
        switch outcome {
        case .failed(let error):
            state.editing.status = .failed(BilingualText(ru: error.message(.ru), en: error.message(.en)))
            state.context.message = "\(state.text(.saveFailed)): \(error.message(state.language)) — \(state.text(.saveKept))"
            return []
        case .saved(let saved):
            return accept(saved, count: count, conflicts: [], &state)
        case .conflicts(let saved, let conflicts):
            return accept(saved, count: count, conflicts: conflicts, &state)
        }
    }

    private static func accept(_ saved: SavedChanges, count: Int, conflicts: [EditConflict], _ state: inout AppState) -> [AppEffect] {
        let wasNewFile = state.editing.base == nil
        state.editing.unsaved.removeFirst(min(count, state.editing.unsaved.count))
        state.editing.base = saved.version
        var effects: [AppEffect] = []
        if saved.merged {
            var dataset = saved.dataset
            for change in state.editing.unsaved { try? dataset.apply(change) }
            effects.append(startRebuild(dataset, &state))
            state.context.message = state.text(.savedWithOthers)
        }
        if wasNewFile, let path = state.editing.target, state.source == .builtInDemo {
            state.source = .file(path: path, origin: .xdg)
            state.context.message = "\(state.text(.demoSavedTo)) \(path)"
        }
        if let problem = saved.journalProblem {
            state.context.message = "\(state.text(.journalNotWritten)): \(problem.message(state.language))"
        }
        state.editing.conflicts = conflicts
        state.editing.status = !conflicts.isEmpty ? .conflict : state.editing.unsaved.isEmpty ? .saved : .saving
        if !conflicts.isEmpty { ConflictInput.open(&state) }
        if !state.editing.unsaved.isEmpty { effects.append(.requestSave) }
        return effects
    }

    /// Shows a new organisation on the Network screen — now, or when the rebuild that indexes it lands.
    static func reveal(_ id: Identifier<Organisation>, _ state: inout AppState) {
        if state.editing.rebuild != nil {
            state.editing.revealAfterRebuild = id
        } else if ScreenRegistry.module(for: .network).reveal(id, &state) {
            state.tab = .network
        }
    }

    /// A region saved outside the edit loop (the thresholds) replaced the model: the changes still to
    /// be saved are put back on it, so that they stay on screen and in the next save.
    static func reapplyUnsaved(_ state: inout AppState) -> [AppEffect] {
        guard !state.editing.unsaved.isEmpty else { return [] }
        var dataset = state.model.dataset
        for change in state.editing.unsaved { try? dataset.apply(change) }
        return [startRebuild(dataset, &state), .requestSave]
    }

    /// A rebuilt index arrived: shown, with the changes committed while it was built applied on it.
    static func rebuilt(_ model: AppModel, ticket: Int, _ state: inout AppState) -> [AppEffect] {
        guard let rebuild = state.editing.rebuild, rebuild.ticket == ticket else { return [] }
        state.editing.rebuild = nil
        state.context.model = model
        var effects: [AppEffect] = []
        for change in rebuild.since where !state.context.model.apply(change) {
            effects = [startRebuild(rebuild.dataset, &state)]
            break
        }
        Update.refreshScreens(&state)
        if state.editing.rebuild == nil, let id = state.editing.revealAfterRebuild {
            state.editing.revealAfterRebuild = nil
            reveal(id, &state)
        }
        return effects
    }

    /// Another process saved the data file: read it again when nothing of ours is waiting (the
    /// places on screen are kept by identity); else save now, which merges their work under ours.
    static func fileChanged(_ state: inout AppState) -> [AppEffect] {
        guard let source = state.source, case .file = source else { return [] }
        if !state.editing.unsaved.isEmpty { return saveDue(&state) }
        guard state.context.loading == nil, state.editing.rebuild == nil else { return [] }
        state.editing.reloadingForOthers = true
        return Update.beginLoading(source, &state)
    }
}
