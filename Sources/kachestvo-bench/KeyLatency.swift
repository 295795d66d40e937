import KachestvoApp

/// Key → frame latency: `Update.apply` then `AppView.render`, timed per key of the script. Between
/// keys the runtime's idle moments are given, untimed, as a person's pause would give them: screens
/// not on show catch up then (`AppEvent.idle`), so a tab key measures showing a screen.
struct KeyLatency: Codable, Sendable {
    /// Every key of the script.
    var all: Distribution
    /// Per `KeyKind` (raw value); `move` is the j/k target.
    var byKind: [String: Distribution]
    /// Cursor moves split by the column sort in force (`name`, `result`, …).
    var movesBySort: [String: Distribution]
    /// Every key by the screen it was pressed on (`Tab` raw value: 1 Overview … 7 Map).
    var byScreen: [String: Distribution]

    static func measure(_ script: [ScriptedKey], from initial: AppState) -> KeyLatency {
        var state = initial
        var all: [Double] = []
        var byKind: [KeyKind: [Double]] = [:]
        var movesBySort: [String: [Double]] = [:]
        var byScreen: [String: [Double]] = [:]
        all.reserveCapacity(script.count)
        for step in script {
            let screen = "\(state.tab)"
            let (frame, milliseconds) = Stopwatch.time {
                _ = Update.apply(.key(step.key), to: &state)
                return AppView.render(state)
            }
            keepAlive(frame)
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
            byScreen: byScreen.mapValues(Distribution.init)
        )
    }
}
