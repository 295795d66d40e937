/// Fitting a breadcrumb (`Region › Centre › School`) into a width: the last part — where the user
/// is — stays whole; the earlier parts give up columns, the longest first, down to "…".
extension TextWidth {
    /// `parts` shortened so that they and `separatorWidth` columns between each two fit in
    /// `columns`. The last part is clipped only when it alone is wider than the room.
    public func breadcrumbFitted(_ parts: [String], separatorWidth: Int, to columns: Int) -> [String] {
        guard let last = parts.last else { return [] }
        let widths = parts.map { width(of: $0) }
        let separators = separatorWidth * (parts.count - 1)
        guard widths.reduce(0, +) + separators > columns else { return parts }
        let lastWidth = min(widths.last!, max(1, columns - separators - (parts.count - 1)))
        let room = columns - separators - lastWidth
        // The largest cap such that the earlier parts, each cut to it, fit in `room`.
        let earlier = widths.dropLast()
        var cap = earlier.max() ?? 0
        while cap > 1, earlier.reduce(0, { $0 + min($1, cap) }) > room { cap -= 1 }
        return parts.dropLast().map { clipped($0, to: cap) } + [clipped(last, to: lastWidth)]
    }
}
