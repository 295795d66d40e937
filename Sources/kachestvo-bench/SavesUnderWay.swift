import KachestvoApp
import KachestvoCore
import KachestvoStore

/// The saves a key script's commits ask for, each held as the runtime's save thread holds it (its
/// dataset shares the model's arrays) until the next commit, when it is reported saved and the next
/// one begins. So every edit after the first is made while a save is under way — the case issue 9's
/// key → frame target is for — without the bench waiting for the disk.
struct SavesUnderWay {
    /// The version every simulated save reports written.
    let version: FileVersion
    private var held: SaveRequest?
    /// How many saves the script's commits started.
    private(set) var started = 0

    init(version: FileVersion) {
        self.version = version
    }

    /// After a key: when its effects ask for a save, the one held is finished and the next started.
    mutating func follow(_ effects: [AppEffect], _ state: inout AppState) {
        guard effects.contains(where: { if case .requestSave = $0 { true } else { false } }) else { return }
        if let held {
            let saved = SavedChanges(version: version, dataset: held.working, merged: false, written: [], journalProblem: nil)
            _ = Update.apply(.saveFinished(.saved(saved), count: held.changes.count), to: &state)
        }
        held = nil
        for case .save(let request) in Update.apply(.saveDue, to: &state) {
            held = request
            started += 1
        }
    }
}
