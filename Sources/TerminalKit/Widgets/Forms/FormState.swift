import Bilingual

/// What the app should do after a key in a form.
public enum FormOutcome: Hashable, Sendable {
    /// The key was the form's, and there is nothing for the app to do (the cursor moved, focus moved).
    case none
    /// Not a form key (F1, say): the app may use it.
    case notHandled
    /// A value changed.
    case changed
    /// Enter or Ctrl-S with every field valid: save these values.
    case commit(FormValues)
    /// Enter or Ctrl-S with a field in error: nothing saved, focus on the first bad field (its id).
    case refused(firstInvalid: String)
    /// Esc: close the form; `askFirst` when something changed, so the app asks before discarding.
    case cancel(askFirst: Bool)
}

/// The values of a committed form by field id.
public struct FormValues: Hashable, Sendable {
    public let values: [String: FormValue]

    public init(_ values: [String: FormValue]) { self.values = values }

    /// The field's value; `.empty` for an unknown id.
    public subscript(id: String) -> FormValue { values[id] ?? .empty }
}

/// A form as a value for the app's state: its fields, which one has the focus, and the rows scrolled
/// off its top. Keys: Tab/Shift-Tab move the focus (wrapping), ↑/↓ too (not past the ends, and not
/// while a picker's list is open — there they move in the list); Enter or Ctrl-S asks to commit, Esc
/// to cancel; the rest goes to the focused field. A field is checked when it is left and at commit —
/// first by its kind, then by the app's validator — and its message stays until it is fixed (a field
/// with a message is checked again as it changes). Read-only fields are skipped.
public struct FormState: Hashable, Sendable {
    public private(set) var fields: [FormField]
    /// The focused field's index (no field is focused in a form of read-only fields only).
    public private(set) var focus: Int?
    /// The first row shown (see `Form`); `reveal(in:measure:)` keeps it.
    public var rowOffset: Int

    public init(fields: [FormField]) {
        self.fields = fields
        self.focus = fields.firstIndex { !$0.isReadOnly }
        self.rowOffset = 0
    }

    /// Whether any field differs from how the form was opened.
    public var isDirty: Bool { fields.contains(where: \.isChanged) }

    public var focusedField: FormField? { focus.map { fields[$0] } }

    /// The field with this id.
    public subscript(id: String) -> FormField? { fields.first { $0.id == id } }

    /// Sets a field's message from outside (a rule that spans fields, a save that failed).
    public mutating func setMessage(_ message: String?, for id: String) {
        update(id) { $0.message = message }
    }

    /// Changes a field from outside: new options for a picker that depends on another field, a field
    /// that becomes read-only. Whether the form is dirty is still judged against how it was opened.
    public mutating func update(_ id: String, _ change: (inout FormField) -> Void) {
        guard let index = fields.firstIndex(where: { $0.id == id }) else { return }
        change(&fields[index])
        if fields[index].isReadOnly, focus == index { focus = fields.firstIndex { !$0.isReadOnly } }
    }

    /// Moves the focus to the field with this id, if it can take it.
    public mutating func focus(on id: String) {
        guard let index = fields.firstIndex(where: { $0.id == id }), !fields[index].isReadOnly else { return }
        focus = index
    }

    /// Applies one key. `validate` holds the app's rules for a field (see `FormValidator`);
    /// `language` is that of the widgets' own messages.
    public mutating func apply(
        _ key: Key, language: Language, validate: FormValidator = { _, _ in nil }
    ) -> FormOutcome {
        guard let focus else {
            return key == .escape ? .cancel(askFirst: false) : .notHandled
        }
        if case .picker(let picker) = fields[focus].input, picker.isOpen {
            return applyToOpenList(key, picker: picker, language: language, validate: validate)
        }
        switch key {
        case .tab: moveFocus(by: 1, wrapping: true, language: language, validate: validate)
        case .backTab: moveFocus(by: -1, wrapping: true, language: language, validate: validate)
        case .down: moveFocus(by: 1, wrapping: false, language: language, validate: validate)
        case .up: moveFocus(by: -1, wrapping: false, language: language, validate: validate)
        case .enter, .ctrl("s"): return commit(language: language, validate: validate)
        case .escape: return .cancel(askFirst: isDirty)
        default: return fieldEdited(edit(focus, with: key), language: language, validate: validate)
        }
        return .none
    }

    /// A key while the focused picker's list is open: the list takes it, but for Tab/Shift-Tab (which
    /// take the highlighted match of a typed filter and move on) and Ctrl-S (which commits).
    private mutating func applyToOpenList(
        _ key: Key, picker: PickerState, language: Language, validate: FormValidator
    ) -> FormOutcome {
        guard let focus else { return .notHandled }
        var picker = picker
        switch key {
        case .tab, .backTab, .ctrl("s"):
            let before = picker.chosen
            let typed = !picker.filter.text.isEmpty
            let unmatched = typed && picker.highlightedOption == nil
            if key != .ctrl("s"), typed, let option = picker.highlightedOption { picker.choose(id: option.id) }
            picker.close()
            fields[focus].input = .picker(picker)
            if key == .ctrl("s") { return commit(language: language, validate: validate) }
            moveFocus(by: key == .tab ? 1 : -1, wrapping: true, language: language, validate: validate)
            // What was typed matched nothing: say so, rather than leave the field as if untouched.
            if unmatched { fields[focus].message = FormText.chooseFromList.text(language) }
            return picker.chosen == before ? .none : .changed
        default:
            let result = picker.apply(key)
            fields[focus].input = .picker(picker)
            if case .chosen = result { return fieldEdited(true, language: language, validate: validate) }
            return result == .notHandled ? .notHandled : .none
        }
    }

    /// Checks every field: `.commit` with the values when all are valid, else `.refused` with the
    /// focus on the first bad one.
    public mutating func commit(language: Language, validate: FormValidator = { _, _ in nil }) -> FormOutcome {
        for index in fields.indices where !fields[index].isReadOnly {
            fields[index].message = fields[index].validationMessage(language, validate: validate)
        }
        if let bad = fields.firstIndex(where: { $0.message != nil && !$0.isReadOnly }) {
            focus = bad
            return .refused(firstInvalid: fields[bad].id)
        }
        var values: [String: FormValue] = [:]
        for field in fields {
            if case .valid(let value) = field.parsed { values[field.id] = value }
        }
        return .commit(FormValues(values))
    }

    /// The key given to the focused field: whether it changed the value (nil: not the field's key).
    private mutating func edit(_ index: Int, with key: Key) -> Bool? {
        switch fields[index].input {
        case .line(var editor, let kind):
            let result = editor.apply(key)
            fields[index].input = .line(editor, kind)
            return result == .notHandled ? nil : result == .changed
        case .toggle(let isOn):
            guard key == .character(" ") else { return nil }
            fields[index].input = .toggle(!isOn)
            return true
        case .picker(var picker):
            let result = picker.apply(key)
            fields[index].input = .picker(picker)
            if case .chosen = result { return true }
            return result == .notHandled ? nil : false
        }
    }

    /// The outcome of an edit; a field already showing a message is checked again, so the message
    /// goes as soon as the value is right.
    private mutating func fieldEdited(_ changed: Bool?, language: Language, validate: FormValidator) -> FormOutcome {
        guard let changed else { return .notHandled }
        guard changed else { return .none }
        if let focus, fields[focus].message != nil {
            fields[focus].message = fields[focus].validationMessage(language, validate: validate)
        }
        return .changed
    }

    /// Leaves the focused field (checking it) for the next editable one in `step`'s direction.
    private mutating func moveFocus(by step: Int, wrapping: Bool, language: Language, validate: FormValidator) {
        guard let current = focus else { return }
        var index = current
        for _ in fields.indices {
            index += step
            if wrapping { index = (index + fields.count) % fields.count }
            guard fields.indices.contains(index) else { return }
            if !fields[index].isReadOnly { break }
        }
        guard index != current, !fields[index].isReadOnly else { return }
        fields[current].message = fields[current].validationMessage(language, validate: validate)
        focus = index
    }
}

extension FormState {
    /// Keeps the scroll positions where `Form` draws them in `area` — the rows, the focused field's
    /// text, an open picker's list — so that the next frame moves as little as possible from there.
    /// Call it after `apply` with the area the form is drawn in; without it the form still draws right.
    public mutating func reveal(in area: Rect, measure: TextWidth) {
        let layout = FormLayout(self, area: area, measure: measure)
        rowOffset = layout.offset
        guard let focus else { return }
        switch fields[focus].input {
        case .line(var editor, let kind):
            editor.reveal(columns: layout.valueWidth, measure: measure)
            fields[focus].input = .line(editor, kind)
        case .picker(var picker):
            picker.revealFilter(columns: layout.pickerTextWidth, measure: measure)
            if let box = layout.pickerBox {
                picker.offset = Picker(picker, language: .en, showsFilter: false).listOffset(in: box)
            }
            fields[focus].input = .picker(picker)
        case .toggle: break
        }
    }
}
