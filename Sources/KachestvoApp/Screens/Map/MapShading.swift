import TerminalKit

/// How values become tile shades: five steps over the values on show, coloured through the theme's
/// heat roles and filled with a `ShadePattern`, so they read in colour and in mono alike.
struct MapShading {
    static let stepRoles: [ThemeRole] = [.heatLow, .heatLow, .heatMid, .heatHigh, .heatHigh]

    let range: ClosedRange<Double>?
    let styles: [Style]
    let pattern: ShadePattern
    let glyphs: ChartGlyphs

    init(range: ClosedRange<Double>?, _ context: ScreenContext) {
        self.range = range
        styles = Self.stepRoles.map(context.style)
        glyphs = context.chartGlyphs
        pattern = ShadePattern(steps: Self.stepRoles.count, glyphs: glyphs, hasColor: context.colorDepth != .none)
            .fitting(context.textWidth)
    }

    /// The step of `value`: its place in the range on show, in fifths (the middle when all are equal).
    func step(of value: Double) -> Int {
        let steps = styles.count
        guard let range, range.upperBound > range.lowerBound else { return steps / 2 }
        let fraction = (value - range.lowerBound) / (range.upperBound - range.lowerBound)
        return min(steps - 1, max(0, Int(fraction * Double(steps))))
    }

    /// The scale for the legend, labelled with the lowest and highest value.
    func legend(low: String, high: String, _ context: ScreenContext) -> ColorScaleLegend {
        ColorScaleLegend(steps: styles, lowLabel: low, highLabel: high, glyphs: glyphs,
                         hasColor: context.colorDepth != .none, style: context.style(.text))
    }
}
