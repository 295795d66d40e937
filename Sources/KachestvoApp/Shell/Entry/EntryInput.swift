import Bilingual
import KachestvoCore
import TerminalKit

/// Opens the form, grid or question a screen's entry key asked for, and takes the keys while it is
/// open: the widgets move and edit, the data's rules check each field as it is left, and a commit
/// becomes one `Change` for the edit loop. Esc on a changed form asks before anything is lost.
enum EntryInput {
    /// Opens what `request` asks for; a step marked not done again is committed at once, its effects returned.
    @discardableResult
    static func open(_ request: EntryRequest, _ state: inout AppState) -> [AppEffect] {
        if let refusal = EditLoop.refusal(state) {
            state.context.message = refusal
            return []
        }
        let dataset = EditLoop.working(state)
        switch request {
        case .edit(let id):
            guard let org = dataset.organisation(id) else { return [] }
            if let reason = outsideScope(org, state) { refuse(reason, &state); return [] }
            openForm(.organisation(org), isNew: false, &state)
        case .add(let centre, let municipality):
            let org = Organisation(id: OrganisationForm.newId(in: dataset), name: "", kind: .secondary, legalForm: .mbou,
                                   municipalityId: municipality ?? dataset.municipalities.first?.id ?? Identifier(""),
                                   settlement: "", pupils: 0, teachers: 0, rural: false, small: false,
                                   role: .participant, centreId: centre)
            openForm(.organisation(org), isNew: true, &state)
        case .delete(let id):
            guard let org = dataset.organisation(id) else { return [] }
            if let reason = outsideScope(org, state) { refuse(reason, &state); return [] }
            if let reason = ReferenceCheck.refusal(deleting: .organisation(id), in: dataset) {
                state.context.message = "\(state.text(.deleteRefused)): \(reason.text(state.language))"
                return []
            }
            state.overlay = .deleteQuestion(DeleteQuestion(target: .record(.organisation(org)), prompt: ConfirmPrompt(
                title: state.text(.deleteTitle), question: "\(state.text(.deleteQuestion)) «\(org.name)»?")))
        case .financing(let id, let year):
            guard let school = dataset.organisation(id) else { return [] }
            if let reason = outsideScope(school, state) { refuse(reason, &state); return [] }
            let existing = dataset.record(.financing(organisation: id, year: year))?.financing
            let record = existing ?? Financing(organisationId: id, year: year, normative: 0, coefficient: 1, raised: false)
            openForm(.financing(record), isNew: existing == nil, &state)
        case .deleteCase(let id):
            CaseInput.askToDelete(id, dataset, &state)
        case .openCase(let org):
            CaseInput.openNew(for: org, dataset, &state)
        case .transition(let id):
            CaseInput.open(id, for: .transition, dataset, &state)
        case .addStep(let id):
            CaseInput.open(id, for: .addStep, dataset, &state)
        case .council(let entry):
            CouncilInput.open(entry, dataset, &state)
        case .step(let id, let index, let action):
            return CaseInput.open(step: index, of: id, action, dataset, &state)
        case .results(let id, let year):
            guard let school = dataset.organisation(id) else { return [] }
            if let reason = outsideScope(school, state) { refuse(reason, &state); return [] }
            state.overlay = .resultsGrid(ResultsGrid.editor(school, year: year, state))
        }
        return []
    }

    /// Opens the form of `record`; an organisation's card finds the organisations that name it as
    /// their centre here, once, for its role's checks.
    static func openForm(_ record: RecordValue, isNew: Bool, _ state: inout AppState) {
        let lookup = EntryLookup(state)
        var dependants: [Organisation]?
        if case .organisation(let org) = record { dependants = isNew ? [] : lookup.dependants(of: org.id) }
        state.overlay = .recordForm(RecordEditor(
            original: record, isNew: isNew, form: FormState(fields: RecordForms.fields(record, isNew: isNew, lookup, state.context)),
            dependants: dependants))
    }

    private static func outsideScope(_ org: Organisation, _ state: AppState) -> BilingualText? {
        let probe = Change([Edit(record: .organisation(org.id), field: "name", old: .text(org.name), new: .text(org.name))],
                           summary: BilingualText(ru: "", en: ""))
        return state.editing.scope.check(probe, in: EditLoop.working(state))
    }

    static func refuse(_ reason: BilingualText, _ state: inout AppState) {
        state.context.message = "\(state.text(.editOutsideScope)): \(reason.text(state.language))"
    }

    static func handle(_ key: Key, _ editor: RecordEditor, _ state: inout AppState) -> [AppEffect] {
        var editor = editor
        if EntryInput.answeringDiscard(key, &editor.discard, &state) {
            if state.overlay != nil { state.overlay = .recordForm(editor) }
            return []
        }
        let dataset = EditLoop.working(state)
        let outcome = editor.form.apply(key, language: state.language,
                                        validate: RecordForms.validator(editor, dataset, state.language))
        if case .forecast = editor.original { ForecastForm.follow(&editor.form, dataset, state.context) }
        editor.form.reveal(in: EntryView.formArea(state), measure: state.context.textWidth)
        state.overlay = .recordForm(editor)
        switch outcome {
        case .commit:
            let record = RecordForms.record(editor.original, texts: RecordForms.texts(editor.form))
            guard editor.isNew else {
                return commitAndClose(ChangeBuilder.change(from: editor.original, to: record, in: dataset), &state) { _ in }
            }
            guard case .organisation(let org) = record else {
                let (added, summary) = CouncilInput.added(record, dataset)
                return commitAndClose(ChangeBuilder.add(added, summary: summary), &state) { CouncilInput.reveal(added, &$0) }
            }
            let summary = BilingualText(ru: "Добавлена школа «\(org.name)»", en: "School «\(org.name)» added")
            return commitAndClose(ChangeBuilder.add(record, summary: summary), &state) { EditLoop.reveal(org.id, &$0) }
        case .cancel(let askFirst):
            EntryInput.cancel(askFirst: askFirst, &editor.discard, &state)
            if state.overlay != nil { state.overlay = .recordForm(editor) }
        default: break
        }
        return []
    }

    static func handle(_ key: Key, _ editor: ResultsEditor, _ state: inout AppState) -> [AppEffect] {
        var editor = editor
        if EntryInput.answeringDiscard(key, &editor.discard, &state) {
            if state.overlay != nil { state.overlay = .resultsGrid(editor) }
            return []
        }
        let dataset = EditLoop.working(state)
        let outcome = editor.grid.apply(key, language: state.language,
                                        validate: ResultsGrid.validator(editor, dataset, state.language))
        editor.grid.reveal(in: EntryView.gridArea(state), measure: state.context.textWidth)
        state.overlay = .resultsGrid(editor)
        switch outcome {
        case .commit:
            let change = ChangeBuilder.results(from: editor.original, to: ResultsGrid.results(editor), summary: BilingualText(
                ru: "Результаты ГИА «\(editor.name)» за \(AcademicYear(year: editor.year).label)",
                en: "Exam results of «\(editor.name)» for \(AcademicYear(year: editor.year).label)"))
            return commitAndClose(change, &state) { _ in }
        case .cancel(let askFirst):
            EntryInput.cancel(askFirst: askFirst, &editor.discard, &state)
            if state.overlay != nil { state.overlay = .resultsGrid(editor) }
        default: break
        }
        return []
    }

    static func handle(_ key: Key, _ question: DeleteQuestion, _ state: inout AppState) -> [AppEffect] {
        var question = question
        switch question.prompt.apply(key) {
        case .yes?:
            state.overlay = nil
            let dataset = EditLoop.working(state)
            switch question.target {
            case .record(let record):
                do throws(EditError) {
                    return EditLoop.commit(try ChangeBuilder.delete(record, in: dataset), &state)
                } catch {
                    state.context.message = "\(state.text(.deleteRefused)): \(error.message.text(state.language))"
                }
            case .part(let change):
                return EditLoop.commit(change, &state)
            case .step(let id, let index, let step):
                // Only the step that was asked about: the plan may have changed in a save meanwhile.
                guard let supportCase = dataset.supportCases.first(where: { $0.id == id }),
                      supportCase.plan.indices.contains(index), supportCase.plan[index] == step else { return [] }
                return EditLoop.commit(SupportCaseChanges.deleteStep(index, of: supportCase), &state)
            }
        case .no?: state.overlay = nil
        case nil: state.overlay = .deleteQuestion(question)
        }
        return []
    }

    /// Commits `change`; the overlay closes when it went in (nothing changed closes it too), and
    /// stays open with the reason in the status bar when it was refused.
    static func commitAndClose(_ change: Change, _ state: inout AppState, then: (inout AppState) -> Void) -> [AppEffect] {
        guard !change.isEmpty else {
            state.overlay = nil
            return []
        }
        let effects = EditLoop.commit(change, &state)
        guard state.editing.unsaved.last == change else { return effects }
        state.overlay = nil
        then(&state)
        return effects
    }

    /// Gives `key` to the open «discard the changes?» question, if there is one: yes closes the
    /// overlay, no goes back to the form. False when no question is open.
    static func answeringDiscard(_ key: Key, _ discard: inout ConfirmPrompt?, _ state: inout AppState) -> Bool {
        guard var prompt = discard else { return false }
        switch prompt.apply(key) {
        case .yes?: state.overlay = nil
        case .no?: discard = nil
        case nil: discard = prompt
        }
        return true
    }

    /// Esc in a form or grid: asks first when something was changed, else closes the overlay.
    static func cancel(askFirst: Bool, _ discard: inout ConfirmPrompt?, _ state: inout AppState) {
        if askFirst {
            discard = ConfirmPrompt(title: state.text(.discardTitle), question: state.text(.discardQuestion))
        } else {
            state.overlay = nil
        }
    }
}
