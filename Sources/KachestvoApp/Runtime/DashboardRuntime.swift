import Dispatch
import KachestvoCore
import Foundation
import KachestvoStore
import Synchronization
import TerminalKit

/// Runs the dashboard on a terminal backend: reads events, feeds them to the pure `Update`, performs
/// the effects it returns — long ones (loading) on a background thread, whose results come back as
/// events through a wake-up pipe — and draws `AppView` after each change. Waits on the terminal and
/// on finished work at once, using no CPU while nothing happens; a tick wakes it only while a
/// spinner is on screen. All drawing and all state changes happen on the thread that calls `run`.
public final class DashboardRuntime<Backend: TerminalBackend> {
    public private(set) var state: AppState
    /// What ended the last `run` when it was not the user: a stop signal, or the terminal going away.
    public private(set) var stoppedBy: TerminalEvent?
    private let backend: Backend
    private let loader: RegionLoader
    private let settingsFile: SettingsFile?
    /// Saves settings one at a time, in the order they were chosen.
    private let settingsQueue = DispatchQueue(label: "kachestvo.settings")
    /// Saves edits one at a time, in the order they were committed.
    private let saveQueue = DispatchQueue(label: "kachestvo.edits")
    private let saver: ChangeSaver
    /// When the requested save of edits may start: changes made meanwhile go in it too.
    private var saveDue: ContinuousClock.Instant?
    /// Follows other processes' saves of the data file — from the start, or from the save that made
    /// it; stopped when `run` ends.
    private var watching: FileWatching?
    private let wakeUp = WakeUpSignal()
    private let inbox = EventInbox()
    private let clock = ContinuousClock()
    private var tickDue: ContinuousClock.Instant?
    private var initialEffects: [AppEffect]
    private var initialChecks: [RegionCheck]
    /// The model generation whose search index has been asked for in the background.
    private var searchPreparedFor: UUID?

    /// `effects` run right after the first frame (e.g. the background load started by `Update.beginLoading`),
    /// and `checks` (of a region read before the dashboard started) in the background too;
    /// `saveSettings` effects write to `settingsFile` (none: they are dropped).
    public init(backend: Backend, state: AppState, effects: [AppEffect] = [], checks: [RegionCheck] = [],
                loader: RegionLoader = RegionLoader(), settingsFile: SettingsFile? = nil, saver: ChangeSaver = ChangeSaver()) {
        self.backend = backend
        self.saver = saver
        self.state = state
        self.loader = loader
        self.settingsFile = settingsFile
        initialEffects = effects
        initialChecks = checks
    }

    /// Loops until the user quits, a stop signal arrives, or the terminal goes away; returns the
    /// final state (its `failure` says whether the data file could not be read).
    @discardableResult
    public func run() -> AppState {
        // A theme or language chosen just before quitting is on disk before the process ends.
        defer { settingsQueue.sync {} }
        // The first frame before any background work starts, so that it has both cores to itself,
        // and before the file is watched (a watch on a folder with many entries takes milliseconds).
        draw()
        startWatching()
        // A save by someone else between reading the file and watching it is news too.
        if watching != nil, state.editing.base != nil { inbox.append(.dataFileChanged) }
        defer {
            watching?.stop()
            watching = nil
        }
        perform(initialEffects)
        initialEffects = []
        for check in initialChecks { inBackground { post in post(check.run()) } }
        initialChecks = []
        while !state.shouldQuit {
            let event = backend.nextEvent(timeoutMilliseconds: waitTimeout(), wakeUp: wakeUp)
            state.context.today = Self.today()
            var effects: [AppEffect] = []
            switch event {
            case .key(let key)?: effects += Update.apply(.key(key), to: &state)
            case .resize(let width, let height)?: effects += Update.apply(.resize(width: width, height: height), to: &state)
            case .terminate?:
                stoppedBy = event
                effects += Update.apply(.terminate, to: &state)
            case .hangup?:
                // The terminal is gone: nothing can be drawn any more.
                stoppedBy = event
                _ = Update.apply(.terminate, to: &state)
                finishSaving()
                return state
            case nil: break
            }
            // After the key, so a key pressed as a result arrives does not wipe the result's message.
            let results = inbox.takeAll()
            for result in results where isNews(result) { effects += Update.apply(result, to: &state) }
            // The demo's first save makes the data file (and its folder): from then on it is followed too,
            // and a save by someone else between that save and the watch is news at once.
            if watching == nil, results.contains(where: { if case .saveFinished = $0 { true } else { false } }) {
                startWatching()
                if watching != nil, isNews(.dataFileChanged) { effects += Update.apply(.dataFileChanged, to: &state) }
            }
            let nothingDue = [tickDue, saveDue].allSatisfy { $0.map { clock.now < $0 } ?? true }
            if event == nil, results.isEmpty, nothingDue, state.hasIdleWork {
                // Idle: a screen not on show catches up; nothing visible changed, so nothing is drawn.
                _ = Update.apply(.idle, to: &state)
                continue
            }
            if let due = saveDue, clock.now >= due {
                saveDue = nil
                effects += Update.apply(.saveDue, to: &state)
            }
            if let due = tickDue, clock.now >= due {
                tickDue = nil
                effects += Update.apply(.tick, to: &state)
            }
            perform(effects)
            if !state.shouldQuit { draw() }
        }
        finishSaving()
        return state
    }

    /// Today by the clock, in the local time zone.
    static func today() -> Day? {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        guard let year = parts.year, let month = parts.month, let day = parts.day else { return nil }
        return Day(year: year, month: month, day: day)
    }

    /// Follows the data file being saved to, when its folder exists (for the demo, once its first
    /// save has made it).
    private func startWatching() {
        guard let path = state.editing.target else { return }
        watching = FileWatching(path, inbox: inbox, wakeUp: wakeUp)
    }

    /// A watcher's news is news only when the file is no longer the version we read or saved last
    /// (our own saves wake it too).
    private func isNews(_ event: AppEvent) -> Bool {
        guard case .dataFileChanged = event, let path = state.editing.target else { return true }
        return FileIdentity.current(at: path) != state.editing.base?.identity
    }

    /// Before the program ends (a quit, a stop signal, a hang-up): the save under way finished and
    /// any change committed since saved, so every committed change is on disk.
    private func finishSaving() {
        for _ in 0..<3 {
            saveQueue.sync {}
            for result in inbox.takeAll() {
                if case .saveFinished = result { _ = Update.apply(result, to: &state) }
            }
            let effects = Update.apply(.saveDue, to: &state)
            guard case .save(let request)? = effects.first else { return }
            let outcome = saver.save(request.changes, working: request.working, base: request.base, to: request.path)
            _ = Update.apply(.saveFinished(outcome, count: request.changes.count), to: &state)
        }
    }

    /// Draws the frame; then, the first time a model is on screen, builds its search index in the
    /// background, so the frame never waits for it and the first `/` seldom does.
    private func draw() {
        backend.draw(AppView.render(state))
        guard state.model.generation != searchPreparedFor else { return }
        searchPreparedFor = state.model.generation
        let model = state.model
        DispatchQueue.global(qos: .utility).async { model.prepareSearch() }
    }

    /// How long input may be awaited with nothing else to do before a screen not on show is
    /// refreshed: long enough that a key typed in a run is not kept waiting behind one.
    private let idleMilliseconds = 60

    /// Milliseconds until the next tick or idle refresh, or -1 to wait for input alone.
    private func waitTimeout() -> Int {
        let idle = state.hasIdleWork ? idleMilliseconds : nil
        guard let due = [tickDue, saveDue].compactMap({ $0 }).min() else { return idle ?? -1 }
        let tick = max(0, Int(clock.now.duration(to: due) / .milliseconds(1)))
        return min(tick, idle ?? tick)
    }

    private func perform(_ effects: [AppEffect]) {
        for effect in effects {
            switch effect {
            case .quit: state.shouldQuit = true
            case .redraw: backend.invalidate()
            case .scheduleTick(let milliseconds): tickDue = clock.now + .milliseconds(milliseconds)
            case .load(let source): startLoading(source)
            case .saveSettings(let settings): save(settings)
            case .saveThresholds(let thresholds): save(thresholds)
            case .requestSave: saveDue = saveDue ?? clock.now + .milliseconds(saveDelayMilliseconds)
            case .save(let request): save(request)
            case .rebuildIndex(let dataset, let ticket):
                inBackground { post in post(.indexRebuilt(AppModel(index: RegionIndex(dataset)), ticket: ticket)) }
            }
        }
    }

    /// How long a requested save waits for more changes to go with it.
    private let saveDelayMilliseconds = 300

    /// Saves committed edits with `ChangeSaver` (lock, merge with another user's save, atomic write,
    /// journal) on the save queue.
    private func save(_ request: SaveRequest) {
        saveQueue.async { [saver, inbox, wakeUp] in
            let outcome = saver.save(request.changes, working: request.working, base: request.base, to: request.path)
            inbox.append(.saveFinished(outcome, count: request.changes.count))
            wakeUp.signal()
        }
    }

    private func save(_ settings: UserSettings) {
        guard let settingsFile else { return }
        settingsQueue.async { [inbox, wakeUp] in
            do throws(StoreError) {
                try settingsFile.save(settings)
            } catch {
                inbox.append(.settingsNotSaved(error))
                wakeUp.signal()
            }
        }
    }

    /// Saves the thresholds into the data file on show, in the background; the built-in demo has
    /// no file to save into.
    private func save(_ thresholds: FlagThresholds) {
        guard let source = state.source, case .file(let path, _) = source else {
            inbox.append(.thresholdsNotSaved(nil))
            wakeUp.signal()
            return
        }
        inBackground { post in
            do throws(StoreError) {
                post(.thresholdsSaved(try ThresholdSaver().save(thresholds, to: path, source: source)))
            } catch {
                post(.thresholdsNotSaved(error))
            }
        }
    }

    private func startLoading(_ source: DataSource) {
        let loader = loader
        inBackground { post in
            do throws(StoreError) {
                try loader.load(source, report: post)
            } catch {
                post(.loadFailed(error))
            }
        }
    }

    /// Runs `work` on a background queue; each event it posts wakes the runtime's thread.
    private func inBackground(_ work: @escaping @Sendable (_ post: (AppEvent) -> Void) -> Void) {
        DispatchQueue.global(qos: .userInitiated).async { [inbox, wakeUp] in
            work { event in
                inbox.append(event)
                wakeUp.signal()
            }
        }
    }
}

/// Events posted by background work, taken by the runtime's thread after each wake-up.
final class EventInbox: Sendable {
    private let events = Mutex<[AppEvent]>([])

    func append(_ event: AppEvent) { events.withLock { $0.append(event) } }

    /// Every event posted since the last call, oldest first.
    func takeAll() -> [AppEvent] {
        events.withLock { events in
            defer { events.removeAll() }
            return events
        }
    }
}
