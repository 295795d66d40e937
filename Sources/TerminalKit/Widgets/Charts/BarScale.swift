/// The value range of a bar chart, from `low` (0 or below) to `high` (0 or above), and how a span of
/// cells divides between negative and positive bars at the zero line.
struct BarScale {
    var low: Double
    var high: Double

    /// From the given bounds, else the values' own; an empty scale reaches up to 1.
    init(values: [Double], minimum: Double?, maximum: Double?) {
        let finite = values.filter(\.isFinite)
        low = min(0, minimum.flatMap { $0.isFinite ? $0 : nil } ?? finite.min() ?? 0)
        high = max(0, maximum.flatMap { $0.isFinite ? $0 : nil } ?? finite.max() ?? 0)
        if low == 0, high == 0 { high = 1 }
    }

    /// Cells below zero (left of it, or under it) out of `cells`.
    func negativeCells(of cells: Int) -> Int {
        low < 0 ? Int((Double(cells) * -low / (high - low)).rounded()) : 0
    }

    /// The bar of `value` in `cells` cells (split as `negativeCells`): which way it grows and its length.
    func stroke(_ value: Double, cells: Int, glyphs: ChartGlyphs, isSelected: Bool, style: Style) -> BarStroke {
        let negative = negativeCells(of: cells), backward = value < 0
        let eighths = backward ? ChartScale.steps(-value, of: -low, steps: negative * 8)
            : ChartScale.steps(value, of: high, steps: (cells - negative) * 8)
        return BarStroke(glyphs: glyphs, eighths: eighths, isSelected: isSelected, style: style, backward: backward)
    }
}
