extension Subject {
    /// The name as a narrow table shows it: «Матем. (база)», «Матем. (проф.)», «Рус. яз.». Built from
    /// the usual school abbreviations of the words of `name`, so a data file needs no field of its own;
    /// words without a usual abbreviation stay whole.
    public var shortName: String { Self.abbreviations.apply(to: name) }

    /// Longest first, so that «Информатика и ИКТ» is taken before «Информатика».
    private static let abbreviations = Abbreviations([
        ("(профильный уровень)", "(проф.)"),
        ("(базовый уровень)", "(база)"),
        ("Информатика и ИКТ", "Информ."),
        ("Обществознание", "Общество."),
        ("Математика", "Матем."),
        ("Информатика", "Информ."),
        ("Литература", "Литер."),
        ("География", "Геогр."),
        ("Биология", "Биол."),
        ("Английский", "Англ."),
        ("Немецкий", "Нем."),
        ("Французский", "Франц."),
        ("Испанский", "Исп."),
        ("Китайский", "Кит."),
        ("Русский", "Рус."),
        ("История", "Ист."),
        ("язык", "яз."),
    ])
}
