import Bilingual
import KachestvoCore
import TerminalKit

/// The words and numbers of the Overview's items, as its rows, tiles and drill titles show them.
enum OverviewLabels {
    /// The item's name: «Школы», «ЕГЭ Русский язык», a flag's title, a КЦ's index.
    static func title(of item: OverviewItem, _ context: ScreenContext) -> String {
        switch item {
        case .consultingCentres: context.text(.overviewConsultingCentres)
        case .methodologicalCentres: context.text(.overviewMethodologicalCentres)
        case .schools: context.text(.overviewSchools)
        case .pupils: context.text(.overviewPupils)
        case .mean(.russian): context.text(.overviewRussianMean)
        case .mean(.profileMaths): context.text(.overviewMathsMean)
        case .flag(let flag): flag.title.text(context.language)
        case .supportCases: context.text(.overviewOpenCases)
        case .centre(let id):
            "\(context.text(.overviewCentreIndex)): \(context.model.index.organisation(id)?.name ?? id.rawValue)"
        }
    }

    /// The item's figure as text («10», «6 540», «65,0»), «…» while it is loading, «—» when there is none.
    static func value(of item: OverviewItem, _ figures: OverviewFigures, _ context: ScreenContext) -> String {
        let pending = OverviewScreen.pending(item, context)
        switch item {
        case .mean(let exam):
            // The region's means come with a snapshot's digest; only the schools behind them wait.
            guard let mean = figures.means[exam], mean.now != nil else { return pending ? "…" : "—" }
            return MeanText.text(mean.now, mean.subject, context.language)
        case _ where pending:
            return "…"
        case .centre(let id):
            return figures.centre(id)?.share.map { NumberText.percent($0, context.language) } ?? "—"
        default:
            return NumberText.grouped(figures.count(item), context.language)
        }
    }

    /// The change since last year of a mean, signed and styled; nil for other items.
    static func change(of item: OverviewItem, _ figures: OverviewFigures, _ context: ScreenContext) -> Span? {
        guard let mean = mean(item, figures),
              let change = MeanText.change(from: mean.previous, to: mean.now, mean.subject, context.language) else { return nil }
        return Span(change.text, style: change.style(context))
    }

    private static func mean(_ item: OverviewItem, _ figures: OverviewFigures) -> OverviewFigures.HeadlineMean? {
        guard case .mean(let exam) = item else { return nil }
        return figures.means[exam]
    }
}
