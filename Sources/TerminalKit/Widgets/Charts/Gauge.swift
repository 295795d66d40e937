/// A fraction as a bar in one row: the label, the bar filled to the fraction in eighths of a cell over
/// a track (░ / `.`), and the value text (nil: the percentage, as "62%"). NaN draws an empty track.
public struct Gauge: Sendable {
    public var fraction: Double
    public var label: String?
    public var valueText: String?
    public var glyphs: ChartGlyphs
    public var style: Style
    public var barStyle: Style

    public init(fraction: Double, label: String? = nil, valueText: String? = nil, glyphs: ChartGlyphs = .braille,
                style: Style = .plain, barStyle: Style = .plain) {
        self.fraction = fraction
        self.label = label
        self.valueText = valueText
        self.glyphs = glyphs
        self.style = style
        self.barStyle = barStyle
    }

    /// The value text drawn after the bar.
    public var shownValue: String {
        valueText ?? (fraction.isFinite ? "\(Int((min(1, max(0, fraction)) * 100).rounded()))%" : "")
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        let area = area.intersection(buffer.area)
        buffer.fill(area, with: Cell(style: style))
        guard !area.isEmpty else { return }
        let measure = buffer.textWidth, glyphs = glyphs.fitting(measure), y = area.y + area.height / 2
        var x = area.x
        if let label, !label.isEmpty {
            let shown = measure.prefix(of: label, columns: area.width / 2)
            x += buffer.write(String(shown.text), x: x, y: y, maxWidth: shown.width, style: style)
            x += 1
        }
        let value = measure.prefix(of: shownValue, columns: max(0, area.maxX - x) / 2)
        let room = area.maxX - x - (value.width > 0 ? value.width + 1 : 0)
        guard room > 0 else { return }
        for column in x..<(x + room) { buffer.set(glyphs.track, x: column, y: y, style: style) }
        BarStroke(glyphs: glyphs, eighths: ChartScale.steps(fraction, of: 1, steps: room * 8), isSelected: false,
                  style: barStyle).drawHorizontal(into: &buffer, x: x, y: y, room: room)
        buffer.write(String(value.text), x: area.maxX - value.width, y: y, maxWidth: value.width, style: style)
    }
}
