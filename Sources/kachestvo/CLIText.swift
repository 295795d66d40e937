import Bilingual

/// Every message the `kachestvo` command writes itself (outside the dashboard's screens), in Russian
/// and English. A test checks that each case is used and has both languages.
enum CLIText {
    case loading(path: String, megabytes: Int)
    case noSuchTheme(String, available: [String])
    case noSuchChartGlyphs(String, available: [String])
    case noDataForYear(Int, yearsWithData: [Int])
    case valid(file: String, organisations: Int)
    case problemsFound(Int)
    case moreProblems(Int)
    case wroteDemo(file: String, consultingCentres: Int, methodologicalCentres: Int, organisations: Int)
    case builtInTheme
    case themeHasErrors
    case historyOfDemo
    case readOnlyFlag
    case changesNotSaved(Int, reason: BilingualText?)
    case badScope(BilingualText)
    case historyNoJournal(journal: String)
    case historyNothingAbout(entity: String)
    case historyTime
    case historyUser
    case historyClient
    case historyRecord
    case historyField
    case historyChange
    case historyLocal
    case historyRecordAdded
    case historyRecordDeleted

    var text: BilingualText {
        switch self {
        case .loading(let path, let megabytes):
            BilingualText(ru: "Загрузка \(path) (\(megabytes) МБ)…", en: "Loading \(path) (\(megabytes) MB)…")
        case .noSuchTheme(let name, let available):
            BilingualText(ru: "Нет темы «\(name)»; есть: \(available.joined(separator: ", "))",
                          en: "No theme «\(name)»; available: \(available.joined(separator: ", "))")
        case .noSuchChartGlyphs(let name, let available):
            BilingualText(ru: "--charts: нет набора «\(name)»; есть: \(available.joined(separator: ", "))",
                          en: "--charts: no glyph set «\(name)»; available: \(available.joined(separator: ", "))")
        case .noDataForYear(let year, let known):
            BilingualText(ru: "Нет данных за \(year) год; есть: \(Self.list(known))",
                          en: "No data for \(year); years with data: \(Self.list(known))")
        case .valid(let file, let organisations):
            BilingualText(ru: "\(file): ошибок нет (\(organisations) организаций)",
                          en: "\(file): valid (\(organisations) organisations)")
        case .problemsFound(let count):
            BilingualText(ru: "Найдено ошибок: \(count)", en: "\(count) problem(s) found")
        case .moreProblems(let count):
            BilingualText(ru: "… и ещё \(NumberText.grouped(count, .ru)) (все: --max-problems 0)",
                          en: "… and \(NumberText.grouped(count, .en)) more (all of them: --max-problems 0)")
        case .wroteDemo(let file, let consultingCentres, let methodologicalCentres, let organisations):
            BilingualText(
                ru: "Записано: \(file) — \(consultingCentres) КЦ, \(methodologicalCentres) УМЦ, \(organisations) организаций (синтетические данные)",
                en: "Wrote \(file): \(consultingCentres) КЦ, \(methodologicalCentres) УМЦ, \(organisations) organisations (synthetic data)")
        case .builtInTheme: BilingualText(ru: "встроенная", en: "built in")
        case .themeHasErrors: BilingualText(ru: "ОШИБКА", en: "ERROR")
        case .changesNotSaved(let count, let reason):
            BilingualText(ru: "Не сохранено изменений: \(count)\(reason.map { " — " + $0.ru } ?? "")",
                          en: "Changes not saved: \(count)\(reason.map { " — " + $0.en } ?? "")")
        case .readOnlyFlag:
            BilingualText(ru: "запущено с --read-only", en: "started with --read-only")
        case .badScope(let reason):
            BilingualText(ru: "--scope: \(reason.ru)", en: "--scope: \(reason.en)")
        case .historyOfDemo:
            BilingualText(ru: "Файл данных не выбран (встроенный демо-регион): журнала нет. Укажите --data FILE или KACHESTVO_DATA",
                          en: "No data file chosen (the built-in demo region): there is no journal. Give --data FILE or KACHESTVO_DATA")
        case .historyNoJournal(let journal):
            BilingualText(ru: "Журнала изменений ещё нет (\(journal)): в этот файл ещё ничего не сохраняли",
                          en: "There is no audit journal yet (\(journal)): nothing has been saved to this file")
        case .historyNothingAbout(let entity):
            BilingualText(ru: "В журнале нет изменений «\(entity)»", en: "The journal has no changes of «\(entity)»")
        case .historyTime: BilingualText(ru: "Время", en: "Time")
        case .historyUser: BilingualText(ru: "Пользователь", en: "User")
        case .historyClient: BilingualText(ru: "Откуда", en: "Client")
        case .historyRecord: BilingualText(ru: "Запись", en: "Record")
        case .historyField: BilingualText(ru: "Поле", en: "Field")
        case .historyChange: BilingualText(ru: "Было → стало", en: "Old → new")
        case .historyLocal: BilingualText(ru: "локально", en: "local")
        case .historyRecordAdded: BilingualText(ru: "запись добавлена", en: "record added")
        case .historyRecordDeleted: BilingualText(ru: "запись удалена", en: "record deleted")
        }
    }

    func callAsFunction(_ language: Language) -> String { text.text(language) }

    private static func list(_ years: [Int]) -> String { years.map(String.init).joined(separator: ", ") }
}
