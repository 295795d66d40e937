import Bilingual
import CNCursesW
import Glibc

/// Puts the process in the user's locale and makes sure it is UTF-8, which ncursesw needs for
/// Cyrillic and line drawing.
enum LocaleSetup {
    /// Applies the locale; returns a warning when no UTF-8 locale could be had.
    static func applyUserLocale() -> BilingualText? {
        setlocale(LC_ALL, "")
        if isUTF8() { return nil }
        if setlocale(LC_CTYPE, "C.UTF-8") != nil, isUTF8() { return nil }
        let codeset = String(cString: nc_locale_codeset())
        return BilingualText(
            ru: "Кодировка терминала \(codeset), а не UTF-8: кириллица и рамки будут искажены. Задайте LANG=C.UTF-8 или ru_RU.UTF-8.",
            en: "The locale's codeset is \(codeset), not UTF-8: Cyrillic and borders will be garbled. Set LANG=C.UTF-8 or en_US.UTF-8."
        )
    }

    private static func isUTF8() -> Bool {
        let codeset = String(cString: nc_locale_codeset())
        return codeset == "UTF-8" || codeset == "utf8"
    }
}
