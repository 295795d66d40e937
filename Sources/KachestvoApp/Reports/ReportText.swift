import TerminalKit

/// Data text (names, ids) made safe for each report format, so that a name in a data file cannot
/// retitle, clear or reorder the terminal the report is printed on, nor break the Markdown around it:
/// plain text shows control and BiDi characters as inert stand-ins (`sanitize`), Markdown also
/// escapes its own syntax, and JSON writes every such character as a `\uXXXX` escape.
enum ReportText {
    /// `text` for a plain-text report.
    static func plain(_ text: String) -> String { sanitize(text) }

    /// `text` for Markdown prose, list items and table cells.
    static func markdown(_ text: String) -> String {
        var escaped = ""
        for character in sanitize(text) {
            if markdownSyntax.contains(character) { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }

    /// `text` as a Markdown code span, fenced so that a backtick inside cannot end it.
    static func markdownCode(_ text: String) -> String {
        let text = sanitize(text)
        return text.contains("`") ? "`` \(text) ``" : "`\(text)`"
    }

    /// Encoded JSON with the characters the encoder leaves raw — DEL, C1 controls, BiDi controls, line
    /// and paragraph separators — written as `\uXXXX` (they can only occur inside strings).
    static func escapingControls(inJSON json: String) -> String {
        guard json.unicodeScalars.contains(where: needsJSONEscape) else { return json }
        var escaped = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            if needsJSONEscape(scalar) {
                let hex = String(scalar.value, radix: 16)
                escaped.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
            } else {
                escaped.append(scalar)
            }
        }
        return String(escaped)
    }

    private static let markdownSyntax: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "#"]

    /// What `sanitize` replaces, but for C0 controls, which the encoder escapes already (and the
    /// line breaks between JSON's own lines are not in strings).
    private static func needsJSONEscape(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x20 && drivesTerminal(scalar)
    }
}
