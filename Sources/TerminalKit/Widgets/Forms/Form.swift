import Bilingual

/// Draws a `FormState` (see `FormLayout` for where things go): each field's label and value on a row,
/// its message under it as «! …», the focused field in `focusedValue` with its cursor, read-only
/// values in `readOnly`, a toggle as «[x] да» / «[ ] нет», a picker's choice with «▾» after it (unless read-only) and,
/// while its list is open, the filter in the field and the list in a box under it.
public struct Form {
    public var state: FormState
    public var language: Language
    public var styles: FormStyles

    public init(_ state: FormState, language: Language, styles: FormStyles = .mono) {
        self.state = state
        self.language = language
        self.styles = styles
    }

    /// Draws the form; returns where the focused field's cursor is (for an app that places the
    /// terminal's own cursor), nil when it does not show or the field has none.
    @discardableResult
    public func render(into buffer: inout Buffer, area: Rect) -> (x: Int, y: Int)? {
        let area = area.intersection(buffer.area)
        buffer.fill(area, with: Cell(style: styles.value))
        let layout = FormLayout(state, area: area, measure: buffer.textWidth)
        var cursor: (x: Int, y: Int)?
        for (index, field) in state.fields.enumerated() {
            let focused = index == state.focus
            if let y = layout.y(of: .init(field: index, isMessage: false)) {
                drawLabel(field, focused: focused, y: y, layout: layout, into: &buffer)
                if let x = drawValue(field, focused: focused, y: y, layout: layout, into: &buffer) { cursor = (x, y) }
            }
            if let message = field.message, let y = layout.y(of: .init(field: index, isMessage: true)) {
                buffer.write(FormLayout.errorMarker + " " + message, x: layout.valueX, y: y, maxWidth: layout.valueWidth,
                             style: styles.error, overflow: .ellipsis)
            }
        }
        if let box = layout.pickerBox, let focus = state.focus, case .picker(let picker) = state.fields[focus].input {
            Picker(picker, language: language, styles: styles, showsFilter: false).render(into: &buffer, area: box)
        }
        return cursor
    }

    private func drawLabel(_ field: FormField, focused: Bool, y: Int, layout: FormLayout, into buffer: inout Buffer) {
        let marker = focused ? FormLayout.marker : field.message != nil ? FormLayout.errorMarker : ""
        buffer.write(marker, x: layout.area.x, y: y, maxWidth: layout.markerWidth,
                     style: focused ? styles.focusedLabel : styles.error)
        let label = buffer.textWidth.clipped(sanitize(field.label), to: layout.labelWidth)
        buffer.write(buffer.textWidth.padded(label, to: layout.labelWidth, alignment: .right),
                     x: layout.area.x + layout.markerWidth, y: y, maxWidth: layout.labelWidth,
                     style: focused ? styles.focusedLabel : field.isReadOnly ? styles.readOnly : styles.label)
    }

    /// Draws the value; returns the cursor's column when the field is focused and has one.
    private func drawValue(
        _ field: FormField, focused: Bool, y: Int, layout: FormLayout, into buffer: inout Buffer
    ) -> Int? {
        let x = layout.valueX
        let width = layout.valueWidth
        guard width > 0 else { return nil }
        let style = focused ? styles.focusedValue : field.isReadOnly ? styles.readOnly : styles.value
        switch field.input {
        case .line(let editor, _):
            if focused { return editor.render(into: &buffer, x: x, y: y, columns: width, style: style, cursorStyle: styles.cursor) }
            buffer.write(editor.text, x: x, y: y, maxWidth: width, style: style, overflow: .ellipsis)
        case .toggle(let isOn):
            buffer.fill(Rect(x: x, y: y, width: width, height: 1), with: Cell(style: style))
            let word = (isOn ? FormText.yes : FormText.no).text(language)
            buffer.write((isOn ? "[x] " : "[ ] ") + word, x: x, y: y, maxWidth: width, style: style)
        case .picker(let picker):
            let room = layout.pickerTextWidth
            buffer.fill(Rect(x: x, y: y, width: width, height: 1), with: Cell(style: style))
            if !field.isReadOnly { buffer.write(FormLayout.pickerArrow, x: x + room + 1, y: y, style: style) }
            if focused, picker.isOpen {
                return picker.filter.render(into: &buffer, x: x, y: y, columns: room, style: style, cursorStyle: styles.cursor)
            }
            buffer.write(picker.chosen?.label ?? "", x: x, y: y, maxWidth: room, style: style, overflow: .ellipsis)
        }
        return nil
    }
}
