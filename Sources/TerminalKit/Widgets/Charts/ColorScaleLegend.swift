/// A colour scale in one row: the low label, one swatch per step from low to high, the high label
/// ("низкий ░░▒▒▓▓██ высокий"). Each swatch is `swatchWidth` cells of the step's style filled with the
/// step's `ShadePattern` character, so the steps read in mono as well as in colour.
public struct ColorScaleLegend: Sendable {
    public var steps: [Style]
    public var lowLabel: String
    public var highLabel: String
    public var pattern: ShadePattern
    public var swatchWidth: Int
    public var style: Style

    /// - Parameters:
    ///   - steps: the style of each step, lowest first (their number is the pattern's number of steps).
    ///   - hasColor: whether the terminal shows the steps' colours (see `ShadePattern`).
    public init(steps: [Style], lowLabel: String = "", highLabel: String = "", glyphs: ChartGlyphs = .braille,
                hasColor: Bool, swatchWidth: Int = 2, style: Style = .plain) {
        self.steps = steps
        self.lowLabel = lowLabel
        self.highLabel = highLabel
        self.pattern = ShadePattern(steps: steps.count, glyphs: glyphs, hasColor: hasColor)
        self.swatchWidth = max(1, swatchWidth)
        self.style = style
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        let area = area.intersection(buffer.area)
        buffer.fill(area, with: Cell(style: style))
        guard !area.isEmpty, !steps.isEmpty else { return }
        let measure = buffer.textWidth, pattern = pattern.fitting(measure), y = area.y
        let swatchWidth = min(self.swatchWidth, max(1, area.width / steps.count))
        let scale = steps.count * swatchWidth
        // Both labels whole when they fit beside the scale, else half the room each.
        let room = area.width - scale, half = max(0, room / 2 - 1)
        var low = measure.prefix(of: lowLabel, columns: room), high = measure.prefix(of: highLabel, columns: room)
        if low.width + high.width + 2 > room {
            low = measure.prefix(of: lowLabel, columns: half)
            high = measure.prefix(of: highLabel, columns: half)
        }
        var x = area.x
        if low.width > 0 { x += buffer.write(String(low.text), x: x, y: y, style: style) + 1 }
        for (step, stepStyle) in steps.enumerated() {
            for _ in 0..<swatchWidth where x < area.maxX {
                buffer.set(pattern.fill(step: step), x: x, y: y, style: stepStyle)
                x += 1
            }
        }
        if high.width > 0 { buffer.write(String(high.text), x: x + 1, y: y, maxWidth: area.maxX - x - 1, style: style) }
    }
}
