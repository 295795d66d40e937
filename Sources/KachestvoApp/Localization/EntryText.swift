import Bilingual

/// Every fixed user-visible string of data entry, in Russian and English: the forms of every record
/// kind, the results grid, delete and conflict questions, undo, saving and its states in the status
/// bar. A table of its own beside `UIText` (what the screens show), with the same checks.
public enum EntryText: TextTable {
    // Council meetings, decisions and forecasts.
    case formNewMeeting, formOpenMeeting, formParticipants, formAgenda, formNewDecision, formDecisionText, formDecisionOrganisations
    case formNewForecast, formPlannedPercent, councilNoMeetingForEntry
    // Organisations, the results grid, support cases, undo, saving and its states in the status bar.
    case editReadOnly, editWaitForLoad, editOutsideScope, editNotApplied, nothingToUndo, nothingToRedo, undone, redone, nothingToSave, saveFailed, saveKept, savedWithOthers, demoSavedTo, journalNotWritten, otherUserSaved, reloadUnsaved, entryNone, entryName, entryKind, entryLegalForm, entrySettlement, entryRural, entrySmall, entryRole, roleConsultingCentre, roleMethodologicalCentre, roleParticipant, deleteRefused, deleteTitle, deleteQuestion, discardTitle, discardQuestion, conflictTitle, conflictKeepMine, conflictKeepTheirs, formNewSchool, formOrganisation, formKeys, gridTitle, gridKeys, statusReadOnly, statusSaving, statusSaved, statusConflict, statusFailed, transitionTitle, transitionStatus, transitionDay, transitionComment, transitionNone, stepTitle, stepName, stepDue, entrySelectOrganisation, stepEditTitle, stepDoneTitle, stepDoneDay, stepSelectFirst, caseOpenTitle, caseCurator, caseOpened, caseReasons

    public var text: BilingualText {
        switch self {
        case .formNewMeeting: t("Новое заседание совета", "New council meeting")
        case .formOpenMeeting: t("Открытое", "Open")
        case .formParticipants: t("Участники (через ;)", "Participants (split by ;)")
        case .formAgenda: t("Повестка (через ;)", "Agenda (split by ;)")
        case .formNewDecision: t("Новое решение", "New decision")
        case .formDecisionText: t("Решение", "Decision")
        case .formDecisionOrganisations: t("Организации (коды)", "Organisations (ids)")
        case .formNewForecast: t("Новый прогноз", "New forecast")
        case .formPlannedPercent: t("План, %", "Planned, %")
        case .councilNoMeetingForEntry: t("Сначала добавьте заседание (a в списке заседаний)", "Add a meeting first (a in the meetings list)")
        case .editReadOnly: t("Ничего нельзя изменить", "Nothing can be changed")
        case .editWaitForLoad: t("Изменять можно, когда данные прочитаны полностью", "Changes can be made once the data is read in full")
        case .editOutsideScope: t("Вне вашей области правки", "Outside what you may change")
        case .editNotApplied: t("Изменение не применено", "The change was not applied")
        case .nothingToUndo: t("Нечего отменять", "Nothing to undo")
        case .nothingToRedo: t("Нечего повторять", "Nothing to redo")
        case .undone: t("Отменено", "Undone")
        case .redone: t("Повторено", "Redone")
        case .nothingToSave: t("Все изменения уже сохранены", "Every change is saved already")
        case .saveFailed: t("Не сохранено", "Not saved")
        case .saveKept: t("изменения сохранены в памяти, повторить: Ctrl-S", "the changes are kept in memory, retry with Ctrl-S")
        case .savedWithOthers: t("Сохранено вместе с изменениями другого пользователя", "Saved together with another user's changes")
        case .demoSavedTo: t("Изменения демо-области сохранены в файл", "The demo region's changes are saved to")
        case .journalNotWritten: t("Данные сохранены, но журнал не дописан", "The data is saved but the journal was not written")
        case .otherUserSaved: t("Файл сохранён другим пользователем — данные перечитаны", "Another user saved the file — the data was read again")
        case .reloadUnsaved: t("Сначала дождитесь сохранения изменений", "Wait until the changes are saved first")
        case .entryNone: t("нет", "none")
        case .entryName: t("Название", "Name")
        case .entryKind: t("Тип", "Kind")
        case .entryLegalForm: t("Форма", "Legal form")
        case .entrySettlement: t("Населённый пункт", "Settlement")
        case .entrySmall: t("Малокомплектная", "Small school")
        case .entryRural: t("Сельская", "Rural")
        case .entryRole: t("Роль", "Role")
        case .roleConsultingCentre: t("КЦ — консультационный центр", "КЦ — consulting centre")
        case .roleMethodologicalCentre: t("УМЦ — методический центр", "УМЦ — methodological centre")
        case .roleParticipant: t("участник проекта", "project participant")
        case .deleteRefused: t("Удалить нельзя", "Cannot delete")
        case .deleteTitle: t("Удаление", "Delete")
        case .deleteQuestion: t("Удалить", "Delete")
        case .discardTitle: t("Отмена правки", "Cancel editing")
        case .discardQuestion: t("Отбросить внесённые изменения?", "Discard the changes made?")
        case .conflictTitle: t("Конфликт с другим пользователем", "Conflict with another user")
        case .conflictKeepMine: t("Моё", "Mine")
        case .conflictKeepTheirs: t("Их", "Theirs")
        case .formNewSchool: t("Новая школа", "New school")
        case .formOrganisation: t("Организация", "Organisation")
        case .formKeys: t("Tab — поле · Пробел — список/флажок · Enter — записать · Esc — отмена", "Tab next field · Space list/toggle · Enter commits · Esc cancels")
        case .gridTitle: t("Результаты ГИА", "Exam results")
        case .gridKeys: t("Стрелки — ячейки · Enter — правка · Ctrl-S — записать · Esc — отмена", "Arrows move · type or Enter edits · Ctrl-S commits · Esc cancels")
        case .statusReadOnly: t("только чтение", "read-only")
        case .statusSaving: t("сохранение…", "saving…")
        case .statusSaved: t("сохранено", "saved")
        case .statusConflict: t("конфликт", "conflict")
        case .transitionTitle: t("Ход случая", "Case status")
        case .transitionStatus: t("Новый статус", "New status")
        case .transitionDay: t("Дата", "Date")
        case .transitionComment: t("Комментарий", "Comment")
        case .entrySelectOrganisation: t("Сначала выберите организацию", "Select an organisation first")
        case .stepTitle: t("Новый шаг плана", "New plan step")
        case .stepName: t("Шаг", "Step")
        case .stepDue: t("Срок", "Due")
        case .stepEditTitle: t("Шаг плана", "Plan step")
        case .stepDoneTitle: t("Шаг выполнен", "Step done")
        case .stepDoneDay: t("Выполнен", "Done on")
        case .stepSelectFirst: t("Выберите шаг плана: Shift-Tab из списка случаев — к подробностям, ↑↓ — шаг", "Select a plan step first: Shift-Tab from the cases to their detail, ↑↓ to the step")
        case .transitionNone: t("Случай закрыт: статус больше не меняется", "The case is over: its status no longer changes")
        case .caseOpenTitle: t("Новый случай поддержки", "New support case")
        case .caseCurator: t("Куратор", "Curator")
        case .caseOpened: t("Открыт", "Opened")
        case .caseReasons: t("Причины (через ;)", "Reasons (split by ;)")
        case .statusFailed: t("не сохранено", "not saved")
        }
    }
}
