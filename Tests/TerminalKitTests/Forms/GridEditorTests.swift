import Bilingual
import Testing
@testable import TerminalKit

@Suite struct GridEditorTests {
    static let columns = [
        GridColumn("Участники", width: 9, kind: .integer(0...10_000)),
        GridColumn("Средний", width: 7, kind: .decimal(0...100)),
        GridColumn("Ниже мин.", width: 9, kind: .integer(0...10_000)),
        GridColumn("81–100", width: 6, kind: .integer(0...10_000)),
        GridColumn("Доля", width: 5, isReadOnly: true),
    ]

    static func results() -> GridState {
        GridState(
            rowLabels: ["Русский язык", "Математика", "Физика"], columns: columns,
            cells: [["120", "68,4", "3", "25", "2%"], ["80", "48,2", "10", "5", "12%"], ["30", "55"]]
        )
    }

    private func apply(_ keys: [Key], to grid: inout GridState, validate: GridValidator = { _, _, _ in nil }) -> [GridOutcome] {
        keys.map { grid.apply($0, language: .ru, validate: validate) }
    }

    private func drawn(_ grid: GridState, width: Int = 55, height: Int = 5) -> Buffer {
        var buffer = Buffer(width: width, height: height)
        GridEditor(grid, language: .ru).render(into: &buffer, area: buffer.area)
        return buffer
    }

    @Test func drawsHeadersLabelsAndCellsWithTheFocusInReverse() {
        var grid = Self.results()
        _ = apply([.right, .down], to: &grid)
        let buffer = drawn(grid)
        #expect(TestBackend.mismatch(buffer, expected: [
            "             Участники Средний Ниже мин. 81–100  Доля  ",
            "Русский язык       120    68,4         3     25    2%  ",
            "Математика          80    48,2        10      5   12%  ",
            "Физика              30      55                         ",
            "                                                       ",
        ]) == nil)
        #expect(TestBackend.styleMask(buffer, marking: Style(attributes: .reverse))[2]
            == ".......................#######.........................")
    }

    @Test func arrowsTabAndShiftTabMoveAndStopAtTheEnds() {
        var grid = Self.results()
        _ = apply([.up, .left], to: &grid)
        #expect(grid.focus == GridPosition(row: 0, column: 0))
        _ = apply([.end], to: &grid)
        #expect(grid.focus == GridPosition(row: 0, column: 4))
        _ = apply([.tab], to: &grid)
        #expect(grid.focus == GridPosition(row: 1, column: 0))
        _ = apply([.backTab], to: &grid)
        #expect(grid.focus == GridPosition(row: 0, column: 4))
        _ = apply([.home, .pageDown], to: &grid)
        #expect(grid.focus == GridPosition(row: 2, column: 0))
        _ = apply([.end, .tab, .right, .down], to: &grid)
        #expect(grid.focus == GridPosition(row: 2, column: 4))
        _ = apply([.pageUp], to: &grid)
        #expect(grid.focus == GridPosition(row: 0, column: 4))
    }

    @Test func typingReplacesTheCellAndEnterCommitsAndMovesDown() {
        var grid = Self.results()
        #expect(apply(typing("125"), to: &grid) == [.none, .none, .none])
        #expect(grid.isEditing && grid.editor?.text == "125")
                // The cell being edited shows its text from the left, its cursor after it.
        #expect(TestBackend.lines(of: drawn(grid))[1] == "Русский язык 125          68,4         3     25    2%  ")
        #expect(apply([.enter], to: &grid) == [.cellChanged(row: 0, column: 0, text: "125")])
        #expect(!grid.isEditing && grid.focus == GridPosition(row: 1, column: 0))
        #expect(grid.cells[0][0] == "125" && grid.isDirty)
        #expect(grid.value(row: 0, column: 0) == .valid(.integer(125)))
    }

    @Test func f2AndEnterEditKeepingTheContentAndEscGivesTheEditUp() {
        var grid = Self.results()
        _ = apply([.right, .function(2), .backspace] + typing("5"), to: &grid)
        #expect(grid.editor?.text == "68,5")
        _ = apply([.escape], to: &grid)
        #expect(!grid.isEditing && grid.cells[0][1] == "68,4" && !grid.isDirty)
        #expect(apply([.enter, .home, .delete, .tab], to: &grid).last == .cellChanged(row: 0, column: 1, text: "8,4"))
        #expect(grid.focus == GridPosition(row: 0, column: 2))
        // An edit left as it was changes nothing, and still moves.
        #expect(apply([.enter, .enter], to: &grid) == [.none, .none])
        #expect(grid.focus == GridPosition(row: 1, column: 2))
    }

    @Test func aBadValueKeepsTheEditOpenWithItsMessage() {
        var grid = Self.results()
        _ = apply([.right] + typing("120"), to: &grid)
        let position = GridPosition(row: 0, column: 1)
        #expect(apply([.enter], to: &grid) == [.refused(position)])
        #expect(grid.isEditing && grid.focus == position)
        #expect(grid.messages[position] == "должно быть от 0 до 100")
        #expect(TestBackend.lines(of: drawn(grid))[4] == "! должно быть от 0 до 100" + String(repeating: " ", count: 30))
        #expect(apply([.down], to: &grid) == [.refused(position)])
        _ = apply([.escape], to: &grid)
        #expect(grid.messages.isEmpty && grid.cells[0][1] == "68,4")
        _ = apply(typing("12,5") + [.enter], to: &grid)
        #expect(grid.cells[0][1] == "12,5")
    }

    @Test func theAppsValidatorJudgesTheCell() {
        var grid = Self.results()
        let participants = grid.cells.map { Int($0[0]) ?? 0 }
        var asked: [String] = []
        let validate: GridValidator = { row, column, text in
            asked.append("\(row),\(column)=\(text)")
            return column == 2 && (Int(text) ?? 0) > participants[row] ? "больше, чем участников" : nil
        }
        _ = apply([.right, .right] + typing("500") + [.enter], to: &grid, validate: validate)
        #expect(asked == ["0,2=500"])
        #expect(grid.messages[GridPosition(row: 0, column: 2)] == "больше, чем участников")
        #expect(grid.isEditing)
    }

    @Test func readOnlyCellsAreVisitedButNotEditedAndDeleteClears() {
        var grid = Self.results()
        _ = apply([.end, .character("5"), .function(2), .delete], to: &grid)
        #expect(!grid.isEditing && grid.cells[0][4] == "2%")
        var cells = Self.results()
        cells.readOnlyCells = [GridPosition(row: 0, column: 0)]
        _ = apply([.character("5")], to: &cells)
        #expect(!cells.isEditing)
        #expect(apply([.down, .delete], to: &cells).last == .cellChanged(row: 1, column: 0, text: ""))
        #expect(apply([.delete], to: &cells) == [.none])
    }

    @Test func ctrlSCommitsTheGridOrFocusesTheFirstBadCell() {
        var grid = Self.results()
        #expect(apply([.escape], to: &grid) == [.cancel(askFirst: false)])
        _ = apply(typing("7"), to: &grid)
        #expect(apply([.ctrl("s")], to: &grid) == [.commit])
        #expect(grid.cells[0][0] == "7")
        #expect(apply([.escape], to: &grid) == [.cancel(askFirst: true)])
        var bad = GridState(rowLabels: ["Химия", "Биология"], columns: Self.columns, cells: [["10"], ["x"]])
        var untouched = bad
        #expect(apply([.ctrl("s")], to: &untouched) == [.commit], "a row left as it was opened is not checked again")
        _ = apply([.down, .right] + typing("50") + [.enter], to: &bad)
        #expect(apply([.ctrl("s")], to: &bad) == [.refused(GridPosition(row: 1, column: 0))])
        #expect(bad.focus == GridPosition(row: 1, column: 0))
        #expect(bad.messages == [GridPosition(row: 1, column: 0): "не число"])
    }

    @Test func aLargeGridScrollsBothWaysToTheFocus() {
        let subjects = (1...12).map { "Предмет \($0)" }
        var grid = GridState(rowLabels: subjects, columns: Self.columns,
                             cells: subjects.indices.map { row in ["\(row)", "5\(row)", "1", "2", "3%"] })
        let area = Rect(x: 0, y: 0, width: 32, height: 6)
        _ = apply([.end] + Array(repeating: .down, count: 11), to: &grid)
        grid.reveal(in: area, measure: .standard)
        #expect(grid.rowOffset == 8 && grid.columnOffset == 3)
        var buffer = Buffer(width: 32, height: 6)
        GridEditor(grid, language: .en).render(into: &buffer, area: area)
        #expect(TestBackend.mismatch(buffer, expected: [
            "<          81–100  Доля         ",
            "Предмет 9       2    3%         ",
            "Предмет 10      2    3%         ",
            "Предмет 11      2    3%         ",
            "Предмет 12      2    3%         ",
            "                                ",
        ]) == nil)
        // Back to the first column: the view moves left just enough, and says more lies to the right.
        _ = apply([.home, .up, .up, .up, .up], to: &grid)
        grid.reveal(in: area, measure: .standard)
        #expect(grid.rowOffset == 7 && grid.columnOffset == 0)
        GridEditor(grid, language: .en).render(into: &buffer, area: area)
        #expect(TestBackend.lines(of: buffer)[0] == "           Участники Средний   >")
        #expect(grid.pageRows == 4)
    }

    @Test func aColumnWiderThanTheAreaIsCutAtItsEdge() {
        var buffer = Buffer(width: 16, height: 3, filling: Cell(symbol: "x"))
        let grid = GridState(rowLabels: ["Физика"], columns: [GridColumn("Участники", width: 9)], cells: [["1234567"]])
        GridEditor(grid, language: .ru).render(into: &buffer, area: Rect(x: 0, y: 0, width: 10, height: 3))
        #expect(TestBackend.mismatch(buffer, expected: [
            "    Участ…xxxxxx",
            "Фи… 12345…xxxxxx",
            "          xxxxxx",
        ]) == nil)
    }
}

