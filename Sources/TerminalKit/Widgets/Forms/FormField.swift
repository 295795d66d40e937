import Bilingual

/// One labelled field of a `FormState`: its id (the app's name for it), label, what it holds, whether
/// it must be filled or may not be changed, and the validation message shown under it (nil: none).
public struct FormField: Hashable, Sendable {
    /// What the field edits.
    public enum Input: Hashable, Sendable {
        /// A line of text read by its kind (text, number, date).
        case line(LineEditor, TextFieldKind)
        /// Yes or no, flipped with Space.
        case toggle(Bool)
        /// A choice from a list, with type-to-filter.
        case picker(PickerState)
    }

    public let id: String
    public var label: String
    public var input: Input
    public var isRequired: Bool
    /// Shown, never focused or changed.
    public var isReadOnly: Bool
    /// The validation message, already in the user's language.
    public var message: String?
    /// `text` when the form was opened, to tell whether anything changed.
    public let initialText: String

    public init(id: String, label: String, input: Input, isRequired: Bool = false, isReadOnly: Bool = false) {
        self.id = id
        self.label = label
        self.input = input
        self.isRequired = isRequired
        self.isReadOnly = isReadOnly
        self.message = nil
        self.initialText = Self.text(of: input)
    }

    /// A typed line: text (with its maximum length), a number with its range, or a date (`text` is
    /// the value as the user should see it, `FormDate.text` for a date).
    public static func line(
        _ id: String, label: String, kind: TextFieldKind, text: String = "", isRequired: Bool = false,
        isReadOnly: Bool = false
    ) -> FormField {
        FormField(id: id, label: label, input: .line(LineEditor(text, maxLength: kind.maxLength), kind),
                  isRequired: isRequired, isReadOnly: isReadOnly)
    }

    public static func toggle(_ id: String, label: String, isOn: Bool, isReadOnly: Bool = false) -> FormField {
        FormField(id: id, label: label, input: .toggle(isOn), isReadOnly: isReadOnly)
    }

    public static func picker(
        _ id: String, label: String, options: [PickerOption], chosen: String? = nil, isRequired: Bool = false,
        isReadOnly: Bool = false
    ) -> FormField {
        FormField(id: id, label: label, input: .picker(PickerState(options: options, chosen: chosen)),
                  isRequired: isRequired, isReadOnly: isReadOnly)
    }

    /// The field as text, as the app's validator gets it: the line's text, `true`/`false` for a
    /// toggle, the chosen option's id (empty for none) for a picker.
    public var text: String { Self.text(of: input) }

    private static func text(of input: Input) -> String {
        switch input {
        case .line(let editor, _): editor.text
        case .toggle(let isOn): isOn ? "true" : "false"
        case .picker(let picker): picker.chosen?.id ?? ""
        }
    }

    /// Whether the field differs from how the form was opened.
    public var isChanged: Bool { text != initialText }

    /// The field's value, or what is wrong with it by its own kind (before the app's rules).
    public var parsed: ParsedField {
        switch input {
        case .line(let editor, let kind): return kind.parse(editor.text, isRequired: isRequired)
        case .toggle(let isOn): return .valid(.toggle(isOn))
        case .picker(let picker):
            if let chosen = picker.chosen { return .valid(.choice(chosen)) }
            return isRequired ? .invalid(.required) : .valid(.empty)
        }
    }

    /// The message to show for the field now: its own kind's, else the app's validator's.
    func validationMessage(_ language: Language, validate: FormValidator) -> String? {
        switch parsed {
        case .invalid(let problem): problem.text(language)
        case .valid: validate(id, text)
        }
    }
}

/// The app's rules for one field: its id and text (`FormField.text`) → a message in the user's
/// language, or nil when the value is fine.
public typealias FormValidator = (_ fieldID: String, _ text: String) -> String?
