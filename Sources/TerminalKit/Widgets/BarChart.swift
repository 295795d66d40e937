/// One bar of a `BarChart`: label, value, the text shown after the bar, and an optional own style.
public struct Bar: Hashable, Sendable {
    public var label: String
    public var value: Double
    public var valueText: String
    public var style: Style?

    public init(label: String, value: Double, valueText: String, style: Style? = nil) {
        self.label = label
        self.value = value
        self.valueText = valueText
        self.style = style
    }
}

/// Horizontal bars, one per row: "label ████▌    value". Bars are measured in eighths of a cell
/// (▏▎▍▌▋▊▉█) against `maximum` (or the largest value); negative values draw no bar. Labels take at most
/// a third of the width. Only as many bars as rows are drawn, starting at `offset`.
public struct BarChart: Sendable {
    public var bars: [Bar]
    public var maximum: Double?
    public var offset: Int
    public var labelStyle: Style
    public var barStyle: Style
    public var valueStyle: Style

    public init(
        _ bars: [Bar], maximum: Double? = nil, offset: Int = 0, labelStyle: Style = .plain,
        barStyle: Style = .plain, valueStyle: Style = .plain
    ) {
        self.bars = bars
        self.maximum = maximum
        self.offset = offset
        self.labelStyle = labelStyle
        self.barStyle = barStyle
        self.valueStyle = valueStyle
    }

    static let partials: [String] = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    public func render(into buffer: inout Buffer, area: Rect) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty, !bars.isEmpty else { return }
        let measure = buffer.textWidth
        let shown = bars.dropFirst(max(0, offset)).prefix(area.height)
        let labelWidth = min(area.width / 3, bars.map { measure.width(of: sanitize($0.label)) }.max() ?? 0)
        let valueWidth = bars.map { measure.width(of: sanitize($0.valueText)) }.max() ?? 0
        let barWidth = max(0, area.width - labelWidth - valueWidth - 2)
        let top = maximum ?? bars.map(\.value).max() ?? 0
        for (row, bar) in shown.enumerated() {
            let y = area.y + row
            let label = measure.fitted(sanitize(bar.label), to: labelWidth)
            var x = area.x + buffer.write(label + " ", x: area.x, y: y, maxWidth: area.width, style: labelStyle)
            let eighths = top > 0 ? Int((min(max(0, bar.value), top) / top * Double(barWidth * 8)).rounded()) : 0
            let body = String(repeating: "█", count: eighths / 8) + Self.partials[eighths % 8]
            buffer.write(body, x: x, y: y, maxWidth: barWidth, style: bar.style ?? barStyle)
            x += barWidth + 1
            let value = measure.padded(sanitize(bar.valueText), to: valueWidth, alignment: .right)
            buffer.write(value, x: x, y: y, maxWidth: area.maxX - x, style: valueStyle)
        }
    }
}
