/// A frame of cells. Views draw the whole frame into a buffer every time (immediate mode); backends
/// send only what differs from the previous frame (`changes(from:)`).
public struct Buffer: Hashable, Sendable {
    public private(set) var width: Int
    public private(set) var height: Int
    public private(set) var cells: [Cell]
    /// How text written into this buffer is measured (set `ambiguousWide` to match the terminal).
    public var textWidth: TextWidth

    public init(width: Int, height: Int, filling cell: Cell = .blank, textWidth: TextWidth = .standard) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: cell, count: self.width * self.height)
        self.textWidth = textWidth
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

    /// Fills a rectangle (clipped to the buffer) with one cell. A wide character cut by the rectangle's
    /// edge loses its other half too (it becomes a space).
    public mutating func fill(_ rect: Rect, with cell: Cell) {
        let clipped = rect.intersection(area)
        guard !clipped.isEmpty else { return }
        for row in clipped.y..<clipped.maxY {
            detachWideNeighbours(row: row, from: clipped.x, to: clipped.maxX)
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

    /// Before cells `from..<to` of a row are overwritten: a wide character whose other half lies outside
    /// that span is replaced by a space (in its own style), so no half glyph is left behind.
    mutating func detachWideNeighbours(row: Int, from start: Int, to end: Int) {
        let rowStart = row * width
        if start > 0, start < width, cells[rowStart + start].isContinuation {
            cells[rowStart + start - 1] = Cell(symbol: " ", style: cells[rowStart + start - 1].style)
        }
        if end < width, end > 0, cells[rowStart + end].isContinuation {
            cells[rowStart + end] = Cell(symbol: " ", style: cells[rowStart + end].style)
        }
    }
}
