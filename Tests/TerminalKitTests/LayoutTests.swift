import Testing
@testable import TerminalKit

@Suite struct LayoutTests {
    let screen = Rect(x: 0, y: 0, width: 80, height: 24)

    @Test func headerBodyFooterFillTheHeight() {
        let parts = screen.split(.vertical, [.length(1), .fill(1), .length(1)])
        #expect(parts.map(\.height) == [1, 22, 1])
        #expect(parts.map(\.y) == [0, 1, 23])
        #expect(parts.allSatisfy { $0.width == 80 && $0.x == 0 })
    }

    @Test func fillSharesByWeightWithDeterministicRounding() {
        #expect(Layout.sizes(total: 10, constraints: [.fill(1), .fill(1), .fill(1)]) == [4, 3, 3])
        #expect(Layout.sizes(total: 11, constraints: [.fill(1), .fill(2)]) == [4, 7])
        #expect(Layout.sizes(total: 80, constraints: [.percentage(25), .fill(1), .min(10)]) == [20, 25, 35])
    }

    @Test func sizesSumToTheTotalWhenSomethingFills() {
        for total in 0...50 {
            let sizes = Layout.sizes(total: total, constraints: [.length(3), .percentage(30), .fill(2), .min(4), .fill(1)])
            #expect(sizes.reduce(0, +) == total)
            #expect(sizes.allSatisfy { $0 >= 0 })
        }
    }

    @Test func tooLittleSpaceShrinksTheLastPartsFirstAndNeverGoesNegative() {
        #expect(Layout.sizes(total: 5, constraints: [.length(3), .length(3), .length(3)]) == [3, 2, 0])
        let parts = Rect(x: 2, y: 0, width: 3, height: 1).split(.horizontal, [.length(2), .length(2)], spacing: 1)
        #expect(parts.map(\.width) == [2, 0])
        #expect(parts.allSatisfy { $0.maxX <= 5 })
    }

    @Test func fixedOnlyLeavesTheRestUnused() {
        #expect(Layout.sizes(total: 10, constraints: [.length(2), .percentage(50)]) == [2, 5])
    }

    @Test func spacingSeparatesParts() {
        let parts = Layout.split(screen, direction: .horizontal, constraints: [.fill(1), .fill(1)], spacing: 2)
        #expect(parts.map(\.x) == [0, 41])
        #expect(parts.map(\.width) == [39, 39])
    }

    @Test func rectHelpers() {
        let area = Rect(x: 1, y: 1, width: 10, height: 6)
        #expect(area.splitTop(2).top == Rect(x: 1, y: 1, width: 10, height: 2))
        #expect(area.splitBottom(1).bottom == Rect(x: 1, y: 6, width: 10, height: 1))
        #expect(area.splitLeft(20).rest.width == 0)
        #expect(area.splitRight(3).right == Rect(x: 8, y: 1, width: 3, height: 6))
        #expect(area.centered(width: 4, height: 2) == Rect(x: 4, y: 3, width: 4, height: 2))
        #expect(area.centered(width: 40, height: 40) == area)
        #expect(area.row(9).isEmpty)
    }

    @Test func scrollOffsetKeepsTheSelectionVisible() {
        #expect(ScrollState.offset(selected: 0, visible: 5, current: 0, count: 100) == 0)
        #expect(ScrollState.offset(selected: 7, visible: 5, current: 0, count: 100) == 3)
        #expect(ScrollState.offset(selected: 5, visible: 5, current: 3, count: 100) == 3)
        #expect(ScrollState.offset(selected: 2, visible: 5, current: 3, count: 100) == 2)
        #expect(ScrollState.offset(selected: 99, visible: 5, current: 0, count: 100) == 95)
        #expect(ScrollState.offset(selected: nil, visible: 5, current: 50, count: 8) == 3)
        #expect(ScrollState.offset(selected: 3, visible: 0, current: 2, count: 8) == 0)
    }
}
