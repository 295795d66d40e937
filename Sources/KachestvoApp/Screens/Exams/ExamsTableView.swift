import Bilingual
import KachestvoCore
import TerminalKit

/// The subject × figure table of the Exams screen: two header rows (each figure over its group,
/// then «обл» and «год» over the changes against the region and last year), one row per subject,
/// and under them the cursor's cell in words with every comparison. Each column is as wide as its
/// widest entry; where the table does not fit, the changes of the lesser figures give way first —
/// the cursor's line still names them. Rows scroll to keep the cursor's subject in view.
struct ExamsTableView {
    let state: ExamsState
    let context: ScreenContext

    /// Rows the table needs around its subjects: two header rows and the cursor's line.
    static let chromeRows = 3

    private static let groupGap = 2

    private var rows: [ExamsRow] { state.figures?.rows ?? [] }

    func render(into buffer: inout Buffer, area: Rect, focused: Bool) {
        guard area.height >= 1, area.width > 0 else { return }
        guard !rows.isEmpty else {
            buffer.write(context.missingFigures(.noResults), x: area.x, y: area.y, maxWidth: area.width)
            return
        }
        let layout = fitted(width: area.width, context.textWidth).shifted(by: area.x)
        renderHeader(layout, area: area, into: &buffer)
        renderRows(layout, area: area, focused: focused, into: &buffer)
        if area.height >= Self.chromeRows {
            let (_, detailRow) = area.splitBottom(1)
            buffer.write(ExamsCursorLine.line(state, context), x: detailRow.x, y: detailRow.y, maxWidth: detailRow.width,
                         style: context.style(.text), overflow: .ellipsis)
        }
    }

    /// Each figure's title over its group, the cursor's in bold; under them the subject, the minimum
    /// and the changes' titles.
    private func renderHeader(_ layout: Layout, area: Rect, into buffer: inout Buffer) {
        let subTitles = [context.text(.subject), context.text(.examsMinimum)]
        for (index, title) in subTitles.enumerated() where area.height > 1 && layout.widths[index] > 0 {
            write(Line(title, style: context.style(.muted)), x: layout.x[index], width: layout.widths[index], y: area.y + 1,
                  alignment: index == 0 ? .left : .right, &buffer)
        }
        for (offset, column) in layout.columns.enumerated() {
            let slot = offset + 2
            if column.kind == .value {
                let titleStyle = column.figure == state.figure ? context.style(.header).adding(.bold) : context.style(.header)
                write(Line(ExamsCells.title(column.figure, context), style: titleStyle), x: layout.x[slot],
                      width: layout.groupWidth(startingAt: offset), y: area.y, alignment: .left, &buffer)
            } else if area.height > 1 {
                let title = context.text(column.kind == .vsRegion ? .examsVsRegion : .examsVsLastYear)
                write(Line(title, style: context.style(.muted)), x: layout.x[slot], width: layout.widths[slot],
                      y: area.y + 1, alignment: .right, &buffer)
            }
        }
    }

    /// The visible subjects, scrolled to keep the cursor's in view; its figure's group is selected
    /// while the table has focus, underlined while the histogram has.
    private func renderRows(_ layout: Layout, area: Rect, focused: Bool, into buffer: inout Buffer) {
        let visible = max(0, area.height - Self.chromeRows)
        let selected = rows.firstIndex { $0.subject.id == state.subject }
        let first = ScrollState.offset(selected: selected, visible: visible, current: 0, count: rows.count)
        let names = SubjectText.names(rows.map(\.subject), width: layout.widths[0], context.textWidth)
        for line in 0..<min(visible, rows.count - first) {
            let number = first + line, row = rows[number], y = area.y + 2 + line
            let isCursorRow = number == selected
            let nameStyle = isCursorRow ? context.style(.accent).adding(.bold) : context.style(.text)
            write(Line(names[number], style: nameStyle), x: layout.x[0], width: layout.widths[0], y: y, alignment: .left, &buffer)
            if layout.widths[1] > 0 {
                write(Line(ExamsCells.minimum(row, context.language), style: context.style(.muted)), x: layout.x[1],
                      width: layout.widths[1], y: y, alignment: .right, &buffer)
            }
            for (offset, column) in layout.columns.enumerated() {
                write(ExamsCells.cell(column, row, context), x: layout.x[offset + 2], width: layout.widths[offset + 2],
                      y: y, alignment: .right, &buffer)
            }
            if isCursorRow, let group = layout.group(of: state.figure) {
                let style = focused ? context.style(.selection) : Style(attributes: .underline)
                buffer.setStyle(style, in: Rect(x: group.lowerBound, y: y, width: group.count, height: 1))
            }
        }
    }

    private func write(_ line: Line, x: Int, width: Int, y: Int, alignment: TextAlignment, _ buffer: inout Buffer) {
        let gap = width - line.width(using: buffer.textWidth)
        let indent = gap > 0 && alignment == .right ? gap : 0
        buffer.write(line, x: x + indent, y: y, maxWidth: width - indent, style: context.style(.text), overflow: .ellipsis)
    }

    // MARK: Columns

    /// Where each column goes: subject, minimum, then the figures' columns.
    struct Layout {
        let columns: [ExamsColumn]
        /// Widths and left edges of every column, the subject and minimum first.
        let widths: [Int]
        let x: [Int]

        func shifted(by offset: Int) -> Layout { Layout(columns: columns, widths: widths, x: x.map { $0 + offset }) }

        /// Screen columns from the value column at `offset` to the end of its figure's group.
        func groupWidth(startingAt offset: Int) -> Int {
            var last = offset
            while last + 1 < columns.count, columns[last + 1].kind != .value { last += 1 }
            return x[last + 2] + widths[last + 2] - x[offset + 2]
        }

        /// The screen columns a figure's group spans.
        func group(of figure: ExamFigure) -> Range<Int>? {
            let members = columns.indices.filter { columns[$0].figure == figure }
            guard let first = members.first, let last = members.last else { return nil }
            return x[first + 2]..<(x[last + 2] + widths[last + 2])
        }
    }

    /// The columns that fit in `width`, the lesser figures' changes left out first.
    func fitted(width: Int, _ measure: TextWidth) -> Layout {
        var columns = candidateColumns()
        let subjectMinimum = min(14, rows.map { measure.width(of: $0.subject.shortName) }.max() ?? 6)
        while true {
            let layout = place(columns, width: width, measure)
            let dropped = columns.indices.filter { columns[$0].kind != .value }
                .min { Self.priority(columns[$0]) < Self.priority(columns[$1]) }
            guard layout.widths[0] < subjectMinimum, let dropped else { return layout }
            columns.remove(at: dropped)
        }
    }

    /// The figures' columns before any give way: changes against last year only where a subject has
    /// last year's results.
    private func candidateColumns() -> [ExamsColumn] {
        let hasLastYear = rows.contains { !($0.lastYear ?? .empty).isEmpty }
        return ExamFigure.columns(of: state.exam).flatMap { figure -> [ExamsColumn] in
            var group = [ExamsColumn(figure: figure, kind: .value)]
            if !state.scope.isRegion, figure != .participants, figure != .hundreds {
                group.append(ExamsColumn(figure: figure, kind: .vsRegion))
            }
            if hasLastYear { group.append(ExamsColumn(figure: figure, kind: .vsLastYear)) }
            return group
        }
    }

    /// Which changes stay longest when room is short: the mean's, then the shares below the
    /// minimum and at the top, the middle marks, the counts last; against the region before last year.
    private static func priority(_ column: ExamsColumn) -> Int {
        let figure: Int
        switch column.figure {
        case .mean: figure = 6
        case .belowMinimum, .mark(2): figure = 5
        case .high, .mark(5): figure = 4
        case .mark(4): figure = 3
        case .mark: figure = 2
        case .hundreds: figure = 1
        case .participants: figure = 0
        }
        return figure * 2 + (column.kind == .vsRegion ? 1 : 0)
    }

    private func place(_ columns: [ExamsColumn], width: Int, _ measure: TextWidth) -> Layout {
        func widest(_ texts: [String]) -> Int { texts.map { measure.width(of: $0) }.max() ?? 0 }
        // The minimum says something only where a row has test scores; «3» on every ОГЭ row would not.
        let showsMinimum = rows.contains { $0.subject.scale == .score100 }
        let minimumWidth = showsMinimum
            ? max(measure.width(of: context.text(.examsMinimum)), widest(rows.map { ExamsCells.minimum($0, context.language) })) : 0
        var widths = [0, minimumWidth]
        for column in columns {
            let cells = rows.map { ExamsCells.cell(column, $0, context).plainText }
            // A value column is as wide as its figure's title, so the title over the group is never cut.
            let title = switch column.kind {
            case .value: ExamsCells.title(column.figure, context)
            case .vsRegion: context.text(.examsVsRegion)
            case .vsLastYear: context.text(.examsVsLastYear)
            }
            widths.append(max(widest(cells), measure.width(of: title)))
        }
        var gaps = [showsMinimum ? 1 : 0]
        for column in columns { gaps.append(column.kind == .value ? Self.groupGap : 1) }
        let used = widths.dropFirst().reduce(0, +) + gaps.reduce(0, +)
        widths[0] = min(max(0, width - used), max(widest(rows.map(\.subject.name)), measure.width(of: context.text(.subject))))
        var x: [Int] = []
        var next = 0
        for (index, columnWidth) in widths.enumerated() {
            if index > 0 { next += gaps[index - 1] }
            x.append(next)
            next += columnWidth
        }
        return Layout(columns: columns, widths: widths, x: x)
    }
}
