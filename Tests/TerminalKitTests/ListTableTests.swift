import Testing
@testable import TerminalKit

/// Counts how often a row closure is called, to prove only visible rows are built.
private final class CallCounter: @unchecked Sendable {
    var calls = 0
    var indices: Set<Int> = []
}

@Suite struct ListTableTests {
    let selection = Style(attributes: .reverse)

    @Test func listShowsTheSelectionWithMarkerAndScrolls() {
        var buffer = Buffer(width: 12, height: 3)
        let items: [Line] = ["Баганский", "Барабинский", "Болотнинский", "Венгеровский", "Доволенский"]
        ListView(items: items, selected: 3, offset: 0, marker: "▶ ").render(into: &buffer, area: buffer.area)
        #expect(TestBackend.mismatch(buffer, expected: [
            "  Барабинск…",
            "  Болотнинс…",
            "▶ Венгеровс…",
        ]) == nil)
        #expect(TestBackend.styleMask(buffer, marking: selection) == ["............", "............", "############"])
    }

    @Test func listRendersOnlyVisibleRowsOf40000() {
        let counter = CallCounter()
        var buffer = Buffer(width: 20, height: 10)
        let list = ListView(count: 40_000, item: { index in
            counter.calls += 1
            counter.indices.insert(index)
            return Line("Школа № \(index)")
        }, selected: 25_000, offset: 24_000)
        list.render(into: &buffer, area: buffer.area)
        #expect(counter.calls == 10)
        #expect(counter.indices == Set(24_991...25_000))
        #expect(buffer.rowText(9).hasPrefix("Школа № 25000"))
    }

    @Test func tableRendersHeaderSortAlignmentAndSelection() {
        var buffer = Buffer(width: 24, height: 4)
        let rows: [[Line]] = [["Бердск", "66,1"], ["Искитим", "71,4"], ["Обь", "58,0"], ["Кольцово", "80,2"]]
        TableView(
            columns: [TableColumn("Город", width: .fill(1)), TableColumn("Ср.", width: .length(6), alignment: .right)],
            rowCount: rows.count, row: { rows[$0] }, selected: 1, sort: TableSort(column: 1, ascending: false)
        ).render(into: &buffer, area: buffer.area)
        #expect(TestBackend.mismatch(buffer, expected: [
            "Город              Ср. ▼",
            "Бердск              66,1",
            "Искитим             71,4",
            "Обь                 58,0",
        ]) == nil)
        #expect(TestBackend.styleMask(buffer, marking: Style(attributes: .bold))[0] == String(repeating: "#", count: 24))
        #expect(TestBackend.styleMask(buffer, marking: selection)[2] == String(repeating: "#", count: 24))
    }

    @Test func tableClipsCellsWithAnEllipsis() {
        var buffer = Buffer(width: 12, height: 2)
        TableView(
            columns: [TableColumn("Школа", width: .length(7)), TableColumn("Тип", width: .fill(1))],
            rowCount: 1, row: { _ in ["МБОУ СОШ № 12", "лицей"] }
        ).render(into: &buffer, area: buffer.area)
        #expect(buffer.lines == ["Школа   Тип ", "МБОУ С… лиц…"])
    }

    @Test func tableRendersOnlyVisibleRowsOf40000() {
        let counter = CallCounter()
        var buffer = Buffer(width: 30, height: 21)
        let table = TableView(columns: [TableColumn("№", width: .fill(1))], rowCount: 40_000, row: { index in
            counter.calls += 1
            return [Line("\(index)")]
        }, selected: 39_999)
        table.render(into: &buffer, area: buffer.area)
        #expect(counter.calls == table.bodyHeight(in: buffer.area))
        #expect(counter.calls == 20)
        #expect(buffer.rowText(20).hasPrefix("39999"))
    }

    @Test func millerColumnsHighlightTheFocusedColumn() {
        var buffer = Buffer(width: 24, height: 4)
        let focusedBorder = Style(foreground: .ansi(6))
        let inactive = Style(attributes: .underline)
        MillerColumns(columns: [
            MillerColumn(title: "КЦ", items: ["КЦ 1", "КЦ 2"], selected: 1),
            MillerColumn(title: "УМЦ", items: ["УМЦ 4", "УМЦ 5"], selected: 0),
        ], focused: 1, focusedBorderStyle: focusedBorder).render(into: &buffer, area: buffer.area)
        #expect(TestBackend.mismatch(buffer, expected: [
            "┌ КЦ ──────┐┌ УМЦ ─────┐",
            "│КЦ 1      ││УМЦ 4     │",
            "│КЦ 2      ││УМЦ 5     │",
            "└──────────┘└──────────┘",
        ]) == nil)
        #expect(TestBackend.styleMask(buffer, marking: inactive)[2] == ".##########.............")
        #expect(TestBackend.styleMask(buffer, marking: selection)[1] == ".............##########.")
        #expect(TestBackend.styleMask(buffer, marking: focusedBorder)[3] == "............############")
    }

    @Test func aMillerColumnHeaderStaysAboveItsScrollingItems() {
        var buffer = Buffer(width: 12, height: 5)
        let items = (1...9).map { Line("СОШ № \($0)") }
        MillerColumns(columns: [
            MillerColumn(title: "УМЦ", header: Line("Имя     ⚑"), count: items.count, item: { items[$0] }, selected: 5),
        ], focused: 0).render(into: &buffer, area: buffer.area)
        #expect(TestBackend.mismatch(buffer, expected: [
            "┌ УМЦ ─────┐",
            "│Имя     ⚑ │",
            "│СОШ № 5   │",
            "│СОШ № 6   │",
            "└──────────┘",
        ]) == nil, "two rows below the header, the selected one visible")
        #expect(TestBackend.styleMask(buffer, marking: selection)[3] == ".##########.")
    }
}
