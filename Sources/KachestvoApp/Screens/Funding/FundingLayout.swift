import TerminalKit

/// Where the Funding screen's parts go in the body: the plot with its quadrant key on the left, the
/// selected organisation on the right, the two lists below side by side. A pure function of the
/// body's size, used to draw and to page the lists.
struct FundingLayout: Equatable {
    let plotBlock: Rect
    let detailBlock: Rect
    let fundedBlock: Rect
    let effectiveBlock: Rect

    init(body: Rect) {
        let listHeight = max(6, body.height * 2 / 5)
        let (top, bottom) = body.splitBottom(listHeight)
        (plotBlock, detailBlock) = top.splitRight(max(30, body.width * 3 / 8))
        (fundedBlock, effectiveBlock) = bottom.splitLeft(bottom.width / 2)
    }

    /// The rows the plot block holds inside its border: the scatter and, below it, the quadrant key.
    var plotInner: Rect { plotBlock.inset(by: 1) }

    /// The scatter plot itself, above the two rows of the key.
    var scatter: Rect { Rect(x: plotInner.x, y: plotInner.y, width: plotInner.width, height: max(0, plotInner.height - 2)) }

    var keyRows: Rect { Rect(x: plotInner.x, y: scatter.maxY, width: plotInner.width, height: plotInner.height - scatter.height) }

    /// Entries a list shows at once (inside its border, under its header).
    var listRows: Int { max(1, fundedBlock.height - 3) }

    func block(of pane: FundingState.Pane) -> Rect {
        switch pane {
        case .plot: plotBlock
        case .fundedList: fundedBlock
        case .effectiveList: effectiveBlock
        }
    }
}
