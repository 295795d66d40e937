/// How a grapheme cluster is drawn so that every terminal advances the cursor by exactly the columns
/// `TextWidth` counts. Terminals agree on a single scalar (by its `wcwidth`) followed by combining
/// marks; they disagree on the rest — a zero-width joiner may fuse what follows into the cell before
/// (an emoji family is 2 columns in one terminal, 6 in another, and a letter with a stray joiner can
/// swallow the border after it), and variation selectors, skin-tone modifiers, tag characters,
/// keycaps and regional-indicator pairs (flags) are each drawn one way or another. So a cluster is
/// drawn as one cell per spacing scalar with its combining marks: joiners, selectors, modifiers and
/// tags are left out, a regional indicator is drawn as its Latin letter (🇷🇺 reads «RU»), and a code
/// point `wcwidth` does not know becomes "�".
extension TextWidth {
    /// One cell of a drawn cluster: its symbol (a spacing scalar and its combining marks) and columns.
    public struct DrawnCell: Hashable, Sendable {
        public var symbol: String
        public var width: Int
    }

    /// The cells `character` is drawn in, left to right; none for a cluster with nothing spacing in it.
    public func drawnCells(of character: Character) -> [DrawnCell] {
        var cells: [DrawnCell] = []
        for scalar in character.unicodeScalars {
            if !cells.isEmpty, Self.isLeftOut(scalar) { continue }
            let columns = LibcWidth.width(of: scalar)
            if columns == 0 {
                // A combining mark joins the cell before; alone (or a joiner alone) it is not drawn.
                if !cells.isEmpty { cells[cells.count - 1].symbol.unicodeScalars.append(scalar) }
                continue
            }
            let drawn = Self.stand(for: scalar, columns: columns)
            cells.append(DrawnCell(symbol: String(drawn), width: cellWidth(drawn)))
        }
        return cells
    }

    /// Whether `character` is drawn as anything other than itself in one cell (the slow path).
    func needsDrawnForm(_ character: Character) -> Bool {
        var scalars = character.unicodeScalars.makeIterator()
        guard let first = scalars.next() else { return false }
        return needsDrawnForm(first: first, alone: scalars.next() == nil)
    }

    /// `needsDrawnForm` of a cluster known by its first scalar and whether that scalar is all of it.
    func needsDrawnForm(first: Unicode.Scalar, alone: Bool) -> Bool {
        if first.value < 0x7F, alone { return false }
        return !alone || Self.isRegionalIndicator(first) || Self.isLeftOut(first)
            || LibcWidth.width(of: first) < 0 && !Self.isControl(first)
    }

    /// Columns of one drawn scalar: its `wcwidth` (controls count as their one-column stand-in), two for
    /// an ambiguous one when they are drawn wide.
    func cellWidth(_ scalar: Unicode.Scalar) -> Int {
        cellWidth(scalar, wcwidth: LibcWidth.width(of: scalar))
    }

    /// `cellWidth` of a scalar whose `wcwidth` is known already.
    func cellWidth(_ scalar: Unicode.Scalar, wcwidth columns: Int) -> Int {
        guard columns >= 0 else { return 1 }
        return columns == 1 && ambiguousWide && AmbiguousWidth.contains(scalar) ? 2 : columns
    }

    /// Scalars no terminal draws the same way after a spacing one: joiners, variation selectors,
    /// emoji modifiers, tags and the enclosing keycap.
    static func isLeftOut(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200C, 0x200D, 0x20E3, 0xFE00...0xFE0F, 0x1F3FB...0x1F3FF, 0xE0000...0xE007F, 0xE0100...0xE01EF: true
        default: false
        }
    }

    private static func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool {
        (0x1F1E6...0x1F1FF).contains(scalar.value)
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// What is drawn for a spacing scalar: a regional indicator's letter, "�" for an unknown code point.
    private static func stand(for scalar: Unicode.Scalar, columns: Int) -> Unicode.Scalar {
        if isRegionalIndicator(scalar) { return Unicode.Scalar(UInt8(0x41 + scalar.value - 0x1F1E6)) }
        if columns < 0, !isControl(scalar) { return "\u{FFFD}" }
        return scalar
    }
}
