/// A trend in one row: each value a cell at one of eight levels (▁…█, ASCII `_.-~=^*#`) between the
/// lowest and the highest value (or `range`). A nil or NaN value is a gap. When there are more values
/// than columns the latest are shown; when all values are equal they sit at the middle level.
public struct Sparkline: Sendable {
    public var values: [Double?]
    public var range: ClosedRange<Double>?
    public var glyphs: ChartGlyphs
    public var style: Style

    public init(
        values: [Double?], range: ClosedRange<Double>? = nil, glyphs: ChartGlyphs = .braille, style: Style = .plain
    ) {
        self.values = values
        self.range = range
        self.glyphs = glyphs
        self.style = style
    }

    /// The cells drawn for the values, one a value (a space for a gap).
    public func symbols(textWidth: TextWidth = .standard) -> [Character] {
        let levels = glyphs.fitting(textWidth).levels
        let finite = values.compactMap { $0 }.filter(\.isFinite)
        guard let low = range?.lowerBound ?? finite.min(), let high = range?.upperBound ?? finite.max() else {
            return values.map { _ in " " }
        }
        return values.map { value in
            guard let value, value.isFinite else { return " " }
            guard let fraction = ChartScale.fraction(value, in: low...max(low, high)) else {
                return levels[levels.count / 2 - 1]
            }
            return levels[ChartScale.bucket(fraction, count: levels.count)]
        }
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        let area = area.intersection(buffer.area)
        buffer.fill(area, with: Cell(style: style))
        guard !area.isEmpty else { return }
        for (column, symbol) in symbols(textWidth: buffer.textWidth).suffix(area.width).enumerated() {
            buffer.set(symbol, x: area.x + column, y: area.maxY - 1, style: style)
        }
    }
}
