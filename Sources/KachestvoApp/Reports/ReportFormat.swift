/// The output formats of `kachestvo report`.
public enum ReportFormat: String, CaseIterable, Sendable {
    case text, markdown, json
}
