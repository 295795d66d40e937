/// A run of text in one style. A `nil` style means "the style of the widget that draws it".
public struct Span: Hashable, Sendable {
    public var text: String
    public var style: Style?

    public init(_ text: String, style: Style? = nil) {
        self.text = text
        self.style = style
    }
}

/// One line of styled text made of spans; what lists, tables and paragraphs show.
public struct Line: Hashable, Sendable, ExpressibleByStringLiteral {
    public var spans: [Span]

    public init(_ spans: [Span]) {
        self.spans = spans
    }

    /// A line of one span.
    public init(_ text: String, style: Style? = nil) {
        self.spans = [Span(text, style: style)]
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }

    /// The text without styles.
    public var plainText: String { spans.map(\.text).joined() }

    /// Columns the line takes (after sanitising, as it will be drawn).
    public func width(using measure: TextWidth = .standard) -> Int {
        spans.reduce(0) { $0 + measure.width(of: sanitize($1.text)) }
    }
}
