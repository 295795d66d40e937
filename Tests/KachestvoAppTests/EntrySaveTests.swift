import Bilingual
import Foundation
import TestSupport
@testable import KachestvoApp
import KachestvoCore
import KachestvoStore
import TerminalKit
import Testing

/// The edit loop through the whole runtime on a real data file: the key commits, the save runs in
/// the background through `ChangeSaver`, the saved event comes back, and the file and the journal
/// have the change; another process's save is merged, and a clash is asked about.
@Suite(.serialized) struct EntrySaveTests {
    /// The dashboard on the fixture saved at a new temporary path, ready to save its edits there.
    private func opened() throws -> (AppState, String) {
        let path = try AppFixture.savedFile()
        let loaded = try DataStore().load(path)
        var state = AppFixture.state()
        state.context.model = AppModel(index: RegionIndex(loaded.dataset))
        state.source = .file(path: path, origin: .argument)
        state.editing.target = path
        state.editing.base = loaded.version
        AppFixture.type([.character("j"), .enter, .enter], into: &state)
        return (state, path)
    }

    private let saver = ChangeSaver(author: JournalAuthor(user: "methodist", client: "10.0.0.7"))

    @Test func anEditIsSavedInTheBackgroundAndJournalled() throws {
        let (state, path) = try opened()
        let backend = ScriptedBackend(width: 80, height: 24, script: [
            .key(.character("e")), .key(.tab), .key(.tab), .key(.tab), .key(.tab), .key(.tab), .key(.ctrl("u")),
            .key(.character("1")), .key(.character("7")), .key(.character("5")), .key(.enter),
            .waitForText("сохранено"),
        ])
        let final = DashboardRuntime(backend: backend, state: state, saver: saver).run()
        #expect(!backend.workTimedOut)
        let onDisk = try DataStore().load(path)
        #expect(onDisk.dataset.organisations.first { $0.id == "org-09" }?.pupils == 175, "the file has the change")
        #expect(final.editing.unsaved.isEmpty && final.editing.status == .saved)
        #expect(final.editing.base == onDisk.version, "the saved version is the next save's base")
        let journal = try String(contentsOfFile: AuditJournal.path(forDataFile: path), encoding: .utf8)
        let lines = journal.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines[0].contains("\"user\": \"methodist\"") && lines[0].contains("\"field\": \"pupils\""), "\(journal)")
        #expect(lines[0].contains("10.0.0.7"))
    }

    @Test func changesCommittedJustBeforeQuittingAreOnDisk() throws {
        let (state, path) = try opened()
        let backend = ScriptedBackend(width: 80, height: 24, script: [
            .key(.character("e")), .key(.character("!")), .key(.enter), .key(.character("q")),
        ])
        DashboardRuntime(backend: backend, state: state, saver: saver).run()
        let onDisk = try DataStore().load(path).dataset
        #expect(onDisk.organisations.first { $0.id == "org-09" }?.name == "МКОУ Палецкая СОШ!", "saved on the way out")
    }

    @Test func anotherProcessesSaveOfOtherRecordsIsMergedAndTheSameFieldIsAskedAbout() throws {
        let (opened, path) = try opened()
        var state = opened
        // Another user changes Палецкая's teachers and name meanwhile.
        var theirs = try DataStore().load(path)
        let index = theirs.dataset.organisations.firstIndex { $0.id == "org-09" }!
        theirs.dataset.organisations[index].teachers = 99
        theirs.dataset.organisations[index].name = "Их название"
        _ = try DataStore().save(theirs.dataset, to: path, expecting: theirs.version)
        // This user renames it too, and changes its pupils.
        AppFixture.type([.character("e"), .ctrl("u")] + AppFixture.text("Моё название")
                        + [.tab, .tab, .tab, .tab, .tab, .ctrl("u")] + AppFixture.text("175") + [.enter], into: &state)
        guard case .save(let request)? = Update.apply(.saveDue, to: &state).first else {
            Issue.record("a save is due")
            return
        }
        let outcome = saver.save(request.changes, working: request.working, base: request.base, to: request.path)
        let effects = Update.apply(.saveFinished(outcome, count: request.changes.count), to: &state)
        #expect(state.editing.status == .conflict)
        guard case .conflict(let question)? = state.overlay else {
            Issue.record("the clash is asked about")
            return
        }
        #expect(question.conflict.field == "name")
        let screen = AppFixture.screen(state).joined(separator: "\n")
        #expect(screen.contains("Моё название") && screen.contains("Их название"), "both values are shown:\n\(screen)")
        if case .rebuildIndex(let dataset, let ticket)? = effects.first {
            _ = Update.apply(.indexRebuilt(AppModel(index: RegionIndex(dataset)), ticket: ticket), to: &state)
        }
        let merged = try #require(EntryKeyScriptTests.organisation("org-09", state))
        #expect(merged.teachers == 99 && merged.pupils == 175, "their other field and mine are both kept")
        #expect(merged.name == "Их название", "theirs stays until the user chooses")
        AppFixture.type([.character("y")], into: &state)
        #expect(EntryKeyScriptTests.organisation("org-09", state)?.name == "Моё название", "mine chosen")
        guard case .save(let second)? = Update.apply(.saveDue, to: &state).first else {
            Issue.record("the choice is saved")
            return
        }
        _ = Update.apply(.saveFinished(saver.save(second.changes, working: second.working, base: second.base, to: path),
                                       count: second.changes.count), to: &state)
        let onDisk = try DataStore().load(path).dataset.organisations.first { $0.id == "org-09" }
        #expect(onDisk?.name == "Моё название" && onDisk?.teachers == 99 && onDisk?.pupils == 175, "nothing lost")
        #expect(state.editing.status == .saved)
    }

    @Test func anotherProcessesSaveIsReadAgainKeepingTheSelection() throws {
        let (state, path) = try opened()
        let loaded = try DataStore().load(path)
        var dataset = loaded.dataset
        dataset.organisations[dataset.organisations.firstIndex { $0.id == "org-09" }!].teachers = 77
        let theirs = dataset
        let backend = ScriptedBackend(width: 80, height: 24, script: [.waitForText("другим пользователем")])
        let runtime = DashboardRuntime(backend: backend, state: state, saver: saver)
        // Whenever it lands — before the watcher starts (checked then) or after — it is read again.
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) {
            _ = try? DataStore().save(theirs, to: path, expecting: loaded.version)
        }
        let final = runtime.run()
        #expect(!backend.workTimedOut, "the watcher woke the runtime")
        #expect(final.model.dataset.organisations.first { $0.id == "org-09" }?.teachers == 77)
        #expect(AppFixture.focusedName(final) == "МКОУ Палецкая СОШ", "the selection is where it was")
    }

    /// The built-in demo with «МКОУ Палецкая СОШ» selected, saving to a default data file not made
    /// yet (in a new folder): the state, the folder and the file's path.
    private func demo() -> (AppState, String, String) {
        let folder = TemporaryFolder.make("demo") + "/data-home"
        let path = folder + "/kachestvo/data.json"
        var state = AppFixture.state()
        state.source = .builtInDemo
        state.editing.target = path
        AppFixture.type([.character("j"), .enter, .enter], into: &state)
        return (state, folder, path)
    }

    @Test func theDemoRegionsEditsAreSavedToTheDefaultDataFileWithANotice() throws {
        var (state, _, path) = demo()
        AppFixture.type([.character("e"), .character("!"), .enter], into: &state)
        guard case .save(let request)? = Update.apply(.saveDue, to: &state).first else {
            Issue.record("the demo's edit is saved, not dropped")
            return
        }
        #expect(request.base == nil, "a new file")
        _ = Update.apply(.saveFinished(saver.save(request.changes, working: request.working, base: nil, to: path),
                                       count: request.changes.count), to: &state)
        let onDisk = try DataStore().load(path).dataset
        #expect(onDisk.organisations.first { $0.id == "org-09" }?.name == "МКОУ Палецкая СОШ!")
        #expect(state.source == .file(path: path, origin: .xdg), "the file is the one read from now on")
        #expect(state.message == "Изменения демо-области сохранены в файл \(path)")
        #expect(state.editing.status == .saved)
    }

    @Test func theDemosFirstSaveStartsFollowingTheFileItMade() throws {
        let (state, folder, path) = demo()
        #expect(!FileManager.default.fileExists(atPath: folder), "nothing to watch when the dashboard starts")
        let backend = ScriptedBackend(width: 80, height: 24, script: [
            .key(.character("e")), .key(.character("!")), .key(.enter), .waitForText("сохранены в файл"),
            .waitForText("другим пользователем"),
        ])
        // Another user's save, as soon as the demo's first save has made the file (and its journal).
        let journal = AuditJournal.path(forDataFile: path)
        DispatchQueue.global().async {
            for _ in 0..<4_000 where !FileManager.default.fileExists(atPath: journal) { usleep(5_000) }
            guard let loaded = try? DataStore().load(path) else { return }
            var dataset = loaded.dataset
            dataset.organisations[dataset.organisations.firstIndex { $0.id == "org-09" }!].teachers = 77
            _ = try? DataStore().save(dataset, to: path, expecting: loaded.version)
        }
        let final = DashboardRuntime(backend: backend, state: state, saver: saver).run()
        #expect(!backend.workTimedOut, "the watcher started by the first save woke the runtime")
        let school = final.model.dataset.organisations.first { $0.id == "org-09" }
        #expect(school?.teachers == 77 && school?.name == "МКОУ Палецкая СОШ!", "their change is shown beside ours")
    }
}
