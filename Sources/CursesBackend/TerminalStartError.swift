import Bilingual

/// Why the terminal could not be taken over. Thrown by `CursesTerminal`'s initialisers instead of
/// letting ncurses print and `exit(1)`; `message` says what to do in Russian and English.
public struct TerminalStartError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The kind of failure, for callers that branch on it.
    public enum Reason: Hashable, Sendable {
        /// Standard input or output is not a terminal (piped, redirected, run by cron).
        case notATerminal
        /// ncurses has no terminfo entry for this `TERM` (nil when `TERM` is unset).
        case unknownTerminalType(String?)
        /// The terminal cannot move the cursor (`TERM=dumb` and the like).
        case noCursorAddressing(String)
        /// A headless terminal could not open its output file or input device.
        case cannotOpenFiles
    }

    public let reason: Reason

    public init(_ reason: Reason) { self.reason = reason }

    public var message: BilingualText {
        switch reason {
        case .notATerminal:
            BilingualText(
                ru: "Стандартный ввод и вывод должны быть терминалом: запустите программу в терминале, без перенаправления.",
                en: "Standard input and output must be a terminal: run the program in a terminal, without redirection."
            )
        case .unknownTerminalType(let type?):
            BilingualText(
                ru: "Неизвестный тип терминала TERM=\(type): нет описания terminfo. Попробуйте TERM=xterm-256color.",
                en: "Unknown terminal type TERM=\(type): no terminfo entry. Try TERM=xterm-256color."
            )
        case .unknownTerminalType(nil):
            BilingualText(
                ru: "Переменная TERM не задана: укажите тип терминала, например TERM=xterm-256color.",
                en: "TERM is not set: name the terminal type, for example TERM=xterm-256color."
            )
        case .noCursorAddressing(let type):
            BilingualText(
                ru: "Терминал TERM=\(type) не умеет перемещать курсор; нужен полноэкранный терминал (например, xterm-256color).",
                en: "Terminal TERM=\(type) cannot move the cursor; a full-screen terminal is needed (e.g. xterm-256color)."
            )
        case .cannotOpenFiles:
            BilingualText(
                ru: "Не удалось открыть файлы виртуального терминала.",
                en: "Could not open the files of the virtual terminal."
            )
        }
    }

    public var description: String { message.en }
}
