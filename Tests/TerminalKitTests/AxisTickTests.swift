import Testing
@testable import TerminalKit

@Suite struct AxisTickTests {
    private func values(_ range: ClosedRange<Double>, _ count: Int) -> [Double] {
        AxisTick.round(in: range, count: count) { "\($0)" }.map(\.value)
    }

    @Test func ticksFallOnRoundValuesInsideTheRange() {
        #expect(values(0...100, 5) == [0, 50, 100], "steps of 20 would make six ticks")
        #expect(values(0...100, 6) == [0, 20, 40, 60, 80, 100])
        #expect(values(0.95...1.42, 4) == [1.0, 1.2, 1.4])
        #expect(values(-1.3...2.1, 5) == [-1, 0, 1, 2])
        #expect(AxisTick.round(in: 0...100, count: 3) { "\(Int($0))" }.map(\.label) == ["0", "50", "100"])
    }

    @Test func emptyOrUnknownRangesGetNoTicks() {
        #expect(values(5...5, 4).isEmpty)
        #expect(values(0...1, 1).isEmpty)
        #expect(values(0...Double.infinity, 4).isEmpty)
    }
}
