import TerminalKit

/// A bullet or label followed by text that wraps under itself, not under the label:
///
///     q/F10   Quit — Leave the
///             program
enum HangingIndent {
    /// `prefix` then `body` wrapped to `width`; continuation rows start with spaces as wide as the prefix.
    static func lines(prefix: [Span], body: [Span], width: Int, measure: TextWidth) -> [Line] {
        let prefixLine = Line(prefix)
        let indent = prefixLine.width(using: measure)
        guard width > indent + 4 else { return [Line(prefix + body)] }
        let rows = WordWrap.wrap(Line(body), width: width - indent, measure: measure)
        return rows.enumerated().map { index, row in
            Line((index == 0 ? prefix : [Span(String(repeating: " ", count: indent))]) + row.spans)
        }
    }
}
