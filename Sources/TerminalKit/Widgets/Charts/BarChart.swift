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
/// group a bar: value on top, bar, label below). Lengths are in eighths of a cell (▏…█ / ▁…█), scaled to
/// `maximum` (nil: the largest value). The selected bar's label is drawn in `selectionStyle` and its bar
/// in a pattern of its own (▓ / `@`), so it shows without colour. A horizontal chart with more bars than
/// rows shows the rows from `offset` (see `ScrollState`) with the selection kept in view.
public struct BarChart: Sendable {
    public enum Orientation: Hashable, Sendable { case horizontal, vertical }

    public var items: [BarChartItem]
    public var orientation: Orientation
    public var maximum: Double?
    public var selected: Int?
    public var offset: Int
    public var glyphs: ChartGlyphs
    public var style: Style
    public var barStyle: Style
    public var selectionStyle: Style

    public init(
        items: [BarChartItem], orientation: Orientation = .horizontal, maximum: Double? = nil, selected: Int? = nil,
        offset: Int = 0, glyphs: ChartGlyphs = .braille, style: Style = .plain, barStyle: Style = .plain,
        selectionStyle: Style = Style(attributes: .reverse)
    ) {
        self.items = items
        self.orientation = orientation
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
        let top = maximum.flatMap { $0.isFinite && $0 > 0 ? $0 : nil } ?? ChartScale.maximum(items.map(\.value)) ?? 1
        switch orientation {
        case .horizontal: renderHorizontal(into: &buffer, area: area, maximum: top)
        case .vertical: renderVertical(into: &buffer, area: area, maximum: top)
        }
    }

    private func stroke(_ index: Int, cells: Int, maximum: Double, measure: TextWidth) -> BarStroke {
        BarStroke(glyphs: glyphs.fitting(measure), eighths: ChartScale.steps(items[index].value, of: maximum, steps: cells * 8),
                  isSelected: index == selected, style: items[index].style ?? barStyle)
    }

    private func renderHorizontal(into buffer: inout Buffer, area: Rect, maximum: Double) {
        let measure = buffer.textWidth
        let labelWidth = min(area.width / 3, items.map { measure.prefix(of: $0.label, columns: area.width).width }.max() ?? 0)
        let valueWidth = min(area.width / 3, items.map { measure.prefix(of: $0.valueText ?? "", columns: area.width).width }.max() ?? 0)
        let barX = area.x + labelWidth + (labelWidth > 0 ? 1 : 0)
        let barRoom = area.maxX - barX - (valueWidth > 0 ? valueWidth + 1 : 0)
        let first = ScrollState.offset(selected: selected, visible: area.height, current: offset, count: items.count)
        for row in 0..<min(area.height, items.count - first) {
            let index = first + row, y = area.y + row
            let item = items[index]
            let labelStyle = index == selected ? selectionStyle : style
            buffer.write(measure.fitted(String(measure.prefix(of: item.label, columns: labelWidth + 1).text), to: labelWidth),
                         x: area.x, y: y, maxWidth: labelWidth, style: labelStyle)
            stroke(index, cells: max(0, barRoom), maximum: maximum, measure: measure).drawHorizontal(into: &buffer, x: barX, y: y, room: barRoom)
            if let text = item.valueText, valueWidth > 0 {
                let shown = String(measure.prefix(of: text, columns: valueWidth).text)
                buffer.write(measure.padded(shown, to: valueWidth, alignment: .right), x: area.maxX - valueWidth, y: y,
                             maxWidth: valueWidth, style: labelStyle)
            }
        }
    }

    private func renderVertical(into buffer: inout Buffer, area: Rect, maximum: Double) {
        let measure = buffer.textWidth
        let hasValues = items.contains { $0.valueText != nil }
        let hasLabels = items.contains { !$0.label.isEmpty }
        let barRows = area.height - (hasValues ? 1 : 0) - (hasLabels ? 1 : 0)
        let columns = max(1, (area.width + 1) / items.count - 1)
        for index in items.indices {
            let x = area.x + index * (columns + 1)
            guard x < area.maxX else { break }
            let width = min(columns, area.maxX - x)
            let item = items[index]
            let textStyle = index == selected ? selectionStyle : style
            if barRows > 0 {
                stroke(index, cells: barRows, maximum: maximum, measure: measure).drawVertical(into: &buffer, x: x, width: width, bottom: area.y + (hasValues ? 1 : 0) + barRows - 1, room: barRows)
            }
            if hasValues, let text = item.valueText {
                let shown = String(measure.prefix(of: text, columns: width).text)
                buffer.write(measure.padded(shown, to: width, alignment: .center), x: x, y: area.y, maxWidth: width, style: textStyle)
            }
            if hasLabels, area.height >= 2 {
                let shown = String(measure.prefix(of: item.label, columns: width).text)
                buffer.write(measure.padded(shown, to: width, alignment: .center), x: x, y: area.maxY - 1, maxWidth: width,
                             style: textStyle)
            }
        }
    }
}
