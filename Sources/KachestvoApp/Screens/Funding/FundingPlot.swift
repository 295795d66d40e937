import Bilingual
import KachestvoCore
import TerminalKit

/// How the quadrant is drawn: a series per quadrant (the two flagged ones with markers of their
/// own, the rest in dots, the coefficients set by school type dim), the reference lines at the
/// coefficient 1.00 and at the threshold being adjusted, ticks in the screen's language, and the
/// cursor on the selected organisation.
enum FundingPlot {
    /// Series in drawing order: dots first, the flagged quadrants' markers over them.
    static let drawingOrder: [FundingQuadrant] = [.byType, .ordinaryWeaker, .raisedStrong, .effectiveOrdinary, .raisedWeak]

    static func scatter(_ state: FundingState, _ context: ScreenContext, glyphs: ChartGlyphs, width: Int) -> ScatterPlot {
        let figures = state.figures
        let series = drawingOrder.map {
            ScatterSeries(points: figures.chartPoints[$0] ?? [], style: style(of: $0, context), marker: marker(of: $0, glyphs))
        }
        let xRange = coefficientRange(figures)
        let threshold = state.thresholds(context)[keyPath: state.adjusting.keyPath]
        return ScatterPlot(
            series: series, xRange: xRange, yRange: 0...1, xTicks: coefficientTicks(xRange, width: width, context.language),
            yTicks: percentTicks(state.thresholds(context), context.language),
            quadrant: ChartPoint(x: ordinaryDivide(xRange), y: threshold),
            cursor: state.selectedPoint.map { chartPoint(figures.points[$0]) }, glyphs: glyphs,
            style: context.style(.text), axisStyle: context.style(.muted), lineStyle: context.style(.warning),
            cursorStyle: context.style(.selection).adding(.bold))
    }

    /// Where the cursor can go, in the plot's cells (a cell is about twice as tall as wide), so that
    /// «nearest» means nearest on screen.
    static func cursorPositions(_ figures: FundingFigures, width: Int, height: Int) -> [PlotCursor.Position] {
        let range = coefficientRange(figures)
        let span = range.upperBound - range.lowerBound
        return figures.points.map { point in
            PlotCursor.Position(x: (point.financing.coefficient - range.lowerBound) / span * Double(max(1, width)),
                                y: point.percentile * Double(max(1, height)) * 2)
        }
    }

    private static func chartPoint(_ point: FundingPoint) -> ChartPoint {
        ChartPoint(x: point.financing.coefficient, y: point.percentile)
    }

    /// The coefficients plotted, with a margin on either side so that 1.00 is not on the axis.
    static func coefficientRange(_ figures: FundingFigures) -> ClosedRange<Double> {
        let bounds = figures.coefficientBounds
        let margin = max(0.05, (bounds.upperBound - bounds.lowerBound) * 0.04)
        return (bounds.lowerBound - margin)...(bounds.upperBound + margin)
    }

    /// Just right of 1.00: the vertical line parts the ordinary coefficient from the rest.
    private static func ordinaryDivide(_ range: ClosedRange<Double>) -> Double {
        1 + (range.upperBound - range.lowerBound) * 0.03
    }

    /// Round ticks about ten columns apart, with as many decimals as they need (at least one).
    private static func coefficientTicks(_ range: ClosedRange<Double>, width: Int, _ language: Language) -> [AxisTick] {
        AxisTick.round(in: range, count: max(2, width / 10)) { value in
            let tenths = value * 10
            return NumberText.fixed(value, digits: abs(tenths - tenths.rounded()) > 1e-6 ? 2 : 1, language)
        }
    }

    /// 0 and 100 % and the two thresholds, so that the lines can be read off the axis.
    private static func percentTicks(_ thresholds: FlagThresholds, _ language: Language) -> [AxisTick] {
        Set([0, thresholds.fundedNoEffectPercentile, thresholds.effectiveNoFundingPercentile, 1]).sorted().map {
            AxisTick($0, label: NumberText.percent($0, language))
        }
    }

    static func style(of quadrant: FundingQuadrant, _ context: ScreenContext) -> Style {
        switch quadrant {
        case .raisedWeak: context.style(.danger)
        case .raisedStrong: context.style(.accent)
        case .effectiveOrdinary: context.style(.success)
        case .ordinaryWeaker: context.style(.text)
        case .byType: context.style(.muted)
        }
    }

    /// The flagged quadrants get whole-cell markers, the rest braille dots.
    private static func marker(of quadrant: FundingQuadrant, _ glyphs: ChartGlyphs) -> ScatterMarker {
        guard let symbol = symbol(of: quadrant, glyphs) else { return .dots }
        return .symbol(symbol)
    }

    /// The marker of a flagged quadrant (■ □, ASCII `x` `o`); nil for those drawn in dots.
    static func symbol(of quadrant: FundingQuadrant, _ glyphs: ChartGlyphs) -> Character? {
        switch quadrant {
        case .raisedWeak: glyphs == .ascii ? "x" : "■"
        case .effectiveOrdinary: glyphs == .ascii ? "o" : "□"
        case .raisedStrong, .ordinaryWeaker, .byType: nil
        }
    }

    /// What stands for a quadrant drawn in dots, in the key.
    static func keyGlyph(of quadrant: FundingQuadrant, _ glyphs: ChartGlyphs) -> Character {
        symbol(of: quadrant, glyphs) ?? (glyphs == .braille ? "⠿" : glyphs == .blocks ? "▀" : "*")
    }

    static func label(of quadrant: FundingQuadrant) -> UIText {
        switch quadrant {
        case .raisedWeak: .fundingRaisedWeak
        case .raisedStrong: .fundingRaisedStrong
        case .effectiveOrdinary: .fundingEffective
        case .ordinaryWeaker: .fundingOrdinaryWeaker
        case .byType: .fundingByType
        }
    }

    /// The key's short names of the four quadrants.
    static func shortLabel(of quadrant: FundingQuadrant) -> UIText {
        switch quadrant {
        case .raisedWeak: .fundingRaisedWeakShort
        case .raisedStrong: .fundingRaisedStrongShort
        case .effectiveOrdinary: .fundingEffectiveShort
        case .ordinaryWeaker: .fundingOrdinaryWeakerShort
        case .byType: .fundingByType
        }
    }
}
