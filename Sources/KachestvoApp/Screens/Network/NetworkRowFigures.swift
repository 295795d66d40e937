import Bilingual
import KachestvoCore
import TerminalKit

/// The figures of the focused Network column: for each row the headline mean and the flag badge, in
/// columns as wide as their widest possible value so that they line up, and the header that names
/// them. A school's badge counts its own concern flags (or shows ★ for a positive one); a group's
/// counts its organisations that carry a concern flag.
struct NetworkRowFigures {
    private let state: NetworkState
    private let context: ScreenContext
    private let headline: Subject?
    private let width: Int
    private let meanWidth: Int
    private let badgeWidth: Int
    /// Whether any row opens further: then each row ends in › or a blank where it would be, else in
    /// one blank that keeps the badge off the border.
    private let hasArrows: Bool
    /// Columns left for the name.
    let nameWidth: Int

    /// `nodes`: the column's rows, each `width` columns wide.
    init(nodes: [Int], width: Int, _ state: NetworkState, _ context: ScreenContext) {
        self.state = state
        self.context = context
        self.width = width
        let measure = context.textWidth
        headline = context.model.headlineSubject.flatMap { id in context.model.dataset.subjects.first { $0.id == id } }
        let widestMean = NumberText.fixed(headline?.scale == .mark5 ? 5 : 100, digits: 1, context.language)
        meanWidth = measure.width(of: widestMean)
        let tree = NetworkNavigator.hierarchy(state, context)
        let groups = nodes.filter { !tree.children[$0].isEmpty }
        let mostFlagged = groups.map { NodeFigures.concernCount(of: $0, state, context) }.max() ?? 0
        let mostFlags = groups.count == nodes.count ? mostFlagged : max(mostFlagged, Flag.allCases.count)
        badgeWidth = measure.width(of: "⚑" + NumberText.grouped(mostFlags, context.language))
        hasArrows = !groups.isEmpty
        nameWidth = max(1, width - meanWidth - badgeWidth - (hasArrows ? 4 : 3))
    }

    /// `Название ······ ЕГЭ Рус. яз. ⚑ `: the mean's title ends over the means, ⚑ sits over the badges.
    func header() -> Line {
        let measure = context.textWidth
        let meanTitle = headline.map { "\($0.exam.abbreviation) \($0.shortName)" } ?? context.text(.mean)
        let right = meanTitle + " " + measure.padded("⚑", to: badgeWidth) + (hasArrows ? "  " : " ")
        let name = context.text(.rowName)
        let gap = width - measure.width(of: name) - measure.width(of: right)
        let text = gap >= 1 ? name + String(repeating: " ", count: gap) + right : measure.padded(right, to: width, alignment: .right)
        return Line(text, style: context.style(.muted))
    }

    /// One row: `name` (already fitted), the mean, the badge, and › when the node has children.
    func line(name: String, node: Int) -> Line {
        let measure = context.textWidth
        let mean = NodeFigures.headlineMean(of: node, state, context).map { NumberText.fixed($0, digits: 1, context.language) } ?? "—"
        let concerns = NodeFigures.concernCount(of: node, state, context)
        let positives = NodeFigures.positiveCount(of: node, state, context)
        let hasChildren = !NetworkNavigator.hierarchy(state, context).children[node].isEmpty
        let badge = concerns > 0 ? "⚑" + NumberText.grouped(concerns, context.language) : positives > 0 ? "★" : ""
        return Line([
            Span(measure.padded(name, to: nameWidth)),
            Span(" " + measure.padded(mean, to: meanWidth, alignment: .right) + " ", style: context.style(.muted)),
            Span(measure.padded(badge, to: badgeWidth), style: concerns > 0 ? context.style(.danger) : context.style(.success)),
            Span(hasArrows ? (hasChildren ? " ›" : "  ") : " ", style: context.style(.muted)),
        ])
    }
}
