/// A frame of cells. Views draw the whole frame into a buffer every time (immediate mode); backends
/// send only what differs from the previous frame (`changes(from:)`).
public struct Buffer: Hashable, Sendable {
    public private(set) var width: Int
    public private(set) var height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int, filling cell: Cell = .blank) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: cell, count: self.width * self.height)
    }

    public var area: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// The cell at a column and row; reads outside the buffer give a blank cell.
    public subscript(x: Int, y: Int) -> Cell {
        get {
            guard x >= 0, y >= 0, x < width, y < height else { return .blank }
            return cells[y * width + x]
        }
        set {
            guard x >= 0, y >= 0, x < width, y < height else { return }
            cells[y * width + x] = newValue
        }
    }

    /// Fills a rectangle (clipped to the buffer) with one cell.
    public mutating func fill(_ rect: Rect, with cell: Cell) {
        let clipped = rect.intersection(area)
        guard !clipped.isEmpty else { return }
        for row in clipped.y..<clipped.maxY {
            let start = row * width + clipped.x
            for index in start..<(start + clipped.width) { cells[index] = cell }
        }
    }

    /// Sets the style of every cell in a rectangle, keeping the symbols.
    public mutating func setStyle(_ style: Style, in rect: Rect) {
        let clipped = rect.intersection(area)
        guard !clipped.isEmpty else { return }
        for row in clipped.y..<clipped.maxY {
            for column in clipped.x..<clipped.maxX { cells[row * width + column].style = style }
        }
    }

    /// One changed cell: where it is and what it now holds.
    public struct Change: Hashable, Sendable {
        public var x: Int
        public var y: Int
        public var cell: Cell
    }

    /// The cells that differ from `previous`, in row-major order. If the sizes differ every cell is a
    /// change. Continuation cells are not reported (the wide character before them covers them).
    public func changes(from previous: Buffer) -> [Change] {
        let sameSize = previous.width == width && previous.height == height
        var result: [Change] = []
        for index in cells.indices where !sameSize || cells[index] != previous.cells[index] {
            let cell = cells[index]
            if cell.isContinuation {
                // A wide glyph turned into its continuation: the owner changed too and is reported.
                continue
            }
            result.append(Change(x: index % width, y: index / width, cell: cell))
        }
        return result
    }
}
