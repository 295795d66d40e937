@testable import TerminalKit

/// A chart drawn alone into a buffer of its own, for the chart tests.
protocol DrawnAlone {
    func render(into buffer: inout Buffer, area: Rect)
}

extension DrawnAlone {
    func buffer(width: Int, height: Int, textWidth: TextWidth = .standard) -> Buffer {
        var buffer = Buffer(width: width, height: height, textWidth: textWidth)
        render(into: &buffer, area: buffer.area)
        return buffer
    }

    func lines(width: Int, height: Int = 1) -> [String] { buffer(width: width, height: height).lines }
    func line(width: Int) -> String { buffer(width: width, height: 1).rowText(0) }
}

extension BarChart: DrawnAlone {}
extension Sparkline: DrawnAlone {}
extension Gauge: DrawnAlone {}
extension BigDigits: DrawnAlone {}
extension Histogram: DrawnAlone {}
extension ColorScaleLegend: DrawnAlone {}
extension ScatterPlot: DrawnAlone {}
