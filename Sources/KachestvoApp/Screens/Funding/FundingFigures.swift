import Foundation
import KachestvoCore
import TerminalKit

/// What the Funding screen shows for one model, year and set of thresholds: the organisations with
/// a coefficient and a result index, the quadrant of each, and the two lists the council asked for.
/// Points are computed once per model generation and year, the quadrants and lists once per
/// thresholds — never per key or frame.
struct FundingFigures: Sendable, Equatable {
    private(set) var generation: UUID?
    private(set) var year: Int?
    private(set) var thresholds = FlagThresholds()
    private(set) var points: [FundingPoint] = []
    /// `quadrants[i]` is the quadrant of `points[i]` under `thresholds`.
    private(set) var quadrants: [FundingQuadrant] = []
    /// FUNDED_NO_EFFECT, weakest results first, and EFFECTIVE_NO_FUNDING, strongest first: positions
    /// in `points`.
    private(set) var fundedNoEffect: [Int] = []
    private(set) var effectiveNoFunding: [Int] = []
    /// How many points each quadrant holds.
    private(set) var counts: [FundingQuadrant: Int] = [:]
    /// Each quadrant's points as the plot takes them (coefficient, percentile), so that a frame
    /// does not regroup them.
    private(set) var chartPoints: [FundingQuadrant: [ChartPoint]] = [:]
    /// The smallest and largest coefficient plotted, 1.00 always among them.
    private(set) var coefficientBounds: ClosedRange<Double> = 1...1
    /// Each point's position by organisation id.
    private(set) var place: [Identifier<Organisation>: Int] = [:]

    /// Brings the figures up to date with `model`, `year` and `thresholds`, computing only what changed.
    mutating func update(model: AppModel, year: Int, thresholds: FlagThresholds) {
        let newPoints = generation != model.generation || self.year != year
        if newPoints {
            generation = model.generation
            self.year = year
            points = model.index.fundingPoints(year: year)
            place = Dictionary(points.enumerated().map { ($1.financing.organisationId, $0) }) { first, _ in first }
            let coefficients = points.map(\.financing.coefficient)
            coefficientBounds = min(1, coefficients.min() ?? 1)...max(1, coefficients.max() ?? 1)
        }
        guard newPoints || self.thresholds != thresholds else { return }
        self.thresholds = thresholds
        quadrants = points.map { $0.quadrant(thresholds) }
        counts = quadrants.reduce(into: [:]) { $0[$1, default: 0] += 1 }
        chartPoints = [:]
        for (point, quadrant) in zip(points, quadrants) {
            chartPoints[quadrant, default: []].append(ChartPoint(x: point.financing.coefficient, y: point.percentile))
        }
        let byPercentile = points.indices.sorted { (points[$0].percentile, $0) < (points[$1].percentile, $1) }
        fundedNoEffect = byPercentile.filter { quadrants[$0] == .raisedWeak }
        effectiveNoFunding = byPercentile.reversed().filter { quadrants[$0] == .effectiveOrdinary }
    }

    /// The list shown in `pane`, empty for the plot.
    func list(_ pane: FundingState.Pane) -> [Int] {
        switch pane {
        case .plot: []
        case .fundedList: fundedNoEffect
        case .effectiveList: effectiveNoFunding
        }
    }

    /// The points of one quadrant, in dataset order.
    func members(of quadrant: FundingQuadrant) -> [Int] {
        points.indices.filter { quadrants[$0] == quadrant }
    }
}
