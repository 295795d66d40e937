import Foundation
import KachestvoApp

/// The human-readable table: one row per measurement, one column per size.
struct ReportTable {
    private var rows: [(label: String, values: [String])] = []
    private let header: String
    private let columns: [String]
    private let demoExec: ExecTimings?

    init(_ summary: BenchSummary) {
        let results = summary.results
        header = "kachestvo-bench — \(summary.width)×\(summary.height), \(summary.colorDepth), "
            + "\(summary.keyCount) keys per size, \(summary.processors) CPUs, one process per size"
        columns = results.map { "\(Self.grouped($0.schools)) schools" }
        demoExec = summary.demo
        func row(_ label: String, _ value: (SizeResult) -> String) { rows.append((label, results.map(value))) }
        func spread(_ d: Distribution) -> String { "\(Self.ms(d.p50)) / \(Self.ms(d.p99)) / \(Self.ms(d.max))" }

        row("organisations in the dataset") { Self.grouped($0.organisations) }
        // Side by side with what the runtime issue measured before it and set as targets (1k / 40k).
        func exec(_ label: String, _ pick: @escaping (SizeResult) -> ExecTimings?, _ value: @escaping (ExecTimings) -> String) {
            row(label) { pick($0).map(value) ?? "no binary" }
        }
        let big = { (result: SizeResult) in result.schools >= 40_000 }
        exec("kachestvo --data: exec → first frame, ms", \.firstOpen) { Self.ms($0.firstFrameMilliseconds) }
        row("  target (names and hierarchy)") { big($0) ? "≤ 300" : "≤ 50 (full)" }
        exec("kachestvo --data: exec → all figures, ms", \.firstOpen) { Self.ms($0.figuresMilliseconds) }
        row("  before / target") { big($0) ? "4200–4900 / ≤ 1500" : "140–170 / ≤ 50" }
        exec("kachestvo --data: peak memory", \.firstOpen) { Self.size($0.peakKilobytes * 1024) }
        row("  before / target") { big($0) ? "1.22 GB / ≤ 600 MB" : "56 MB / —" }
        exec("reopened unchanged: exec → first frame, ms", \.reopen) { Self.ms($0.firstFrameMilliseconds) }
        exec("reopened unchanged: exec → full frame, ms", \.reopen) { Self.ms($0.figuresMilliseconds) }
        row("  target (full frame)") { big($0) ? "≤ 100" : "—" }
        exec("reopened unchanged: exec → school details, ms", \.reopen) { Self.ms($0.recordsMilliseconds) }
        exec("reopened unchanged: peak memory", \.reopen) { Self.size($0.peakKilobytes * 1024) }
        row("demo generation, ms") { Self.ms($0.generateMilliseconds) }
        row("save (DataStore.save), ms") { Self.ms($0.saveMilliseconds) }
        row("file size") { Self.size($0.fileBytes) }
        row("load (DataStore.load), ms") { Self.ms($0.loadMilliseconds) }
        row("validate (DatasetValidator), ms") { "\(Self.ms($0.validateMilliseconds)) (\($0.validationProblems) problems)" }
        row("RegionIndex(dataset), ms") { Self.ms($0.regionIndexMilliseconds) }
        row("AppModel(index:), ms") { Self.ms($0.appModelMilliseconds) }
        row("AppState(…), ms") { Self.ms($0.initialStateMilliseconds) }
        row("first frame (AppView.render), ms") { Self.ms($0.firstFrameMilliseconds) }
        row("key→frame, all keys, p50/p99/max ms") { spread($0.keys.all) }
        for kind in KeyKind.allCases {
            row("  \(kind.rawValue) (n=\(results.first?.keys.byKind[kind.rawValue]?.count ?? 0))") {
                $0.keys.byKind[kind.rawValue].map(spread) ?? "—"
            }
        }
        row("  saves started by the edits (each met by the next)") { "\($0.keys.savesStarted)" }
        for tab in Tab.allCases where results.contains(where: { $0.keys.byScreen["\(tab)"] != nil }) {
            row("  on \(tab) (n=\(results.first?.keys.byScreen["\(tab)"]?.count ?? 0))") {
                $0.keys.byScreen["\(tab)"].map(spread) ?? "—"
            }
        }
        let sorts = Set(results.flatMap { $0.keys.movesBySort.keys }).sorted()
        for sort in sorts {
            row("  j/k with sort=\(sort)") { $0.keys.movesBySort[sort].map(spread) ?? "—" }
        }
        row("j/k p99 ≤ \(Self.ms(BenchSummary.moveP99BudgetMilliseconds)) ms") {
            ($0.keys.byKind[KeyKind.move.rawValue]?.p99 ?? .infinity) <= BenchSummary.moveP99BudgetMilliseconds ? "yes" : "NO"
        }
        row("terminal: first frame, bytes") { Self.grouped($0.terminal.firstFrameBytes) }
        row("bytes per j/k move, mean/p50/max") { Self.counts($0.terminal.bytesPerMove) }
        row("changed cells per move, mean/p50/max") { Self.counts($0.terminal.changedCellsPerMove) }
        row("bytes per changed cell") { String(format: "%.2f", $0.terminal.bytesPerChangedCell) }
        row("  of which glyph UTF-8 alone") { String(format: "%.2f", $0.terminal.glyphBytesPerChangedCell) }
        row("bytes ≤ 2 × changed cells") { $0.terminal.bytesPerChangedCell <= 2 ? "yes" : "NO" }
        row("moves sending > 2 × changed cells") { "\($0.terminal.movesOverTwiceChangedCells) of \($0.terminal.moves)" }
        let phases = [("saved", "after generate + save"), ("loaded", "after load"),
                      ("indexed", "after validate + index"), ("end", "at end")]
        for (phase, title) in phases {
            row("peak / RSS \(title)") { result in
                guard let usage = result.memory.first(where: { $0.phase == phase })?.usage else { return "—" }
                return "\(Self.size(usage.peakKilobytes * 1024)) / \(Self.size(usage.residentKilobytes * 1024))"
            }
        }
    }

    var text: String {
        let labelWidth = rows.map(\.label.count).max() ?? 0
        let widths = columns.indices.map { column in
            ([columns[column]] + rows.map { $0.values[column] }).map(\.count).max() ?? 0
        }
        func line(_ label: String, _ cells: [String]) -> String {
            let padded = zip(cells, widths).map { String(repeating: " ", count: $1 - $0.count) + $0 }
            return ([label + String(repeating: " ", count: labelWidth - label.count)] + padded).joined(separator: "   ")
        }
        let rule = String(repeating: "─", count: labelWidth + widths.reduce(0) { $0 + $1 + 3 })
        let demo = demoExec.map {
            "built-in demo: exec → first (full) frame \(Self.ms($0.firstFrameMilliseconds)) ms, peak \(Self.size($0.peakKilobytes * 1024))"
        } ?? "built-in demo: no kachestvo binary next to the benchmark (swift build -c release)"
        return ([header, rule, line("", columns), rule] + rows.map { line($0.label, $0.values) } + [rule, demo])
            .joined(separator: "\n")
    }

    private static func ms(_ value: Double) -> String {
        String(format: value < 10 ? "%.2f" : "%.1f", value)
    }

    private static func counts(_ d: Distribution) -> String {
        "\(String(format: "%.0f", d.mean)) / \(String(format: "%.0f", d.p50)) / \(String(format: "%.0f", d.max))"
    }

    private static func grouped(_ value: Int) -> String {
        let digits = Array(String(value))
        return digits.enumerated().map { offset, digit in
            (offset > 0 && (digits.count - offset) % 3 == 0 ? "," : "") + String(digit)
        }.joined()
    }

    private static func size(_ bytes: Int) -> String {
        bytes >= 1 << 20 ? String(format: "%.1f MB", Double(bytes) / 1_048_576) : String(format: "%.1f KB", Double(bytes) / 1024)
    }
}
