import Foundation
@testable import KachestvoApp
import KachestvoCore
import KachestvoStore
import TerminalKit
import Testing

/// The whole runtime loop without a terminal: keys in through `ScriptedBackend`, effects run (a real
/// background load of a real file), results back as events, and the frames that come out.
@Suite struct RuntimeLoopTests {
    /// A dashboard showing the fixture's outline of `path` with the full load started, as the
    /// `kachestvo` command opens a large file.
    private func openingOutline(of path: String) -> (AppState, [AppEffect]) {
        var state = AppState(model: AppModel(index: RegionIndex(AppFixture.outline())), language: .ru,
                             width: 80, height: 24, themes: [Theme.builtInDefault], colorDepth: .none)
        let source = DataSource.file(path: path, origin: .argument)
        state.source = source
        let effects = Update.beginLoading(source, &state)
        return (state, effects)
    }

    @Test func keysWorkWhileFiguresLoadAndTheSelectionSurvivesTheirArrival() throws {
        let (state, effects) = openingOutline(of: try AppFixture.savedFile())
        #expect(effects.contains(.load(state.source!)))
        let backend = ScriptedBackend(width: 80, height: 24, script: [
            .key(.character("j")), .key(.enter), .key(.enter), .waitForText("49,0"),
        ])
        let final = DashboardRuntime(backend: backend, state: state, effects: effects).run()
        #expect(!backend.workTimedOut)
        let first = TestBackend.text(of: try #require(backend.frames.first))
        #expect(first.contains("| Чтение файла…"), "the first frame says the file is being read")
        #expect(first.contains("МБОУ гимназия № 1"), "and already shows the network")
        #expect(!first.contains("Флагов нет") && !first.contains("Нет данных о финансировании"),
                "figures not read yet are said to be loading, not missing")
        #expect(AppFixture.focusedName(final) == "МКОУ Палецкая СОШ", "keys moved while loading; the place survived")
        let last = TestBackend.text(of: try #require(backend.lastFrame))
        #expect(last.contains("49,0"), "the school's figures arrived")
        #expect(last.contains("Низкие результаты"), "and its flags")
        #expect(final.context.loading == nil)
        #expect(final.failure == nil)
    }

    @Test func redrawGoesThroughTheCommandTableToTheBackend() {
        let backend = ScriptedBackend(width: 80, height: 24, script: [.key(.ctrl("l")), .key(.character("q"))])
        let final = DashboardRuntime(backend: backend, state: AppFixture.state()).run()
        #expect(backend.invalidations == 1)
        #expect(final.shouldQuit)
        #expect(backend.frames.count == 2, "the first frame and the one after Ctrl-L; none after q")
    }

    @Test func theRuntimeSaysWhetherASignalOrTheUserEndedIt() {
        let quit = DashboardRuntime(backend: ScriptedBackend(width: 80, height: 24, script: [.key(.character("q"))]),
                                    state: AppFixture.state())
        quit.run()
        #expect(quit.stoppedBy == nil, "q is the user's choice")
        let signalled = DashboardRuntime(backend: ScriptedBackend(width: 80, height: 24, script: [.key(.character("j"))]),
                                         state: AppFixture.state())
        signalled.run()
        #expect(signalled.stoppedBy == .terminate(.terminate), "the script's end is reported as SIGTERM")
    }

    @Test func aFileThatTurnsOutBrokenIsReportedAndNothingIsWritten() throws {
        let path = try AppFixture.savedFile()
        var text = try String(contentsOfFile: path, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"participants\": 24", with: "\"participants\": \"many\"")
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let (state, effects) = openingOutline(of: path)
        let backend = ScriptedBackend(width: 80, height: 24, script: [
            .waitForText("Ошибка в файле данных"), .key(.character("j")), .key(.escape),
        ])
        let final = DashboardRuntime(backend: backend, state: state, effects: effects).run()
        let failure = try #require(final.failure)
        #expect(failure.message(.ru).contains("participants"), "the message names the field: \(failure.message(.ru))")
        #expect(final.shouldQuit, "Esc closes the program once the error is shown")
        #expect(TestBackend.text(of: try #require(backend.lastFrame)).contains("Файл не изменён"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func reloadReadsTheFileAgainAndKeepsThePlace() throws {
        let path = try AppFixture.savedFile()
        var state = AppFixture.state()
        state.source = .file(path: path, origin: .argument)
        AppFixture.type([.character("j"), .enter, .enter], into: &state)
        var changed = AppFixture.dataset()
        changed.organisations.reverse()
        let school = try #require(changed.organisations.firstIndex { $0.id == "org-09" })
        changed.organisations[school].name = "МКОУ Палецкая СОШ (переименована)"
        try DataStore().save(changed, to: path, expecting: nil)
        let backend = ScriptedBackend(width: 80, height: 24, script: [
            .key(.function(5)), .waitForText("Показатели загружены"),
        ])
        let final = DashboardRuntime(backend: backend, state: state).run()
        #expect(AppFixture.focusedName(final) == "МКОУ Палецкая СОШ (переименована)", "same school by id, new name")
        #expect(TestBackend.text(of: try #require(backend.lastFrame)).contains("(переименована)"))
    }

    @Test func ticksTurnTheSpinnerOnlyWhileLoading() throws {
        let (loading, _) = openingOutline(of: "/nonexistent")
        var state = loading
        #expect(Update.apply(.tick, to: &state) == [.scheduleTick(milliseconds: Update.spinnerMilliseconds)])
        #expect(state.spinnerFrame == 1)
        _ = Update.apply(.loaded(LoadedRegion(model: AppFixture.state().model, source: .builtInDemo,
                                              seconds: 0.5)), to: &state)
        #expect(Update.apply(.tick, to: &state).isEmpty, "idle once loaded: no timer keeps waking the process")
        #expect(state.message == "Показатели загружены (0,5 с)")
        _ = Update.apply(.validated(problems: 0, path: "data.json"), to: &state)
        #expect(state.message == "Показатели загружены (0,5 с)", "a clean check says nothing more")
        _ = Update.apply(.validated(problems: 3, path: "data.json"), to: &state)
        #expect(state.message == "Ошибок в данных: 3 — kachestvo validate data.json")
    }

    @Test func resizeFromTheBackendReachesTheLayout() throws {
        let backend = ScriptedBackend(width: 80, height: 24, script: [.resize(width: 120, height: 40)])
        _ = DashboardRuntime(backend: backend, state: AppFixture.state()).run()
        let last = try #require(backend.lastFrame)
        #expect(last.width == 120 && last.height == 40)
    }
}

/// The background loader and the snapshot cache: a file read whole gets a snapshot once its region
/// is delivered, and the next load reads the snapshot.
@Suite struct RegionLoaderTests {
    @Test func aFileReadWholeIsSnapshottedAfterDeliveryAndReopenedFromIt() throws {
        let path = try AppFixture.savedFile()
        let folder = (path as NSString).deletingLastPathComponent + "/cache"
        let loader = RegionLoader(cache: SnapshotCache(folder: folder))
        let snapshot = try #require(loader.cache?.snapshotPath(for: path))
        var seenAtDelivery: Bool?
        var reports: [String] = []
        try loader.load(.file(path: path, origin: .argument)) { event in
            switch event {
            case .loadProgress: reports.append("progress")
            case .loaded:
                reports.append("loaded")
                seenAtDelivery = FileManager.default.fileExists(atPath: snapshot)
            case .validated(let problems, _): reports.append("validated \(problems)")
            default: reports.append("other")
            }
        }
        #expect(reports == ["progress", "loaded", "validated 0"], "the figures come before the check")
        #expect(seenAtDelivery == false, "the region is delivered before the snapshot is written")
        #expect(FileManager.default.fileExists(atPath: snapshot))
        let written = try FileManager.default.attributesOfItem(atPath: snapshot)[.modificationDate] as? Date
        let reopened = try loader.read(.file(path: path, origin: .argument)).region
        #expect(reopened.model.dataset == (try DataStore().load(path)).dataset, "the snapshot gives what the file gives")
        #expect(try FileManager.default.attributesOfItem(atPath: snapshot)[.modificationDate] as? Date == written,
                "a valid snapshot is read, not written again")
    }
}
