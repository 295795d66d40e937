import Bilingual
import Foundation

/// Turns the JSON values of one theme file into theme types, raising errors that name file and key.
struct ThemeJSONReader {
    let file: String

    static let attributeNames: [String: Attributes] = [
        "bold": .bold, "dim": .dim, "italic": .italic, "underline": .underline, "reverse": .reverse,
    ]
    static let ansiNames = [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white", "brightBlack", "brightRed",
        "brightGreen", "brightYellow", "brightBlue", "brightMagenta", "brightCyan", "brightWhite",
    ]

    func error(_ keyPath: String, ru: String, en: String) -> ThemeError {
        ThemeError(file: file, keyPath: keyPath, message: BilingualText(ru: ru, en: en))
    }

    func object(_ value: Any, at path: String) throws(ThemeError) -> [String: Any] {
        guard let object = value as? [String: Any] else {
            throw error(path, ru: "ожидается объект { … }", en: "expected an object { … }")
        }
        return object
    }

    func rejectUnknownKeys(_ object: [String: Any], allowed: Set<String>, at path: String) throws(ThemeError) {
        for key in object.keys.sorted() where !allowed.contains(key) {
            let list = allowed.sorted().joined(separator: ", ")
            throw error(join(path, key), ru: "неизвестный ключ (допустимы: \(list))", en: "unknown key (allowed: \(list))")
        }
    }

    func bilingual(_ value: Any, at path: String) throws(ThemeError) -> BilingualText {
        let object = try object(value, at: path)
        try rejectUnknownKeys(object, allowed: ["ru", "en"], at: path)
        guard let ru = object["ru"] as? String, let en = object["en"] as? String else {
            throw error(path, ru: "нужны строки \"ru\" и \"en\"", en: "needs strings \"ru\" and \"en\"")
        }
        return BilingualText(ru: ru, en: en)
    }

    func roleStyle(_ value: Any, at path: String) throws(ThemeError) -> RoleStyle {
        let object = try object(value, at: path)
        try rejectUnknownKeys(object, allowed: ["fg", "bg", "fg256", "bg256", "fg16", "bg16", "attrs", "attrs16"], at: path)
        var style = RoleStyle()
        style.foreground = try colorSpec(object, base: "fg", at: path)
        style.background = try colorSpec(object, base: "bg", at: path)
        if let attrs = object["attrs"] {
            style.attributes = try attributes(attrs, at: join(path, "attrs"))
        }
        if let attrs16 = object["attrs16"] {
            style.attributes16 = try attributes(attrs16, at: join(path, "attrs16"))
        }
        return style
    }

    private func colorSpec(_ object: [String: Any], base: String, at path: String) throws(ThemeError) -> ColorSpec? {
        let fallback256 = try object[base + "256"].map { value throws(ThemeError) in
            try paletteColor(value, at: join(path, base + "256"))
        }
        let fallback16 = try object[base + "16"].map { value throws(ThemeError) in
            try ansiColor(value, at: join(path, base + "16"))
        }
        guard let value = object[base] else {
            if fallback256 != nil || fallback16 != nil {
                throw error(
                    join(path, base), ru: "запасные цвета \(base)256/\(base)16 заданы без основного \(base)",
                    en: "fallbacks \(base)256/\(base)16 are given without \(base)"
                )
            }
            return nil
        }
        return ColorSpec(try color(value, at: join(path, base)), color256: fallback256, color16: fallback16)
    }

    /// "#rrggbb", an xterm-256 index, an ANSI colour name, or "default".
    private func color(_ value: Any, at path: String) throws(ThemeError) -> Color {
        if let index = integer(value) {
            guard (0...255).contains(index) else { throw outOfRange(path, upper: 255) }
            return .indexed(UInt8(index))
        }
        if let text = value as? String {
            if text == "default" { return .terminalDefault }
            if let index = Self.ansiNames.firstIndex(of: text) { return .ansi(UInt8(index)) }
            if let rgb = hexColor(text) { return rgb }
        }
        throw error(
            path, ru: "ожидается \"#rrggbb\", номер 0–255, имя ANSI-цвета или \"default\"",
            en: "expected \"#rrggbb\", an index 0–255, an ANSI colour name or \"default\""
        )
    }

    private func paletteColor(_ value: Any, at path: String) throws(ThemeError) -> Color {
        if (value as? String) == "default" { return .terminalDefault }
        guard let index = integer(value) else {
            throw error(path, ru: "ожидается номер 0–255 или \"default\"", en: "expected an index 0–255 or \"default\"")
        }
        guard (0...255).contains(index) else { throw outOfRange(path, upper: 255) }
        return .indexed(UInt8(index))
    }

    private func ansiColor(_ value: Any, at path: String) throws(ThemeError) -> Color {
        if let index = integer(value) {
            guard (0...15).contains(index) else { throw outOfRange(path, upper: 15) }
            return .ansi(UInt8(index))
        }
        if let text = value as? String {
            if text == "default" { return .terminalDefault }
            if let index = Self.ansiNames.firstIndex(of: text) { return .ansi(UInt8(index)) }
        }
        let names = Self.ansiNames.joined(separator: ", ")
        throw error(
            path, ru: "ожидается имя ANSI-цвета (\(names)), номер 0–15 или \"default\"",
            en: "expected an ANSI colour name (\(names)), an index 0–15 or \"default\""
        )
    }

    private func attributes(_ value: Any, at path: String) throws(ThemeError) -> Attributes {
        let names = Self.attributeNames.keys.sorted().joined(separator: ", ")
        guard let list = value as? [Any] else {
            throw error(path, ru: "ожидается список атрибутов (\(names))", en: "expected a list of attributes (\(names))")
        }
        var result: Attributes = []
        for (index, item) in list.enumerated() {
            guard let name = item as? String, let attribute = Self.attributeNames[name] else {
                throw error(
                    "\(path)[\(index)]", ru: "неизвестный атрибут (допустимы: \(names))",
                    en: "unknown attribute (allowed: \(names))"
                )
            }
            result.insert(attribute)
        }
        return result
    }

    /// A JSON integer; `true`/`false` (NSNumbers of ObjC type "c") and fractions are not integers.
    private func integer(_ value: Any) -> Int? {
        guard let number = value as? NSNumber, String(cString: number.objCType) != "c" else { return nil }
        let double = number.doubleValue
        guard double == double.rounded(), abs(double) < 1e9 else { return nil }
        return Int(double)
    }

    private func hexColor(_ text: String) -> Color? {
        guard text.count == 7, text.first == "#", let value = UInt32(text.dropFirst(), radix: 16) else { return nil }
        return .rgb(UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF))
    }

    private func outOfRange(_ path: String, upper: Int) -> ThemeError {
        error(path, ru: "число вне диапазона 0–\(upper)", en: "number out of range 0–\(upper)")
    }

    private func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }
}
