import Foundation

/// The whole run: the conditions and every size's results; printed as one line of JSON.
struct BenchSummary: Codable {
    var width = SizeBenchmark.width
    var height = SizeBenchmark.height
    var colorDepth = "palette256"
    var processors = ProcessInfo.processInfo.activeProcessorCount
    var keyCount: Int
    /// Each size ran in its own child process, so its memory peak is its own.
    var memoryIsolatedPerSize = true
    var results: [SizeResult]
    /// The real binary opening the built-in demo region on a pty; nil when it was not built.
    var demo: ExecTimings?

    /// The budget for a j/k move at 40,000 schools.
    static let moveP99BudgetMilliseconds = 5.0

    init(keyCount: Int, results: [SizeResult], demo: ExecTimings?) {
        self.keyCount = keyCount
        self.results = results
        self.demo = demo
    }

    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}
