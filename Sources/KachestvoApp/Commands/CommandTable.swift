import Bilingual
import TerminalKit

/// The one command table (DESIGN.md §2): key handling, the `?` help overlay, the `:` palette and
/// the status-bar hints are all generated from it.
public enum CommandTable {
    private static func text(_ ru: String, _ en: String) -> BilingualText { BilingualText(ru: ru, en: en) }
    private static func char(_ c: Character) -> Key { .character(c) }

    public static let all: [Command] = [
        Command(.quit, keys: [char("q"), .function(10)], name: text("Выход", "Quit"),
                help: text("Закрыть программу", "Leave the program"), hint: true),
        Command(.help, keys: [char("?"), .function(1)], name: text("Справка", "Help"),
                help: text("Показать все клавиши и команды", "Show every key and command"), hint: true),
        Command(.palette, keys: [char(":")], name: text("Команды", "Commands"),
                help: text("Палитра команд: начните вводить название", "Command palette: type to filter"), hint: true),
        Command(.showOverview, keys: [char("1")], name: text("Обзор", "Overview"),
                help: text("Главные показатели области", "The region's headline figures")),
        Command(.showNetwork, keys: [char("2")], name: text("Сеть", "Network"),
                help: text("КЦ → УМЦ → школы", "Consulting centres → methodological centres → schools")),
        Command(.showExams, keys: [char("3")], name: text("ГИА", "Exams"),
                help: text("Результаты ОГЭ и ЕГЭ", "ОГЭ and ЕГЭ results")),
        Command(.showFunding, keys: [char("4")], name: text("Финансирование", "Funding"),
                help: text("Коэффициенты финансирования и результаты", "Funding coefficients against results")),
        Command(.showSupport, keys: [char("5")], name: text("Поддержка", "Support"),
                help: text("Адресная методическая поддержка", "Targeted methodological support")),
        Command(.showCouncil, keys: [char("6")], name: text("Совет", "Council"),
                help: text("Заседания совета и решения", "Council meetings and decisions")),
        Command(.showMap, keys: [char("7")], name: text("Карта", "Map"),
                help: text("Картограмма муниципалитетов", "Cartogram of the municipalities")),
        Command(.nextTab, keys: [char("]")], name: text("Следующая вкладка", "Next tab"),
                help: text("Перейти на вкладку правее", "Go to the tab on the right")),
        Command(.previousTab, keys: [char("[")], name: text("Предыдущая вкладка", "Previous tab"),
                help: text("Перейти на вкладку левее", "Go to the tab on the left")),
        Command(.moveUp, keys: [.up, char("k")], name: text("Вверх", "Up"),
                help: text("Предыдущая строка", "Previous row"), scope: .screen),
        Command(.moveDown, keys: [.down, char("j")], name: text("Вниз", "Down"),
                help: text("Следующая строка", "Next row"), scope: .screen),
        Command(.pageUp, keys: [.pageUp, .ctrl("b")], name: text("Страница вверх", "Page up"),
                help: text("На экран вверх", "One screen up"), scope: .screen),
        Command(.pageDown, keys: [.pageDown, .ctrl("f")], name: text("Страница вниз", "Page down"),
                help: text("На экран вниз", "One screen down"), scope: .screen),
        Command(.moveTop, keys: [char("g"), .home], name: text("В начало", "Top"),
                help: text("Первая строка", "First row"), scope: .screen),
        Command(.moveBottom, keys: [char("G"), .end], name: text("В конец", "Bottom"),
                help: text("Последняя строка", "Last row"), scope: .screen),
        // Before drillIn and goBack: on a screen with a 2-D cursor that lists both, ← → move it.
        Command(.moveLeft, keys: [.left, char("h")], name: text("Влево", "Left"),
                help: text("Предыдущий столбец, ближайшая точка или плитка слева, соседний список",
                           "The previous column, the nearest point or tile to the left, the other list"),
                scope: .screen),
        Command(.moveRight, keys: [.right, char("l")], name: text("Вправо", "Right"),
                help: text("Следующий столбец, ближайшая точка или плитка справа, соседний список",
                           "The next column, the nearest point or tile to the right, the other list"),
                scope: .screen),
        Command(.drillIn, keys: [.enter, .right, char("l")], name: text("Открыть", "Open"),
                help: text("Уровень ниже или список за выбранным числом", "One level down, or the list behind a number"),
                scope: .screen),
        Command(.goBack, keys: [.escape, .left, .backspace, char("h")], name: text("Назад", "Back"),
                help: text("Вернуться на уровень выше; с верхнего — к области", "Go one level up; from the top, to the region"), scope: .screen),
        Command(.nextPane, keys: [.tab], name: text("Следующая панель", "Next pane"),
                help: text("Перевести фокус на следующую панель", "Move focus to the next pane"), scope: .screen),
        Command(.previousPane, keys: [.backTab], name: text("Предыдущая панель", "Previous pane"),
                help: text("Перевести фокус на предыдущую панель", "Move focus to the previous pane"), scope: .screen),
        Command(.search, keys: [char("/")], name: text("Поиск", "Search"),
                help: text("Искать организацию по названию, муниципалитету или коду", "Find an organisation by name, municipality or id"),
                hint: true),
        Command(.searchNext, keys: [char("n")], name: text("Следующее совпадение", "Next match"),
                help: text("Перейти к следующему найденному", "Jump to the next match")),
        Command(.searchPrevious, keys: [char("N")], name: text("Предыдущее совпадение", "Previous match"),
                help: text("Перейти к предыдущему найденному", "Jump to the previous match")),
        Command(.sort, keys: [char("s")], name: text("Сортировка", "Sort"),
                help: text("Сортировать столбцы по очереди: по названию, среднему баллу ЕГЭ по русскому языку, числу обучающихся, флагам",
                           "Sort the columns, in turn: by name, mean ЕГЭ Russian score, pupils, flags"),
                scope: .screen, hint: true),
        Command(.reverseSort, keys: [char("S")], name: text("Обратный порядок", "Reverse order"),
                help: text("Обратить порядок сортировки: ▲ по возрастанию, ▼ по убыванию",
                           "Reverse the sort order: ▲ ascending, ▼ descending"),
                scope: .screen),
        Command(.toggleHierarchy, keys: [char("v")], name: text("КЦ / муниципалитеты", "Centres / municipalities"),
                help: text("Переключить сеть проекта и административное деление", "Switch between the project network and the administrative view"),
                scope: .screen, hint: true),
        // Support screen
        Command(.nextFilterField, keys: [char("f")], name: text("Поле фильтра", "Filter field"),
                help: text("Выбрать следующее поле фильтра: статус, куратор, КЦ/УМЦ, муниципалитет",
                           "Choose the next filter field: status, curator, centre, district"),
                scope: .screen, hint: true),
        Command(.nextFilterValue, keys: [char("x")], name: text("Значение фильтра", "Filter value"),
                help: text("Следующее значение выбранного поля фильтра", "Next value of the chosen filter field"),
                scope: .screen, hint: true),
        Command(.previousFilterValue, keys: [char("X")], name: text("Предыдущее значение", "Previous value"),
                help: text("Предыдущее значение выбранного поля фильтра", "Previous value of the chosen filter field"),
                scope: .screen),
        Command(.clearFilters, keys: [char("F")], name: text("Сбросить фильтры", "Clear filters"),
                help: text("Показать все случаи", "Show every case"), scope: .screen),
        Command(.toggleOverdueOnly, keys: [char("o")], name: text("Только просроченные", "Overdue only"),
                help: text("Показать только случаи с просроченными шагами плана (и снова все)",
                           "Show only cases with overdue plan steps (and all again)"),
                scope: .screen),
        Command(.switchExam, keys: [char("e")], name: text("ОГЭ / ЕГЭ", "ОГЭ / ЕГЭ"),
                help: text("Переключить таблицу между ЕГЭ и ОГЭ", "Switch the table between ЕГЭ and ОГЭ"),
                scope: .screen, hint: true),
        Command(.nextSubject, keys: [char("b")], name: text("Следующий предмет", "Next subject"),
                help: text("Гистограмма следующего предмета", "The histogram of the next subject"), scope: .screen),
        Command(.previousSubject, keys: [char("B")], name: text("Предыдущий предмет", "Previous subject"),
                help: text("Гистограмма предыдущего предмета", "The histogram of the previous subject"), scope: .screen),
        Command(.widenScope, keys: [char("c")], name: text("Шире", "Wider"),
                help: text("Охват на уровень выше: школа → УМЦ → КЦ → область (или → район → область)",
                           "Widen the scope one level: school → УМЦ → КЦ → region (or → district → region)"),
                scope: .screen, hint: true),
        Command(.regionScope, keys: [char("C")], name: text("Вся область", "Whole region"),
                help: text("Охват — вся область", "Scope: the whole region"), scope: .screen),
        Command(.previousYear, keys: [char("<"), char(",")], name: text("Предыдущий год", "Previous year"),
                help: text("Показать предыдущий учебный год", "Show the previous school year")),
        Command(.nextYear, keys: [char(">"), char(".")], name: text("Следующий год", "Next year"),
                help: text("Показать следующий учебный год", "Show the next school year")),
        Command(.cycleTheme, keys: [char("t")], name: text("Тема", "Theme"),
                help: text("Следующая цветовая тема (при запуске: --theme ИМЯ; светлая — --theme light)",
                           "Next colour theme (at start: --theme NAME; for a light terminal, --theme light)")),
        Command(.switchLanguage, keys: [char("L"), .function(2)], name: text("Язык", "Language"),
                help: text("Русский / English", "Русский / English")),
        Command(.redraw, keys: [.ctrl("l")], name: text("Перерисовать", "Redraw"),
                help: text("Заново вывести весь экран", "Repaint the whole screen")),
        Command(.reload, keys: [.function(5)], name: text("Перечитать данные", "Reload the data"),
                help: text("Заново прочитать файл данных (например, после чужого сохранения)",
                           "Read the data file again (for example after someone else saved it)")),
        Command(.raiseThreshold, keys: [char("+")], name: text("Порог выше", "Raise threshold"),
                help: text("Поднять выбранный порог на 5 процентных пунктов (без сохранения: w)",
                           "Raise the chosen threshold by 5 percentage points (not saved until w)"),
                scope: .screen, hint: true),
        Command(.lowerThreshold, keys: [char("-")], name: text("Порог ниже", "Lower threshold"),
                help: text("Опустить выбранный порог на 5 процентных пунктов (без сохранения: w)",
                           "Lower the chosen threshold by 5 percentage points (not saved until w)"),
                scope: .screen),
        Command(.pickThreshold, keys: [char("a")], name: text("Выбрать порог", "Choose threshold"),
                help: text("Какой порог меняют + и -: «коэффициент без результата» или «эффективны без доплат»",
                           "Which threshold + and - change: «funded, no effect» or «effective, no extra funding»"),
                scope: .screen),
        Command(.saveThresholds, keys: [char("w")], name: text("Сохранить пороги", "Save thresholds"),
                help: text("Записать пороги в файл данных (атомарное сохранение)", "Write the thresholds into the data file (atomic save)"),
                scope: .screen, hint: true),
        Command(.nextIndicator, keys: [char("i")], name: text("Показатель", "Indicator"),
                help: text("Раскрасить карту следующим показателем: средние баллы ЕГЭ, доля ниже минимума, доля школ с флагами, коэффициент финансирования",
                           "Colour the map by the next indicator: ЕГЭ means, share below the minimum, share of flagged schools, funding coefficient"),
                scope: .screen, hint: true),
        Command(.previousIndicator, keys: [char("I")], name: text("Предыдущий показатель", "Previous indicator"),
                help: text("Раскрасить карту предыдущим показателем", "Colour the map by the previous indicator"),
                scope: .screen),
        Command(.editRecord, keys: [char("e")], name: text("Изменить", "Edit"),
                help: text("Изменить карточку выбранной организации (Tab — поля, Enter или Ctrl-S — записать, Esc — отмена)",
                           "Edit the selected organisation's card (Tab between fields, Enter or Ctrl-S to commit, Esc to cancel)"),
                scope: .screen, hint: true),
        Command(.addRecord, keys: [char("a")], name: text("Добавить школу", "Add a school"),
                help: text("Новая школа под выбранным УМЦ (в административном виде — в выбранном муниципалитете)",
                           "A new school under the selected УМЦ (in the administrative view, in the selected municipality)"),
                scope: .screen),
        Command(.deleteRecord, keys: [char("d")], name: text("Удалить", "Delete"),
                help: text("Удалить выбранную организацию (с подтверждением; нельзя, если на неё ссылаются)",
                           "Delete the selected organisation (asks first; refused while other records refer to it)"),
                scope: .screen),
        Command(.editResults, keys: [char("r")], name: text("Результаты ГИА", "Exam results"),
                help: text("Таблица результатов ОГЭ и ЕГЭ выбранной школы за выбранный год (Ctrl-S — записать)",
                           "The ОГЭ and ЕГЭ results of the selected school for the year on show (Ctrl-S to commit)"),
                scope: .screen),
        Command(.undo, keys: [char("u")], name: text("Отменить", "Undo"),
                help: text("Отменить последнее изменение (оно тоже сохраняется)", "Undo the last change (the undo is saved too)")),
        Command(.redo, keys: [.ctrl("r")], name: text("Повторить", "Redo"),
                help: text("Вернуть отменённое изменение", "Make the undone change again")),
        Command(.saveNow, keys: [.ctrl("s")], name: text("Сохранить сейчас", "Save now"),
                help: text("Сохранить несохранённые изменения снова (после ошибки сохранения)",
                           "Save the unsaved changes again (after a failed save)")),
    ]

    public static func command(_ id: CommandID) -> Command {
        all.first { $0.id == id }!
    }

    /// The global commands and those of `screenCommands` (the current screen's), in table order:
    /// what help, the palette and the status-bar hints list, and all that keys can invoke there.
    /// A key bound to two of them stays with the earlier one only (the 2-D cursor's ← → before
    /// goBack and drillIn).
    public static func available(screenCommands: Set<CommandID>) -> [Command] {
        var taken = Set<Key>()
        return all.filter { $0.scope == .global || screenCommands.contains($0.id) }.map { command in
            let keys = command.keys.filter { taken.insert($0).inserted }
            return keys.count == command.keys.count ? command : command.keeping(keys)
        }
    }

    /// The command among `commands` that `key` invokes; a Cyrillic letter also matches through its
    /// key in the ЙЦУКЕН layout.
    public static func command(for key: Key, among commands: [Command]) -> CommandID? {
        for candidate in [key, KeyboardLayout.latinKey(for: key)] {
            if let found = commands.first(where: { $0.keys.contains(candidate) }) { return found.id }
        }
        return nil
    }
}
