import Bilingual
import KachestvoCore
import TerminalKit

/// Draws an open `DrillList`: a box over the screen with the list's title and size, a table of the
/// organisations (name, municipality, value) with the sort shown in its header, and the keys.
enum DrillListOverlay {
    /// The box inside the screen body `area`.
    private static func frame(in area: Rect) -> Rect {
        area.centered(width: min(area.width - 4, 110), height: area.height - 2)
    }

    /// How many organisations the table shows at once: the box less its border, header and key line.
    static func visibleRows(_ state: AppState) -> Int {
        max(1, frame(in: state.context.layout.body).height - 4)
    }

    static func render(_ list: DrillList, _ state: AppState, into buffer: inout Buffer, area: Rect) {
        let box = frame(in: area)
        let title = "\(list.drill.title) · \(NumberText.grouped(list.count, state.language))"
        let content = Dialog(title: title, width: box.width, height: box.height, style: state.style(.text),
                             borderStyle: state.style(.focusedBorder), titleStyle: state.style(.title))
            .render(into: &buffer, area: area)
        let tableArea = Rect(x: content.x, y: content.y, width: content.width, height: max(0, content.height - 1))
        guard list.count > 0 else {
            buffer.write(state.text(.drillEmpty), x: content.x, y: content.y, maxWidth: content.width, style: state.style(.muted))
            return
        }
        table(list, state, width: tableArea.width).render(into: &buffer, area: tableArea)
        buffer.write(keys(state), x: content.x, y: content.maxY - 1, maxWidth: content.width,
                     style: state.style(.muted), overflow: .ellipsis)
    }

    /// The list's keys, named from the command table: «Enter открыть в «Сети» · s значение/название · …».
    private static func keys(_ state: AppState) -> String {
        let items: [(CommandID, UIText)] = [(.drillIn, .drillOpen), (.sort, .drillSortOrder), (.reverseSort, .drillReverse),
                                            (.goBack, .drillClose)]
        return items.map { id, text in
            "\(KeyName.text(CommandTable.command(id).keys[0])) \(state.text(text))"
        }.joined(separator: " · ")
    }

    private static func table(_ list: DrillList, _ state: AppState, width: Int) -> TableView {
        let model = state.model
        let language = state.language
        let valueTitle = list.drill.valueTitle
        let valueWidth = max(state.context.textWidth.width(of: valueTitle) + 2, 8)
        let municipalityWidth = min(24, width / 4)
        let nameWidth = max(1, width - valueWidth - municipalityWidth - 2)
        let visible = visibleRows(state)
        let first = ScrollState.offset(selected: list.selected, visible: visible, current: list.offset, count: list.count)
        let shown = first..<min(list.count, first + visible)
        let rows = list.drill.rows
        let organisations = rows[shown].map { model.index.organisation($0.id) }
        let names = state.context.textWidth.distinctlyClipped(
            organisations.map { $0.map { OrganisationShortName.of($0.name) } ?? "" }, to: nameWidth)
        let sortColumn = list.order == .name ? 0 : 2
        return TableView(
            columns: [TableColumn(state.text(.drillName), width: .fill(1)),
                      TableColumn(state.text(.municipality), width: .length(municipalityWidth)),
                      TableColumn(valueTitle, width: .length(valueWidth), alignment: .right)],
            rowCount: list.count,
            row: { index in
                let at = index - first
                guard organisations.indices.contains(at), let organisation = organisations[at] else { return [] }
                let municipality = model.index.municipality(organisation.municipalityId)?.name ?? ""
                let value = rows[index].value.map { NumberText.fixed($0, digits: list.drill.decimals, language) } ?? "—"
                return [Line(names[at]), Line(municipality, style: state.style(.muted)), Line(value)]
            },
            selected: list.selected, offset: first,
            sort: valueTitle.isEmpty && sortColumn == 2 ? nil : TableSort(column: sortColumn, ascending: list.ascending),
            style: state.style(.text), headerStyle: state.style(.header), selectionStyle: state.style(.selection))
    }
}
