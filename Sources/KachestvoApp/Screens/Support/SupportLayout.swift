import TerminalKit

/// The Support screen's panes: the filter bar on top; the cases above the candidates on the left;
/// the detail pane on the right. A pure function of the body, used to draw and to scroll.
struct SupportLayout: Equatable, Sendable {
    let filterBar: Rect
    let cases: Rect
    let candidates: Rect
    let detail: Rect

    init(body: Rect) {
        filterBar = Rect(x: body.x, y: body.y, width: body.width, height: 1)
        let main = Rect(x: body.x, y: body.y + 1, width: body.width, height: max(0, body.height - 1))
        let listsWidth = body.width * 56 / 100
        let casesHeight = (main.height * 3 + 2) / 5
        cases = Rect(x: main.x, y: main.y, width: listsWidth, height: casesHeight)
        candidates = Rect(x: main.x, y: main.y + casesHeight, width: listsWidth, height: main.height - casesHeight)
        detail = Rect(x: main.x + listsWidth, y: main.y, width: main.width - listsWidth, height: main.height)
    }

    /// Rows of entries a list box shows: inside its border, under its column header.
    static func visibleRows(_ box: Rect) -> Int { max(1, box.height - 3) }

    var caseRows: Int { Self.visibleRows(cases) }
    var candidateRows: Int { Self.visibleRows(candidates) }
    var detailRows: Int { max(1, detail.height - 2) }
    /// Columns of the detail pane's text: inside its border and a column of padding each side.
    var detailColumns: Int { max(0, detail.width - 4) }
}
