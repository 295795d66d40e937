/// A small trend chart: one column per value, bars of eighth blocks (▁▂▃▄▅▆▇█) rising from the bottom of
/// the area. When there are more values than columns the latest ones are shown.
public struct Sparkline: Sendable {
    public var values: [Double]
    /// The value drawn as a full-height column; nil uses the largest value.
    public var maximum: Double?
    public var style: Style

    public init(_ values: [Double], maximum: Double? = nil, style: Style = .plain) {
        self.values = values
        self.maximum = maximum
        self.style = style
    }

    static let eighths: [Character] = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    public func render(into buffer: inout Buffer, area: Rect) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty else { return }
        let shown = values.suffix(area.width)
        let top = maximum ?? shown.max() ?? 0
        guard top > 0 else { return }
        for (column, value) in shown.enumerated() {
            let level = Int((min(max(0, value), top) / top * Double(area.height * 8)).rounded())
            for row in 0..<area.height {
                let filled = min(8, max(0, level - row * 8))
                guard filled > 0 else { break }
                buffer.set(Self.eighths[filled], x: area.x + column, y: area.maxY - 1 - row, style: style)
            }
        }
    }
}
