/// How far the background loading of a data file has got, for the status bar. Whatever was on
/// screen before (the outline's names and hierarchy, or the previous load) stays usable meanwhile.
public enum LoadProgress: Sendable, Equatable {
    /// Reading and parsing the whole file.
    case reading
    /// Checking the data and computing aggregates, standardised scores and flags.
    case indexing

    public var label: UIText {
        switch self {
        case .reading: .loadReading
        case .indexing: .loadIndexing
        }
    }
}
