import KachestvoApp

/// Key → frame latency: `Update.apply` then `AppView.render`, timed per key of the script. Between
/// keys the runtime's idle moments are given, untimed, as a person's pause would give them: screens
/// not on show catch up then (`AppEvent.idle`), so a tab key measures showing a screen. Commits
/// are saved as `SavesUnderWay` says: each edit meets the save of the one before still running.
struct KeyLatency: Codable, Sendable {
    /// Every key of the script.
    var all: Distribution
    /// Per `KeyKind` (raw value); `move` is the j/k target.
    var byKind: [String: Distribution]
    /// Cursor moves split by the column sort in force (`name`, `result`, …).
    var movesBySort: [String: Distribution]
    /// Every key by the screen it was pressed on (`Tab` raw value: 1 Overview … 7 Map).
    var byScreen: [String: Distribution]
    /// How many saves the script's commits started (`SavesUnderWay`).
    var savesStarted: Int

    static func measure(_ script: [ScriptedKey], on state: inout AppState, saves: SavesUnderWay) -> KeyLatency {
        var saves = saves
        var all: [Double] = []
        var byKind: [KeyKind: [Double]] = [:]
        var movesBySort: [String: [Double]] = [:]
        var byScreen: [String: [Double]] = [:]
        all.reserveCapacity(script.count)
        for step in script {
            let screen = "\(state.tab)"
            let ((effects, frame), milliseconds) = Stopwatch.time {
                let effects = Update.apply(.key(step.key), to: &state)
                return (effects, AppView.render(state))
            }
            keepAlive(frame)
            saves.follow(effects, &state)
            while !state.staleTabs.isEmpty { _ = Update.apply(.idle, to: &state) }
            all.append(milliseconds)
            byKind[step.kind, default: []].append(milliseconds)
            byScreen[screen, default: []].append(milliseconds)
            if step.kind == .move { movesBySort["\(state.screens.network.sort)", default: []].append(milliseconds) }
        }
        return KeyLatency(
            all: Distribution(all),
            byKind: Dictionary(uniqueKeysWithValues: byKind.map { ($0.key.rawValue, Distribution($0.value)) }),
            movesBySort: movesBySort.mapValues(Distribution.init),
            byScreen: byScreen.mapValues(Distribution.init),
            savesStarted: saves.started
        )
    }
}
