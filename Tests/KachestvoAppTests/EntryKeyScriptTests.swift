import Bilingual
import Foundation
@testable import KachestvoApp
import KachestvoCore
import KachestvoStore
import TerminalKit
import Testing

/// Data entry as key scripts through `Update.apply`: the organisation form with Cyrillic typing and
/// the data's rules shown as a field is left, the commit applied to the model and queued for saving,
/// undo and redo, the results grid, and refusals (read-only, outside the scope, references).
@Suite struct EntryKeyScriptTests {
    /// The fixture with «МКОУ Палецкая СОШ» selected on the Network screen.
    static func atSchool(language: Language = .ru) -> AppState {
        var state = AppFixture.state(language: language)
        AppFixture.type([.character("j"), .enter, .enter], into: &state)
        return state
    }

    /// As `atSchool`, with Палецкая's 2018 means as the data has them: 64.13 (ЕГЭ) and 4.0 (ОГЭ).
    static func atSchoolWithPreciseMeans(language: Language = .ru) -> AppState {
        var dataset = AppFixture.dataset()
        for index in dataset.examResults.indices where dataset.examResults[index].organisationId == "org-09"
            && dataset.examResults[index].year == 2018 {
            let isEGE = dataset.examResults[index].subjectId == AppFixture.rus
            dataset.examResults[index].mean = isEGE ? 64.13 : 4.0
            if !isEGE { dataset.examResults[index].marks = MarkCounts(two: 0, three: 2, four: 6, five: 2) }
        }
        var state = AppState(model: AppModel(index: RegionIndex(dataset)), language: language, width: 80, height: 24,
                             themes: [Theme.builtInDefault], colorDepth: .none)
        AppFixture.type([.character("j"), .enter, .enter], into: &state)
        return state
    }

    static func organisation(_ id: Identifier<Organisation>, _ state: AppState) -> Organisation? {
        EditLoop.working(state).organisations.first { $0.id == id }
    }

    private func form(_ state: AppState) -> RecordEditor? {
        if case .recordForm(let editor)? = state.overlay { return editor }
        return nil
    }

    private func organisation(_ editor: RecordEditor) -> Organisation? {
        if case .organisation(let org) = editor.original { return org }
        return nil
    }

    @Test func aRenameTypedInCyrillicIsAppliedAtOnceAndQueuedForSaving() throws {
        var state = Self.atSchool()
        #expect(AppFixture.focusedName(state) == "МКОУ Палецкая СОШ")
        AppFixture.type([.character("e")], into: &state)
        let editor = try #require(form(state), "e opens the card")
        #expect(organisation(editor)?.id == "org-09" && !editor.isNew)
        let effects = AppFixture.type([.ctrl("u")] + AppFixture.text("МКОУ Палецкая школа «Ёлочка»") + [.enter], into: &state)
        #expect(state.overlay == nil, "Enter committed and closed the form")
        #expect(Self.organisation("org-09", state)?.name == "МКОУ Палецкая школа «Ёлочка»", "the working data has it at once")
        #expect(effects.contains(.requestSave), "a save is asked for")
        #expect(state.editing.unsaved.count == 1 && state.editing.history.canUndo)
        #expect(state.editing.status == .saving)
        // A rename needs the index rebuilt: that runs in the background, and arrives as an event.
        guard case .rebuildIndex(let dataset, let ticket)? = effects.first(where: {
            if case .rebuildIndex = $0 { return true } else { return false }
        }) else {
            Issue.record("a rename is indexed by a rebuild")
            return
        }
        _ = Update.apply(.indexRebuilt(AppModel(index: RegionIndex(dataset)), ticket: ticket), to: &state)
        #expect(state.model.dataset.organisations.first { $0.id == "org-09" }?.name == "МКОУ Палецкая школа «Ёлочка»")
        #expect(AppFixture.focusedName(state) == "МКОУ Палецкая школа «Ёлочка»", "the selection stayed on the school")
        #expect(AppFixture.screen(state).contains { $0.contains("сохранение…") }, "the status bar says it is being saved")
    }

    @Test func theSaveDueCarriesEveryUnsavedChangeAndItsResultEmptiesTheQueue() throws {
        var state = Self.atSchool()
        state.editing.target = "/nonexistent/data.json"
        AppFixture.type([.character("e"), .ctrl("u")] + AppFixture.text("Школа") + [.enter], into: &state)
        AppFixture.type([.character("u")], into: &state)
        let due = Update.apply(.saveDue, to: &state)
        guard case .save(let request)? = due.first else {
            Issue.record("saveDue gives a save")
            return
        }
        #expect(request.changes.count == 2, "the edit and its undo go in one save")
        #expect(request.path == "/nonexistent/data.json")
        #expect(Update.apply(.saveDue, to: &state).isEmpty, "no second save while one runs")
        let error = StoreError(.deletedSinceLoad(revision: 1), file: "/nonexistent/data.json")
        _ = Update.apply(.saveFinished(.failed(error), count: 2), to: &state)
        #expect(state.editing.unsaved.count == 2, "a failed save keeps the changes for the retry")
        #expect(AppFixture.screen(state).last?.contains("не сохранено") == true)
        #expect(state.message?.contains("Ctrl-S") == true, "and says how to retry")
        guard case .save? = AppFixture.type([.ctrl("s")], into: &state).first else {
            Issue.record("Ctrl-S saves again")
            return
        }
    }

    @Test func aFieldIsCheckedByTheDatasRulesAsItIsLeft() throws {
        var state = Self.atSchool()
        AppFixture.type([.character("e"), .backTab] + AppFixture.text("лицей") + [.tab], into: &state)
        let editor = try #require(form(state))
        #expect(editor.form["centreId"]?.text == "org-01", "the picker chose «МАОУ лицей № 9» by typing")
        let message = try #require(editor.form["centreId"]?.message, "a school's centre must be a УМЦ")
        #expect(message.contains("УМЦ"), "\(message)")
        let screen = AppFixture.screen(state).joined(separator: "\n")
        #expect(screen.contains("! " + message.prefix(20)), "the message is shown under the field")
        AppFixture.type([.enter], into: &state)
        #expect(form(state) != nil, "a form with an error is not committed")
        #expect(state.editing.unsaved.isEmpty)
    }

    @Test func undoAndRedoRestoreTheValuesAsChangesOfTheirOwn() {
        var state = Self.atSchool()
        AppFixture.type([.character("e"), .tab, .tab, .tab, .tab, .tab, .ctrl("u")] + AppFixture.text("175") + [.enter],
                        into: &state)
        #expect(Self.organisation("org-09", state)?.pupils == 175)
        AppFixture.type([.character("u")], into: &state)
        #expect(Self.organisation("org-09", state)?.pupils == 150, "u put the old value back")
        #expect(state.message?.hasPrefix("Отменено") == true)
        AppFixture.type([.ctrl("r")], into: &state)
        #expect(Self.organisation("org-09", state)?.pupils == 175, "Ctrl-R made it again")
        #expect(state.editing.unsaved.count == 3, "the edit, the undo and the redo are all saved")
        AppFixture.type([.ctrl("r")], into: &state)
        #expect(state.message == "Нечего повторять")
    }

    @Test(arguments: [Language.ru, .en])
    func theStatusBarNamesTheSchoolAndTheFieldInTheUsersLanguage(language: Language) {
        var state = Self.atSchool(language: language)
        AppFixture.type([.character("e"), .tab, .tab, .tab, .tab, .tab, .ctrl("u")] + AppFixture.text("175") + [.enter],
                        into: &state)
        let expected = language == .ru ? "Изменено: организация «МКОУ Палецкая СОШ» (обучающихся)"
            : "Changed organisation «МКОУ Палецкая СОШ» (pupils)"
        #expect(state.message == expected)
        #expect(state.editing.unsaved.last?.edits.map(\.field) == ["pupils"], "the journal's field is the JSON key")
    }

    @Test func escOnAChangedFormAsksBeforeDiscarding() throws {
        var state = Self.atSchool()
        AppFixture.type([.character("e"), .character("!"), .escape], into: &state)
        #expect(try #require(form(state)).discard != nil, "asked")
        AppFixture.type([.character("n")], into: &state)
        #expect(try #require(form(state)).discard == nil, "no: back to the form")
        AppFixture.type([.escape, .character("y")], into: &state)
        #expect(state.overlay == nil && state.editing.unsaved.isEmpty, "yes: closed, nothing changed")
    }

    @Test func aNewSchoolGoesUnderTheSelectedCentre() throws {
        var state = Self.atSchool()
        AppFixture.type([.character("a")], into: &state)
        let editor = try #require(form(state))
        #expect(editor.isNew && organisation(editor)?.centreId == "org-04", "under Палецкая's УМЦ")
        #expect(organisation(editor)?.id == "org-11", "a fresh id like the others")
        AppFixture.type(AppFixture.text("МКОУ Новая СОШ") + [.enter], into: &state)
        #expect(Self.organisation("org-11", state)?.name == "МКОУ Новая СОШ")
        #expect(state.message == "Добавлена школа «МКОУ Новая СОШ»")
    }

    @Test func aDeleteAsksFirstAndIsRefusedWhileOthersReferToIt() {
        var state = Self.atSchool()
        AppFixture.type([.character("d")], into: &state)
        #expect(state.overlay == nil, "Палецкая has results and a support case")
        #expect(state.message?.hasPrefix("Удалить нельзя") == true, "\(state.message ?? "")")
        var fresh = Self.atSchool()
        AppFixture.type([.character("a")] + AppFixture.text("Пустая") + [.enter], into: &fresh)
        EntryInput.open(.delete("org-11"), &fresh)
        guard case .deleteQuestion? = fresh.overlay else {
            Issue.record("a school nothing refers to is asked about")
            return
        }
        AppFixture.type([.character("y")], into: &fresh)
        #expect(Self.organisation("org-11", fresh) == nil, "deleted")
    }

    @Test func readOnlySaysWhyNothingCanBeChanged() {
        var state = Self.atSchool()
        state.editing.readOnly = BilingualText(ru: "файл только для чтения", en: "the file is read-only")
        AppFixture.type([.character("e")], into: &state)
        #expect(state.overlay == nil)
        #expect(state.message == "Ничего нельзя изменить: файл только для чтения")
        AppFixture.type([.character("u")], into: &state)
        #expect(state.message == "Ничего нельзя изменить: файл только для чтения")
        #expect(AppFixture.screen(state).last?.contains("только чтение") == true, "the status bar says read-only")
    }

    @Test func aScopedUsersEditOutsideTheScopeIsRefusedWithTheReason() throws {
        var state = Self.atSchool()
        state.editing.scope = try EditScope.parse("umc:org-05", in: state.model.dataset).get()
        AppFixture.type([.character("e")], into: &state)
        #expect(state.overlay == nil, "Палецкая is under another УМЦ")
        #expect(state.message?.hasPrefix("Вне вашей области правки: ") == true, "\(state.message ?? "")")
        let rename = Change([Edit(record: .organisation("org-09"), field: "name", old: .text("МКОУ Палецкая СОШ"), new: .text("x"))],
                            summary: BilingualText(ru: "x", en: "x"))
        #expect(EditLoop.commit(rename, &state).isEmpty)
        #expect(Self.organisation("org-09", state)?.name == "МКОУ Палецкая СОШ", "nothing changed")
        let inside = Change([Edit(record: .organisation("org-10"), field: "pupils", old: .integer(650), new: .integer(651))],
                            summary: BilingualText(ru: "y", en: "y"))
        #expect(EditLoop.commit(inside, &state).contains(.requestSave), "a school of org-05 may be changed")
    }

    @Test func theGridCommitsOneChangeForTheSchoolAndYear() throws {
        var state = Self.atSchool()
        AppFixture.type([.character("r")], into: &state)
        guard case .resultsGrid(let editor)? = state.overlay else {
            Issue.record("r opens the grid")
            return
        }
        #expect(editor.year == 2018 && editor.grid.rowLabels == ["ЕГЭ Русский язык", "ОГЭ Математика"])
        #expect(editor.grid.cells[0] == ["24", "49,0", "3", "1", "0"])
        AppFixture.type([.tab] + AppFixture.text("51,5") + [.enter, .ctrl("s")], into: &state)
        #expect(state.overlay == nil)
        let result = EditLoop.working(state).examResults.first { $0.organisationId == "org-09" && $0.year == 2018 && $0.subjectId == AppFixture.rus }
        #expect(result?.mean == 51.5)
        #expect(state.editing.rebuild == nil, "results are applied along the school's path, without a rebuild")
        let org = try #require(state.model.index.organisationIndex["org-09"])
        let slot = try #require(state.model.digest.years.firstIndex(of: 2018))
        #expect(state.model.digest.headlineMeans[slot][org] == 51.5, "the column's figure follows at once")
        #expect(state.editing.unsaved.count == 1 && state.editing.unsaved[0].edits.count == 1)
    }

    @Test(arguments: [Language.ru, .en])
    func theGridShowsMeansAtTheSubjectsDigitsAndTakesWhatIsTypedAsTyped(language: Language) throws {
        var state = Self.atSchoolWithPreciseMeans(language: language)
        AppFixture.type([.character("r")], into: &state)
        guard case .resultsGrid(let editor)? = state.overlay else {
            Issue.record("r opens the grid")
            return
        }
        let point = language == .ru ? "," : "."
        #expect(editor.grid.cells.map { $0[1] } == ["64\(point)1", "4\(point)00"], "ЕГЭ to one decimal, the ОГЭ mark to two")
        #expect(editor.grid.cells[0][0] == "24" && editor.grid.cells[1][2] == "0", "counts whole")
        AppFixture.type([.ctrl("s")], into: &state)
        #expect(state.overlay == nil && state.editing.unsaved.isEmpty, "a grid left as shown changes nothing (64.13 stays)")
        AppFixture.type([.character("r"), .tab] + AppFixture.text("51\(point)25") + [.enter], into: &state)
        guard case .resultsGrid(let typed)? = state.overlay else {
            Issue.record("the grid stays open while editing")
            return
        }
        #expect(typed.grid.cells[0][1] == "51\(point)25", "the cell keeps what was typed")
        AppFixture.type([.ctrl("s")], into: &state)
        let results = EditLoop.working(state).examResults.filter { $0.organisationId == "org-09" && $0.year == 2018 }
        #expect(results.first { $0.subjectId == AppFixture.rus }?.mean == 51.25, "taken as typed")
        #expect(results.first { $0.subjectId == AppFixture.math }?.mean == 4.0, "the untouched mean is as it was")
    }

    @Test func aGridCellBreakingTheRulesIsRefusedWithTheMessage() throws {
        var state = Self.atSchool()
        AppFixture.type([.character("r"), .tab, .tab] + AppFixture.text("30") + [.enter], into: &state)
        guard case .resultsGrid(let editor)? = state.overlay else {
            Issue.record("the grid stays open")
            return
        }
        let message = try #require(editor.grid.messages.values.first, "30 below the minimum of 24 participants")
        #expect(!message.isEmpty)
        #expect(AppFixture.screen(state).joined().contains(message.prefix(15)), "shown: \(message)")
    }

    @Test func theFinancingFormChecksARaisedCoefficientAndCommitsTheYearsRecord() throws {
        var state = Self.atSchool()
        AppFixture.type([.character("m"), .tab, .ctrl("u")] + AppFixture.text("0,9") + [.tab], into: &state)
        let editor = try #require(form(state), "m opens the school's financing for the year")
        #expect(editor.form["coefficient"]?.message?.contains("1,00") == true, "a raised coefficient must be above 1")
        AppFixture.type([.backTab, .ctrl("u")] + AppFixture.text("1,25") + [.enter], into: &state)
        #expect(state.overlay == nil)
        let financing = EditLoop.working(state).financing.first { $0.organisationId == "org-09" && $0.year == 2018 }
        #expect(financing?.coefficient == 1.25 && financing?.raised == true)
    }

    @Test func aSupportCaseMovesOnWithItsDayAndCommentAndAnEarlierDayIsRefused() throws {
        var state = AppFixture.state()
        AppFixture.type([.character("5"), .character("j"), .character("e")], into: &state)
        guard case .caseForm(let editor)? = state.overlay else {
            Issue.record("e on a case opens its status form")
            return
        }
        #expect(editor.supportCase.id == "case-1" && editor.form["status"]?.text == "monitoring", "the next allowed status first")
        AppFixture.type([.tab, .ctrl("u")] + AppFixture.text("01.01.2018") + [.tab] + AppFixture.text("Диагностика проведена") + [.enter],
                        into: &state)
        guard case .caseForm(let refused)? = state.overlay else {
            Issue.record("a day before the case was opened is refused in the form")
            return
        }
        #expect(refused.form["day"]?.message?.contains("15.09.2018") == true, "\(refused.form["day"]?.message ?? "")")
        AppFixture.type([.ctrl("u")] + AppFixture.text("01.03.2019") + [.enter], into: &state)
        #expect(state.overlay == nil)
        let moved = try #require(EditLoop.working(state).supportCases.first { $0.id == "case-1" })
        #expect(moved.status == .monitoring)
        #expect(moved.transitions.last?.comment == "Диагностика проведена" && moved.transitions.last?.day == Day(iso: "2019-03-01"))
    }

    @Test func thresholdsSavedMeanwhileDoNotTakeAwayChangesStillToBeSaved() throws {
        var state = Self.atSchool()
        AppFixture.type([.character("e"), .tab, .tab, .tab, .tab, .tab, .ctrl("u")] + AppFixture.text("175") + [.enter],
                        into: &state)
        let region = LoadedRegion(model: AppModel(index: RegionIndex(AppFixture.dataset())), source: .builtInDemo, seconds: 0)
        let effects = Update.apply(.thresholdsSaved(region), to: &state)
        #expect(effects.contains(.requestSave))
        #expect(Self.organisation("org-09", state)?.pupils == 175, "the unsaved change is put back on the saved region")
        #expect(state.editing.unsaved.count == 1)
    }

    @Test func aSchoolMovedToAnotherCentreMovesInTheNetwork() throws {
        var state = Self.atSchool()
        AppFixture.type([.character("e"), .backTab] + AppFixture.text("12") + [.tab, .enter], into: &state)
        #expect(state.overlay == nil, "\(state.message ?? "")")
        #expect(Self.organisation("org-09", state)?.centreId == "org-03", "now under «МБОУ СОШ № 12»")
        let index = state.model.index
        let node = try #require(index.node(for: .organisation("org-09"), in: .network))
        let parent = index.hierarchy(.network).parents[node]
        #expect(index.key(of: parent, in: .network) == .organisation("org-03"), "the network tree has it under its new УМЦ")
    }

    @Test func anEntryKeyWithNoOrganisationSelectedSaysWhatToDo() {
        var state = AppFixture.state()
        AppFixture.type([.escape, .character("e")], into: &state)
        #expect(state.overlay == nil && state.message == "Сначала выберите организацию")
    }

    @Test func aStepIsAddedToTheSelectedCasesPlan() throws {
        var state = AppFixture.state()
        AppFixture.type([.character("5"), .character("j"), .character("a")] + AppFixture.text("Семинар для учителей") + [.tab]
                        + AppFixture.text("15.04.2019") + [.enter], into: &state)
        #expect(state.overlay == nil)
        let plan = try #require(EditLoop.working(state).supportCases.first { $0.id == "case-1" }).plan
        #expect(plan.count == 3 && plan.last == SupportCase.PlanStep(title: "Семинар для учителей", due: Day(iso: "2019-04-15")!, done: false))
        #expect(state.message == "Добавлен шаг плана «Семинар для учителей»")
    }
}
