/// A grid of dots over a rectangle of cells, at the resolution of the glyphs: braille 2×4 dots a cell
/// (U+2800 + the dots' bits), half blocks 1×2 (▀▄█), ASCII 1×1 (`*`). Each cell remembers the series
/// that set a dot in it last, whose style it is drawn in.
struct DotCanvas {
    let glyphs: ChartGlyphs
    let area: Rect
    private var bits: [UInt8]
    private var owners: [Int]

    init(glyphs: ChartGlyphs, area: Rect) {
        self.glyphs = glyphs
        self.area = area
        bits = Array(repeating: 0, count: area.width * area.height)
        owners = Array(repeating: -1, count: area.width * area.height)
    }

    /// Dots across and down one cell.
    static func resolution(_ glyphs: ChartGlyphs) -> (x: Int, y: Int) {
        switch glyphs {
        case .braille: (2, 4)
        case .blocks: (1, 2)
        case .ascii: (1, 1)
        }
    }

    /// Sets the dot at column `dotX`, row `dotY` (from the top-left of the area, in dots).
    mutating func set(dotX: Int, dotY: Int, owner: Int) {
        let (perX, perY) = Self.resolution(glyphs)
        let index = (dotY / perY) * area.width + dotX / perX
        guard dotX >= 0, dotY >= 0, index >= 0, index < bits.count, dotX / perX < area.width else { return }
        bits[index] |= Self.bit(x: dotX % perX, y: dotY % perY, glyphs: glyphs)
        owners[index] = owner
    }

    /// A dotted line (every other dot) down dot column `x` and one across dot row `y`, over the area.
    mutating func drawLines(x: Int, y: Int, owner: Int) {
        let (perX, perY) = Self.resolution(glyphs)
        for row in stride(from: 0, to: area.height * perY, by: 2) { set(dotX: x, dotY: row, owner: owner) }
        for column in stride(from: 0, to: area.width * perX, by: 2) { set(dotX: column, dotY: y, owner: owner) }
    }

    private static func bit(x: Int, y: Int, glyphs: ChartGlyphs) -> UInt8 {
        switch glyphs {
        case .braille: y == 3 ? (x == 0 ? 0x40 : 0x80) : UInt8(1 << (y + 3 * x))
        case .blocks: y == 0 ? 1 : 2
        case .ascii: 1
        }
    }

    private func symbol(_ bits: UInt8) -> Character {
        switch glyphs {
        case .braille: Character(Unicode.Scalar(0x2800 + UInt32(bits))!)
        case .blocks: bits == 1 ? "▀" : bits == 2 ? "▄" : "█"
        case .ascii: "*"
        }
    }

    /// Draws every cell that has a dot, in the style of its owner.
    func draw(into buffer: inout Buffer, styles: [Style]) {
        for index in bits.indices where bits[index] != 0 {
            buffer.set(symbol(bits[index]), x: area.x + index % area.width, y: area.y + index / area.width,
                       style: styles[owners[index]])
        }
    }
}
