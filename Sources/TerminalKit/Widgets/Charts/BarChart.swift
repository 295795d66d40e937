/// One bar of a `BarChart`: its label, its value, the value as the caller wants it written (nil: no
/// value text) and its own style (nil: the chart's `barStyle`).
public struct BarChartItem: Hashable, Sendable {
    public var label: String
    public var value: Double
    public var valueText: String?
    public var style: Style?

    public init(label: String, value: Double, valueText: String? = nil, style: Style? = nil) {
        self.label = label
        self.value = value
        self.valueText = valueText
        self.style = style
    }
}

/// Bars with labels and values, horizontal (one row a bar: label, bar, value) or vertical (one column
/// group a bar: value on top, bar, label below). Lengths are in eighths of a cell (▏…█ / ▁…█), scaled
/// from `minimum` to `maximum` (nil: the values' own, with zero always in the scale). Where the scale
/// goes below zero, negative bars grow leftwards (downwards) from the zero line in half cells (▐ ▀). The
/// selected bar's label and value are drawn in `selectionStyle` and its bar in a pattern of its own
/// (▓ / `@`), so it shows without colour. A horizontal chart with more bars than rows shows the rows
/// from `offset` (see `ScrollState`) with the selection kept in view.
public struct BarChart: Sendable {
    public enum Orientation: Hashable, Sendable { case horizontal, vertical }

    public var items: [BarChartItem]
    public var orientation: Orientation
    public var minimum: Double?
    public var maximum: Double?
    public var selected: Int?
    public var offset: Int
    public var glyphs: ChartGlyphs
    public var style: Style
    public var barStyle: Style
    public var selectionStyle: Style

    public init(
        items: [BarChartItem], orientation: Orientation = .horizontal, minimum: Double? = nil, maximum: Double? = nil,
        selected: Int? = nil, offset: Int = 0, glyphs: ChartGlyphs = .braille, style: Style = .plain,
        barStyle: Style = .plain, selectionStyle: Style = Style(attributes: .reverse)
    ) {
        self.items = items
        self.orientation = orientation
        self.minimum = minimum
        self.maximum = maximum
        self.selected = selected
        self.offset = offset
        self.glyphs = glyphs
        self.style = style
        self.barStyle = barStyle
        self.selectionStyle = selectionStyle
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        let area = area.intersection(buffer.area)
        buffer.fill(area, with: Cell(style: style))
        guard !area.isEmpty, !items.isEmpty else { return }
        let scale = BarScale(values: items.map(\.value), minimum: minimum, maximum: maximum)
        switch orientation {
        case .horizontal: renderHorizontal(into: &buffer, area: area, scale: scale)
        case .vertical: renderVertical(into: &buffer, area: area, scale: scale)
        }
    }

    private func stroke(_ index: Int, cells: Int, scale: BarScale, glyphs: ChartGlyphs) -> BarStroke {
        scale.stroke(items[index].value, cells: cells, glyphs: glyphs, isSelected: index == selected,
                     style: items[index].style ?? barStyle)
    }

    private func textStyle(_ index: Int) -> Style { index == selected ? selectionStyle : style }

    private func renderHorizontal(into buffer: inout Buffer, area: Rect, scale: BarScale) {
        let measure = buffer.textWidth, glyphs = glyphs.fitting(measure)
        let widest = { (texts: [String]) in
            min(area.width / 3, texts.map { measure.prefix(of: $0, columns: area.width).width }.max() ?? 0)
        }
        let labelWidth = widest(items.map(\.label)), valueWidth = widest(items.map { $0.valueText ?? "" })
        let barX = area.x + labelWidth + (labelWidth > 0 ? 1 : 0)
        let barRoom = max(0, area.maxX - barX - (valueWidth > 0 ? valueWidth + 1 : 0))
        let zeroX = barX + scale.negativeCells(of: barRoom)
        let first = ScrollState.offset(selected: selected, visible: area.height, current: offset, count: items.count)
        for row in 0..<min(area.height, items.count - first) {
            let index = first + row, y = area.y + row, item = items[index]
            let label = String(measure.prefix(of: item.label, columns: labelWidth + 1).text)
            buffer.write(measure.fitted(label, to: labelWidth), x: area.x, y: y, maxWidth: labelWidth,
                         style: textStyle(index))
            let bar = stroke(index, cells: barRoom, scale: scale, glyphs: glyphs)
            bar.drawHorizontal(into: &buffer, x: bar.backward ? zeroX - 1 : zeroX, y: y,
                               room: bar.backward ? zeroX - barX : barX + barRoom - zeroX)
            if let text = item.valueText, valueWidth > 0 {
                let shown = String(measure.prefix(of: text, columns: valueWidth).text)
                buffer.write(measure.padded(shown, to: valueWidth, alignment: .right), x: area.maxX - valueWidth, y: y,
                             maxWidth: valueWidth, style: textStyle(index))
            }
        }
    }

    private func renderVertical(into buffer: inout Buffer, area: Rect, scale: BarScale) {
        let measure = buffer.textWidth, glyphs = glyphs.fitting(measure)
        let hasValues = items.contains { $0.valueText != nil }, hasLabels = items.contains { !$0.label.isEmpty }
        let barTop = area.y + (hasValues ? 1 : 0)
        let barRows = max(0, area.height - (hasValues ? 1 : 0) - (hasLabels ? 1 : 0))
        let zeroY = barTop + barRows - scale.negativeCells(of: barRows)
        let columns = max(1, (area.width + 1) / items.count - 1)
        for index in items.indices {
            let x = area.x + index * (columns + 1)
            guard x < area.maxX else { break }
            let width = min(columns, area.maxX - x)
            let bar = stroke(index, cells: barRows, scale: scale, glyphs: glyphs)
            bar.drawVertical(into: &buffer, x: x, width: width, base: bar.backward ? zeroY : zeroY - 1,
                             room: bar.backward ? barTop + barRows - zeroY : zeroY - barTop)
            let texts = [(hasValues, items[index].valueText ?? "", area.y),
                         (hasLabels && area.height >= 2, items[index].label, area.maxY - 1)]
            for (shows, text, y) in texts where shows {
                let shown = String(measure.prefix(of: text, columns: width).text)
                buffer.write(measure.padded(shown, to: width, alignment: .center), x: x, y: y, maxWidth: width,
                             style: textStyle(index))
            }
        }
    }
}
