/// One bin of a `Histogram`: how many fall in it, and the tick label written under its left edge
/// (nil: none), e.g. the bin's lower bound.
public struct HistogramBin: Hashable, Sendable {
    public var count: Int
    public var label: String?

    public init(count: Int, label: String? = nil) {
        self.count = count
        self.label = label
    }
}

/// Counts in bins as adjacent vertical bars (▁…█ eighths; `#` in ASCII), scaled to the largest count,
/// with the bins' tick labels on the bottom row (a label that would run into the previous one is left
/// out). Each bin is as wide as the area allows, at least one column; bins past the right edge are not
/// drawn. The highlighted bin is drawn in `highlightStyle` and in a pattern of its own (▓ / `@`), and its
/// tick label in `highlightStyle` too, so it shows without colour.
public struct Histogram: Sendable {
    public var bins: [HistogramBin]
    public var highlighted: Int?
    public var glyphs: ChartGlyphs
    public var style: Style
    public var barStyle: Style
    public var highlightStyle: Style

    public init(bins: [HistogramBin], highlighted: Int? = nil, glyphs: ChartGlyphs = .braille, style: Style = .plain,
                barStyle: Style = .plain, highlightStyle: Style = Style(attributes: .bold)) {
        self.bins = bins
        self.highlighted = highlighted
        self.glyphs = glyphs
        self.style = style
        self.barStyle = barStyle
        self.highlightStyle = highlightStyle
    }

    /// How many of `values` fall in each of `bins` equal bins over `range` (the top value in the last
    /// bin); values outside the range and NaN are not counted.
    public static func counts(of values: some Sequence<Double>, in range: ClosedRange<Double>, bins: Int) -> [Int] {
        var counts = Array(repeating: 0, count: max(0, bins))
        for value in values {
            if let bin = ChartScale.slot(value, in: range, count: counts.count) { counts[bin] += 1 }
        }
        return counts
    }

    /// Columns each bin takes in an area `width` wide.
    public func binWidth(in width: Int) -> Int { bins.isEmpty ? 0 : max(1, width / bins.count) }

    /// The columns of bin `index` in `area` (nil when it falls outside), for a caller that writes
    /// something over or under it.
    public func columns(ofBin index: Int, in area: Rect) -> Range<Int>? {
        let width = binWidth(in: area.width), x = area.x + index * width
        guard bins.indices.contains(index), x < area.maxX else { return nil }
        return x..<min(area.maxX, x + width)
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        let area = area.intersection(buffer.area)
        buffer.fill(area, with: Cell(style: style))
        guard !area.isEmpty, !bins.isEmpty else { return }
        let hasTicks = area.height >= 2 && bins.contains { $0.label != nil }
        let barRows = area.height - (hasTicks ? 1 : 0)
        let largest = Double(max(1, bins.map(\.count).max() ?? 1))
        let glyphs = glyphs.fitting(buffer.textWidth)
        var labelEnd = area.x
        for index in bins.indices {
            guard let columns = columns(ofBin: index, in: area) else { break }
            let isHighlighted = index == highlighted
            BarStroke(glyphs: glyphs, eighths: ChartScale.steps(Double(bins[index].count), of: largest, steps: barRows * 8),
                      isSelected: isHighlighted, style: isHighlighted ? highlightStyle : barStyle)
                .drawVertical(into: &buffer, x: columns.lowerBound, width: columns.count, base: area.y + barRows - 1,
                              room: barRows)
            if hasTicks, let label = bins[index].label, columns.lowerBound >= labelEnd {
                labelEnd = columns.lowerBound + 1 + buffer.write(
                    label, x: columns.lowerBound, y: area.maxY - 1, maxWidth: area.maxX - columns.lowerBound,
                    style: isHighlighted ? highlightStyle : style)
            }
        }
    }
}
