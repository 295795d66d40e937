import Bilingual
import Foundation

/// Reads theme JSON (format in themes/README.md). Every problem is reported as a `ThemeError` naming
/// the file and the key; unknown keys are errors too, so that a typo does not pass unnoticed.
public enum ThemeLoader {
    /// Loads a theme file; the theme is named after the file ("light.json" → "light").
    public static func load(path: String) throws(ThemeError) -> Theme {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ThemeError(file: path, keyPath: "", message: BilingualText(
                ru: "не удаётся прочитать файл темы", en: "cannot read the theme file"
            ))
        }
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return try parse(data, name: name, file: path)
    }

    /// Parses theme JSON text.
    public static func parse(_ json: String, name: String, file: String) throws(ThemeError) -> Theme {
        try parse(Data(json.utf8), name: name, file: file)
    }

    /// Parses theme JSON data; `file` is only used in error messages.
    public static func parse(_ data: Data, name: String, file: String) throws(ThemeError) -> Theme {
        let reader = ThemeJSONReader(file: file)
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: data)
        } catch {
            let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
            throw reader.error("", ru: "некорректный JSON (\(detail))", en: "malformed JSON (\(detail))")
        }
        let top = try reader.object(root, at: "")
        try reader.rejectUnknownKeys(top, allowed: ["description", "roles"], at: "")
        let description = try top["description"].map { value throws(ThemeError) in
            try reader.bilingual(value, at: "description")
        }
        guard let rolesValue = top["roles"] else {
            throw reader.error("roles", ru: "нет обязательного ключа", en: "required key is missing")
        }
        var roles: [ThemeRole: RoleStyle] = [:]
        for (key, value) in try reader.object(rolesValue, at: "roles") {
            guard let role = ThemeRole(rawValue: key) else {
                let known = ThemeRole.allCases.map(\.rawValue).joined(separator: ", ")
                throw reader.error(
                    "roles.\(key)", ru: "неизвестная роль (известные: \(known))",
                    en: "unknown role (known: \(known))"
                )
            }
            roles[role] = try reader.roleStyle(value, at: "roles.\(key)")
        }
        return Theme(name: name, description: description, roles: roles)
    }
}
