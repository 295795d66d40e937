/// How text is aligned inside a fixed number of columns.
public enum TextAlignment: Hashable, Sendable {
    case left, center, right
}

/// Measures text in terminal columns and fits it into a number of columns.
///
/// Text is measured by grapheme clusters, each as wide as the cells it is drawn in (`drawnCells(of:)`):
/// a cluster every terminal draws alike — a scalar and its combining marks — takes its libc `wcwidth`
/// (the table ncurses uses); any other cluster (an emoji ZWJ sequence, a flag, a stray joiner) is drawn
/// in a form whose width is certain, and measured as that. Controls count one column, the width of the
/// stand-in `sanitize(_:)` shows for them. With `ambiguousWide`, East Asian ambiguous characters
/// (Cyrillic, Greek, box drawing, "…" and others) count two columns, for terminals that draw them wide.
///
/// Backends should place each cell at its own column rather than rely on the terminal advancing the cursor.
public struct TextWidth: Hashable, Sendable {
    /// Whether East Asian ambiguous characters take two columns.
    public var ambiguousWide: Bool

    public init(ambiguousWide: Bool = false) {
        self.ambiguousWide = ambiguousWide
    }

    /// Narrow ambiguous characters: what almost every Western terminal does.
    public static let standard = TextWidth()

    /// The string used to mark clipped text.
    public static let ellipsis = "…"

    /// Columns taken by one grapheme cluster as it is drawn: 0, 1 or 2 for one cell, more for a
    /// cluster drawn in several (an emoji family is three faces, 6 columns).
    public func width(of character: Character) -> Int {
        // The scalars walked once: this runs for every character drawn.
        var scalars = character.unicodeScalars.makeIterator()
        guard let first = scalars.next() else { return 0 }
        let alone = scalars.next() == nil
        if alone, let columns = widthAlone(first) { return columns }
        if needsDrawnForm(first: first, alone: alone) { return drawnCells(of: character).reduce(0) { $0 + $1.width } }
        return cellWidth(first)
    }

    /// Columns taken by a string: the sum over its grapheme clusters.
    public func width(of text: String) -> Int {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
        if let width = widthScalarByScalar(of: text) { return width }
        return text.reduce(0) { $0 + width(of: $1) }
    }

    /// The width of `text` when each of its scalars is a cluster of its own (`ScalarClusters`), summed
    /// without finding the clusters — which costs more than the widths for Cyrillic; nil for other text.
    private func widthScalarByScalar(of text: String) -> Int? {
        var total = 0
        for scalar in text.unicodeScalars {
            guard let columns = widthAlone(scalar) else { return nil }
            total += columns
        }
        return total
    }

    /// The width of `scalar` as a cluster of its own when every neighbour leaves it one; nil for a
    /// scalar that may join its neighbours or is drawn in another form.
    func widthAlone(_ scalar: Unicode.Scalar) -> Int? {
        if scalar.value >= 0x20, scalar.value < 0x7F { return 1 }
        guard ScalarClusters.standsAlone(scalar) else { return nil }
        // A scalar standing alone is no control, joiner or regional indicator: it needs a drawn form
        // only when `wcwidth` does not know it. Asked once, as this runs for every letter drawn.
        let columns = LibcWidth.width(of: scalar)
        return columns >= 0 ? cellWidth(scalar, wcwidth: columns) : nil
    }

    /// The longest prefix of `text` that fits in `columns`. When text is cut and `ellipsis` is on, the
    /// prefix ends in "…" (if even the ellipsis does not fit, the text is cut without it). A wide
    /// character is never split: the result may then be one column narrower than `columns`.
    public func clipped(_ text: String, to columns: Int, ellipsis: Bool = true) -> String {
        let columns = max(0, columns)
        guard prefix(of: text, columns: columns).isCut else { return text }
        let marker = ellipsis ? Self.ellipsis : ""
        let room = columns - width(of: marker)
        return room < 0 ? "" : String(prefix(of: text, columns: room).text) + marker
    }

    /// The longest prefix of `text` at most `columns` wide, its width, and whether anything was left
    /// out. It walks only what it keeps (and at most `2 × columns + 16` clusters, so a run of zero-width
    /// ones is cut too): a name of five million characters costs what a name of twenty does.
    public func prefix(of text: String, columns: Int) -> (text: Substring, width: Int, isCut: Bool) {
        let columns = max(0, columns)
        if text.utf8.count <= columns, text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            return (text[...], text.utf8.count, false)
        }
        if let fitting = prefixScalarByScalar(of: text, columns: columns) { return fitting }
        var used = 0
        var clusters = 0
        var index = text.startIndex
        while index < text.endIndex {
            let columnsHere = width(of: text[index])
            clusters += 1
            if used + columnsHere > columns || clusters > 2 * columns + 16 { return (text[..<index], used, true) }
            used += columnsHere
            index = text.index(after: index)
        }
        return (text[...], used, false)
    }

    /// `prefix(of:columns:)` walking scalars, while each stands alone (see `widthAlone`); nil when one
    /// does not, before the prefix is found.
    private func prefixScalarByScalar(of text: String, columns: Int) -> (text: Substring, width: Int, isCut: Bool)? {
        var used = 0
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            // A zero-width scalar is left to the clusters' walk, which bounds a run of them.
            guard let columnsHere = widthAlone(scalars[index]), columnsHere > 0 else { return nil }
            if used + columnsHere > columns { return (text[..<index], used, true) }
            used += columnsHere
            scalars.formIndex(after: &index)
        }
        return (text[...], used, false)
    }

    /// `text` with spaces added to make it `columns` wide; text already wider is returned unchanged.
    public func padded(_ text: String, to columns: Int, alignment: TextAlignment = .left) -> String {
        let gap = columns - width(of: text)
        guard gap > 0 else { return text }
        let (before, after) = Self.split(gap: gap, alignment: alignment)
        return String(repeating: " ", count: before) + text + String(repeating: " ", count: after)
    }

    /// `text` clipped (see `clipped`) and padded to exactly `columns` columns.
    public func fitted(
        _ text: String, to columns: Int, alignment: TextAlignment = .left, ellipsis: Bool = true
    ) -> String {
        padded(clipped(text, to: columns, ellipsis: ellipsis), to: max(0, columns), alignment: alignment)
    }

    /// Spaces before and after content that leaves `gap` free columns.
    static func split(gap: Int, alignment: TextAlignment) -> (before: Int, after: Int) {
        switch alignment {
        case .left: return (0, gap)
        case .right: return (gap, 0)
        case .center: return (gap / 2, gap - gap / 2)
        }
    }

}
