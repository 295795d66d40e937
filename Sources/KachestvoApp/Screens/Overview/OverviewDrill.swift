import KachestvoCore

/// The list Enter asks for on the Overview: the organisations behind the chosen figure or bar, with
/// the value each contributes, titled with the figure and the year.
enum OverviewDrill {
    static func request(for item: OverviewItem, _ figures: OverviewFigures, _ context: ScreenContext) -> OrganisationDrill {
        var rows = figures.behind[item] ?? []
        if case .mean(let exam) = item { rows = OverviewFigures.schools(behind: exam, context.model, year: figures.year) }
        let value = valueColumn(item, figures)
        let year = AcademicYear(year: figures.year).label
        return OrganisationDrill(title: "\(OverviewLabels.title(of: item, context)) — \(year)",
                                 valueTitle: context.text(value.title),
                                 rows: value.scale == 1 ? rows : rows.map { DrilledOrganisation(id: $0.id, value: $0.value.map { $0 * value.scale }) },
                                 decimals: value.decimals)
    }

    /// What the value beside each organisation is, the factor that turns it into what is shown
    /// (shares into percents) and its digits.
    private static func valueColumn(_ item: OverviewItem, _ figures: OverviewFigures) -> (title: UIText, scale: Double, decimals: Int) {
        switch item {
        case .consultingCentres, .methodologicalCentres, .schools, .pupils: (.pupils, 1, 0)
        case .mean(let exam): (.drillMeanScore, 1, figures.means[exam].map { MeanText.digits($0.subject) } ?? 1)
        case .supportCases: (.drillPlanDone, 1, 0)
        case .centre: (.drillStandardisedScore, 1, 2)
        case .flag(let flag):
            switch flag {
            case .lowResult, .stableHigh: (.drillStandardisedScore, 1, 2)
            case .failsMinimum: (.drillBelowMinimumPercent, 100, 1)
            case .persistentLow: (.drillLowYears, 1, 0)
            case .decline, .suspiciousJump: (.drillScoreChange, 1, 2)
            case .fundedNoEffect, .effectiveNoFunding: (.drillPercentile, 100, 0)
            case .needsSupport: (.drillRiskScore, 1, 2)
            }
        }
    }
}
