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
        // Every phrase has «школ» or «изучен» in it: most names have neither, and skip the search.
        if markers.contains(where: { contains(name, $0) }) {
            for (phrase, abbreviation) in phrases {
                short = short.replacingOccurrences(of: phrase, with: abbreviation)
            }
        }
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
        let start = name.utf8.withContiguousStorageIfAvailable(NameCollationKey.nameStart) ?? 0
        guard start > 0 else { return nil }
        let form = String(decoding: name.utf8.prefix(start), as: UTF8.self)
        return String(form.reversed().drop { $0 == " " }.reversed())
    }

    /// Whether the UTF-8 of `name` holds `bytes`, a plain byte scan (names are drawn every frame).
    private static func contains(_ name: String, _ bytes: [UInt8]) -> Bool {
        var name = name
        return name.withUTF8 { text in
            guard text.count >= bytes.count else { return false }
            return (0...(text.count - bytes.count)).contains { start in
                text[start] == bytes[0] && (1..<bytes.count).allSatisfy { text[start + $0] == bytes[$0] }
            }
        }
    }

    private static let markers: [[UInt8]] = [Array("школ".utf8), Array("изучен".utf8)]

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
