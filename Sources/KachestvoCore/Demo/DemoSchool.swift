/// How a demo school performs: a latent strength (in between-school standard deviations, 0 = an
/// average school) and how it moves over the years.
struct DemoPerformance {
    /// The course of a school's results over the years.
    enum Trend: Equatable {
        case stable
        /// Losing this much strength a year.
        case declining(Double)
        /// Gaining this much strength a year.
        case improving(Double)
        /// A suspicious one-year spike in this exam year.
        case jump(Int)
    }

    var strength: Double
    var trend: Trend

    /// The strength in an exam year (2016 is the middle of the demo's five years).
    func level(in year: Int) -> Double {
        let fromMiddle = Double(year - 2016)
        switch trend {
        case .stable: return strength
        case .declining(let rate): return strength - rate * fromMiddle
        case .improving(let rate): return strength + rate * fromMiddle
        case .jump(let spikeYear): return strength + (year == spikeYear ? 3.2 : 0)
        }
    }

    /// A random course: mostly stable, some declining or improving, a few suspicious jumps.
    static func randomTrend(_ random: inout DemoRandom) -> Trend {
        switch random.weightedIndex([62, 16, 18, 4]) {
        case 0: return .stable
        case 1: return .declining(random.double(in: 0.2...0.45))
        case 2: return .improving(random.double(in: 0.1...0.3))
        default: return .jump(random.int(in: 2016...2018))
        }
    }
}

/// A generated organisation together with what the rest of the generator needs to know about it.
struct DemoSchool {
    var organisation: Organisation
    /// Index into `DemoGeography.areas`.
    var area: Int
    /// Index of the КЦ whose subtree holds the organisation (its own index for a КЦ).
    var consultingCentre: Int
    var performance: DemoPerformance
    /// The first exam year with the project's raised coefficient; nil when never raised.
    var raisedFrom: Int?
    /// The multiplier of the raised coefficient (1.05…1.20).
    var raiseFactor: Double
    /// A raised-coefficient participant deliberately given weak or declining results.
    var fundedWithoutEffect: Bool

    var id: Identifier<Organisation> { organisation.id }
    var kind: Organisation.Kind { organisation.kind }
    var isCentre: Bool { organisation.role == .consultingCentre || organisation.role == .methodologicalCentre }
}
