/// Breaks a styled line into rows of at most `width` columns at spaces; a word longer than a row is
/// broken where it reaches the edge. Spaces at a break are dropped. Text is sanitised first.
/// A line is first clipped to what `maxRows` rows can hold, and no more than `maxRows` rows are made
/// (the last ending in "…" when text was left out): the work is bounded by what can be shown, however
/// long the text.
public enum WordWrap {
    /// More rows than any screen shows of one line.
    public static let maximumRows = 100

    public static func wrap(_ line: Line, width: Int, measure: TextWidth = .standard, maxRows: Int = maximumRows) -> [Line] {
        guard width > 0, maxRows > 0 else { return [] }
        let (spans, isCut) = clip(line.spans, to: maxRows * width, measure: measure)
        var rows: [[Glyph]] = []
        var row: [Glyph] = []
        var rowWidth = 0
        var breakAfter: Int?
        for span in spans {
            for character in sanitize(span.text) {
                let glyph = Glyph(character: character, style: span.style, width: measure.width(of: character))
                let isSpace = character == " "
                if isSpace, row.isEmpty, !rows.isEmpty { continue }
                if rowWidth + glyph.width > width, !row.isEmpty {
                    if isSpace {
                        rows.append(row)
                        (row, rowWidth, breakAfter) = ([], 0, nil)
                        continue
                    }
                    let carried = breakAfter.map { Array(row[$0...]) } ?? []
                    rows.append(Array(row[..<(breakAfter ?? row.count)]))
                    row = carried
                    rowWidth = carried.reduce(0) { $0 + $1.width }
                    breakAfter = nil
                }
                row.append(glyph)
                rowWidth += glyph.width
                if isSpace { breakAfter = row.count }
            }
        }
        rows.append(row)
        guard isCut || rows.count > maxRows else { return rows.map(makeLine) }
        var lines = rows.prefix(maxRows).map(makeLine)
        let last = lines.count - 1
        lines[last] = Line(clipEnd(lines[last], width: width, measure: measure))
        return lines
    }

    /// The spans cut to at most `columns` columns, walking only what is kept; and whether text was left out.
    static func clip(_ spans: [Span], to columns: Int, measure: TextWidth) -> ([Span], Bool) {
        var room = columns
        var kept: [Span] = []
        for span in spans {
            let shown = measure.prefix(of: span.text, columns: room)
            kept.append(Span(String(shown.text), style: span.style))
            room -= shown.width
            if shown.isCut { return (kept, true) }
        }
        return (kept, false)
    }

    /// `line` ending in "…", cut so that the two fit in `width`.
    private static func clipEnd(_ line: Line, width: Int, measure: TextWidth) -> [Span] {
        var spans: [Span] = []
        var room = width - measure.width(of: TextWidth.ellipsis)
        for span in line.spans where room > 0 {
            let shown = measure.prefix(of: span.text, columns: room)
            spans.append(Span(String(shown.text), style: span.style))
            room -= shown.width
        }
        spans.append(Span(TextWidth.ellipsis, style: line.spans.last?.style))
        return spans
    }

    private struct Glyph {
        var character: Character
        var style: Style?
        var width: Int
    }

    /// Joins glyphs back into spans, one span per run of the same style, trailing spaces dropped.
    private static func makeLine(_ glyphs: [Glyph]) -> Line {
        var glyphs = glyphs[...]
        while glyphs.last?.character == " " { glyphs = glyphs.dropLast() }
        var spans: [Span] = []
        for glyph in glyphs {
            if let last = spans.last, last.style == glyph.style {
                spans[spans.count - 1].text.append(glyph.character)
            } else {
                spans.append(Span(String(glyph.character), style: glyph.style))
            }
        }
        return Line(spans)
    }
}
