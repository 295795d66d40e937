import Bilingual

/// Picks the interface language: `--lang`, else `KACHESTVO_LANG`, else the language the user last
/// chose in the dashboard (`remembered`), else the first set of `LC_ALL`, `LC_MESSAGES`, `LANG`
/// (Russian when it starts with `ru`, English otherwise).
public enum LanguageChoice {
    public static func resolve(argument: String?, environment: [String: String], remembered: Language? = nil) -> Language {
        for explicit in [argument, environment["KACHESTVO_LANG"]] {
            if let explicit, let language = Language(rawValue: explicit.lowercased().prefix(2).description) {
                return language
            }
        }
        if let remembered { return remembered }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], !value.isEmpty { return Language.fromLocale(value) }
        }
        return .en
    }
}
