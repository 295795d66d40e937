import Foundation

/// The name of an organisation as a crowded list shows it: the legal form («МБОУ», «МАОУ», «ГБОУ НСО»)
/// taken off the front, where it hides what tells schools apart (the detail pane still names it), the
/// quotes that only set the name off it dropped, and the long standard phrases in the abbreviations
/// Russian school names use («с углублённым изучением отдельных предметов» → «с УИОП»).
public enum OrganisationShortName {
    /// `name` without its legal form and with the standard phrases abbreviated; `name` itself when
    /// nothing is left once the legal form is taken off.
    public static func of(_ name: String) -> String {
        var short = name
        for (phrase, abbreviation) in phrases {
            short = short.replacingOccurrences(of: phrase, with: abbreviation)
        }
        guard let form = legalForm(of: short) else { return short }
        var rest = short.dropFirst(form.count).drop { $0 == " " }
        // «МБОУ «Кадетская школа-интернат № 3»»: the quotes only set the name off the legal form.
        if rest.first == "«", rest.last == "»", rest.dropFirst().dropLast().allSatisfy({ $0 != "«" && $0 != "»" }) {
            rest = rest.dropFirst().dropLast()
        }
        return rest.isEmpty ? short : String(rest)
    }

    /// The legal form at the start of `name` («МБОУ», «ГБОУ НСО»): a first word of capitals ending
    /// in «ОУ» (образовательное учреждение), with «НСО» after it for the oblast's own schools.
    public static func legalForm(of name: String) -> String? {
        let words = name.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false)
        guard let first = words.first, (3...6).contains(first.count), first.hasSuffix("ОУ"),
              first.allSatisfy({ $0.isUppercase }) else { return nil }
        if words.count > 1, words[1] == "НСО" { return "\(first) НСО" }
        return String(first)
    }

    private static let phrases: [(String, String)] = [
        ("средняя общеобразовательная школа", "СОШ"),
        ("основная общеобразовательная школа", "ООШ"),
        ("начальная общеобразовательная школа", "НОШ"),
        ("с углублённым изучением отдельных предметов", "с УИОП"),
        ("с углубленным изучением отдельных предметов", "с УИОП"),
        ("кадетская школа-интернат", "КШИ"),
        ("Кадетская школа-интернат", "КШИ"),
    ]
}
