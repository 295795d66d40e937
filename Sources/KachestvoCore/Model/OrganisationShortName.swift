/// The name of an organisation as a crowded list shows it: the legal form («МБОУ», «МАОУ», «ГБОУ НСО»)
/// taken off the front, where it hides what tells schools apart (the detail pane still names it), the
/// quotes that only set the name off it dropped, and the long standard phrases in the abbreviations
/// Russian school names use («с углублённым изучением отдельных предметов» → «с УИОП»).
public enum OrganisationShortName {
    /// `name` without its legal form and with the standard phrases abbreviated; `name` itself when
    /// nothing is left once the legal form is taken off.
    public static func of(_ name: String) -> String {
        let short = abbreviations.apply(to: name)
        guard let form = legalForm(of: short) else { return short }
        var rest = short.dropFirst(form.count).drop { $0 == " " }
        // «МБОУ «Кадетская школа-интернат № 3»»: the quotes only set the name off the legal form.
        if rest.first == "«", rest.last == "»", rest.dropFirst().dropLast().allSatisfy({ $0 != "«" && $0 != "»" }) {
            rest = rest.dropFirst().dropLast()
        }
        return rest.isEmpty ? short : String(rest)
    }

    /// The legal form at the start of `name` («МБОУ», «ГБОУ НСО»), as name order reads it
    /// (`NameCollationKey`): a word of capitals ending in «ОУ» (учреждение) or a listed one, with its
    /// qualifier; nil when the name has none, or nothing else.
    public static func legalForm(of name: String) -> String? {
        var name = name
        name.makeContiguousUTF8()
        // Where the form ends, before the spaces after it.
        let end = name.utf8.withContiguousStorageIfAvailable { bytes -> Int in
            var end = NameCollationKey.nameStart(of: bytes)
            while end > 0, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
            return end
        } ?? 0
        return end > 0 ? String(name[..<name.utf8.index(name.utf8.startIndex, offsetBy: end)]) : nil
    }

    private static let abbreviations = Abbreviations([
        ("средняя общеобразовательная школа", "СОШ"),
        ("основная общеобразовательная школа", "ООШ"),
        ("начальная общеобразовательная школа", "НОШ"),
        ("с углублённым изучением отдельных предметов", "с УИОП"),
        ("с углубленным изучением отдельных предметов", "с УИОП"),
        ("кадетская школа-интернат", "КШИ"),
        ("Кадетская школа-интернат", "КШИ"),
    ])
}
