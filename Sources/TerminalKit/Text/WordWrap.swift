/// Breaks a styled line into rows of at most `width` columns at spaces; a word longer than a row is
/// broken where it reaches the edge. Spaces at a break are dropped. Text is sanitised first.
public enum WordWrap {
    public static func wrap(_ line: Line, width: Int, measure: TextWidth = .standard) -> [Line] {
        guard width > 0 else { return [] }
        var rows: [[Glyph]] = []
        var row: [Glyph] = []
        var rowWidth = 0
        var breakAfter: Int?
        for span in line.spans {
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
        return rows.map(makeLine)
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
