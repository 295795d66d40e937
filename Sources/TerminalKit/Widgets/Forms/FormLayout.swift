/// Where a form's parts go in an area: a marker column (`▸` on the focused field, `!` on one in
/// error), labels right-aligned in a column of at most two fifths of the width, the values after
/// them, a message row under a field that has one, scrolled so that the focused field and its
/// message show; and the focused picker's open list, under its field (above when there is no room).
struct FormLayout {
    /// One row: a field's, or the message under it.
    struct Row: Hashable {
        var field: Int
        var isMessage: Bool
    }

    static let marker = "▸"
    static let errorMarker = "!"
    static let gap = 2
    /// After a picker's value: it opens a list.
    static let pickerArrow = "▾"
    /// Options shown at once in an open picker's list.
    static let pickerRows = 6

    let area: Rect
    let markerWidth: Int
    let labelWidth: Int
    let valueX: Int
    let valueWidth: Int
    /// Columns of a picker's text: its value column less a space and the arrow.
    let pickerTextWidth: Int
    let rows: [Row]
    /// The first row shown.
    let offset: Int
    /// The open picker's box, if the focused field is a picker with its list open.
    let pickerBox: Rect?

    init(_ state: FormState, area: Rect, measure: TextWidth) {
        self.area = area
        markerWidth = measure.width(of: Self.marker) + 1
        let widest = state.fields.map { measure.width(of: sanitize($0.label)) }.max() ?? 0
        labelWidth = max(0, min(widest, (area.width - markerWidth) * 2 / 5))
        valueX = area.x + markerWidth + labelWidth + Self.gap
        valueWidth = max(0, area.maxX - valueX)
        pickerTextWidth = max(0, valueWidth - measure.width(of: Self.pickerArrow) - 1)
        rows = state.fields.indices.flatMap { index in
            [Row(field: index, isMessage: false)] + (state.fields[index].message == nil ? [] : [Row(field: index, isMessage: true)])
        }
        var offset = min(max(0, state.rowOffset), max(0, rows.count - area.height))
        if let focus = state.focus, let first = rows.firstIndex(of: Row(field: focus, isMessage: false)) {
            let last = state.fields[focus].message == nil ? first : first + 1
            if first < offset { offset = first }
            if last >= offset + area.height { offset = max(0, last - area.height + 1) }
        }
        self.offset = offset
        pickerBox = Self.pickerBox(state, rows: rows, offset: offset, area: area, x: valueX, width: valueWidth)
    }

    /// The row on screen of a field (or its message), if it shows.
    func y(of row: Row) -> Int? {
        guard let index = rows.firstIndex(of: row), index >= offset, index < offset + area.height else { return nil }
        return area.y + index - offset
    }

    private static func pickerBox(
        _ state: FormState, rows: [Row], offset: Int, area: Rect, x: Int, width: Int
    ) -> Rect? {
        guard let focus = state.focus, case .picker(let picker) = state.fields[focus].input, picker.isOpen,
              let index = rows.firstIndex(of: Row(field: focus, isMessage: false)) else { return nil }
        let fieldY = area.y + index - offset
        let height = min(max(1, picker.matches.count), pickerRows) + 2
        let below = area.maxY - (fieldY + 1)
        let above = fieldY - area.y
        if height <= below || below >= above {
            return Rect(x: x, y: fieldY + 1, width: width, height: min(height, below))
        }
        return Rect(x: x, y: fieldY - min(height, above), width: width, height: min(height, above))
    }
}
