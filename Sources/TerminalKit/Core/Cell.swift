/// One terminal cell: the grapheme drawn in it and its style. A wide (two-column) character occupies
/// its cell and marks the next one as a `continuation`, which backends skip.
public struct Cell: Hashable, Sendable {
    public var symbol: String
    public var style: Style
    /// True for the right half of a wide character.
    public var isContinuation: Bool

    public init(symbol: String = " ", style: Style = .plain, isContinuation: Bool = false) {
        self.symbol = symbol
        self.style = style
        self.isContinuation = isContinuation
    }

    public static let blank = Cell()
}
