import KachestvoCore

/// Where the user is on the Funding screen: the organisation under the cursor (by id), the pane in
/// focus, the thresholds being tried on screen and which one `+`/`-` change, and the figures
/// computed for the model, year and thresholds.
struct FundingState: Sendable, Equatable {
    /// The panes Tab cycles through.
    enum Pane: CaseIterable, Sendable, Hashable {
        case plot, fundedList, effectiveList
    }

    /// The thresholds adjustable on screen: the result percentiles of the two funding flags.
    enum Threshold: CaseIterable, Sendable {
        case fundedNoEffect, effectiveNoFunding

        var keyPath: WritableKeyPath<FlagThresholds, Double> {
            switch self {
            case .fundedNoEffect: \.fundedNoEffectPercentile
            case .effectiveNoFunding: \.effectiveNoFundingPercentile
            }
        }

        /// The rule in words, up to the threshold's value («…: процентиль <»), and a shorter form.
        var title: UIText {
            switch self {
            case .fundedNoEffect: .fundingFundedThreshold
            case .effectiveNoFunding: .fundingEffectiveThreshold
            }
        }

        var shortTitle: UIText {
            switch self {
            case .fundedNoEffect: .fundingFundedShort
            case .effectiveNoFunding: .fundingEffectiveShortTitle
            }
        }
    }

    var focus: Pane = .plot
    var selected: Identifier<Organisation>?
    /// Thresholds tried on screen and not yet saved; nil while they are the data file's.
    var trial: FlagThresholds?
    var adjusting: Threshold = .fundedNoEffect
    /// First visible row of each list.
    var listOffsets: [Pane: Int] = [:]
    var figures = FundingFigures()

    /// The point under the cursor, if it is plotted.
    var selectedPoint: Int? { selected.flatMap { figures.place[$0] } }

    /// The thresholds in force on screen.
    func thresholds(_ context: ScreenContext) -> FlagThresholds { trial ?? context.model.dataset.thresholds }
}
