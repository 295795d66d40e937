import KachestvoCore

/// The records of a data file whose outline was just read, read on from the same mapping: started
/// by `DataStore.loadOutline(_:readingRecords:)` on another core while the outline is parsed, and
/// finished by `DataStore.load(continuing:)`, so the full load neither scans nor parses again what
/// the outline already has. Its records are taken once; a second full load reads the file anew.
public final class OutlineRecords: @unchecked Sendable {
    private let file: MappedFile
    private let stretches: RecordStretches
    /// Where the `supportCases` array's `[` and `]` are (the outline leaves it out too, and it is not
    /// read by lines); nil when it is empty.
    private let supportCases: (open: Int, close: Int)?
    private let early: Pending<Bool>

    /// Starts reading the record arrays among `spans` on another thread, at a lower priority than
    /// the outline and the first frame it is for; nil when they cannot be read by lines at all.
    init?(_ file: MappedFile, spans: [(key: String, open: Int, close: Int)]) {
        guard let stretches = RecordStretches(file, spans: spans.filter { DataStore.recordMembers.contains($0.key) }) else { return nil }
        self.file = file
        self.stretches = stretches
        supportCases = spans.first { $0.key == "supportCases" }.map { ($0.open, $0.close) }
        early = .yielding { stretches.readUntilDone() }
    }

    /// Stops the early reading: the outline it belonged to was not used.
    func cancel() { stretches.cancel() }

    /// The outline's dataset with its records, read to the end here beside the early thread; nil when
    /// any of them is not as the writer writes it, or they were taken already.
    func complete(_ outline: Dataset, path: String) -> LoadedDataset? {
        guard let cases = readSupportCases(path: path) else {
            cancel()
            return nil
        }
        guard stretches.readUntilDone(), early.value, let records = stretches.joined() else { return nil }
        var dataset = outline
        dataset.examResults = records.examResults
        dataset.financing = records.financing
        dataset.riskProfiles = records.riskProfiles
        dataset.supportCases = cases
        return LoadedDataset(dataset: dataset, path: path,
                             version: FileVersion(revision: dataset.revision, identity: file.identity), migratedFrom: nil)
    }

    /// The support cases, parsed and decoded strictly on their own.
    private func readSupportCases(path: String) -> [SupportCase]? {
        guard let (open, close) = supportCases else { return [] }
        let text = Array(UnsafeBufferPointer(rebasing: file.bytes[open...close]))
        guard let tape = try? DatasetCodec.parse(text, file: path) else { return nil }
        return try? LocatedDecoding(tape: tape, source: tape, file: path).decode([SupportCase].self)
    }
}

extension DataStore {
    /// The full load of the file whose outline is `outline`, from the records its reading started
    /// (see `loadOutline(_:readingRecords:)`): the same dataset `load` gives for the file as it was
    /// when the outline was read. Nil when the outline has no records reading, or they cannot be read
    /// by lines — then `load` the file.
    public func load(continuing outline: LoadedOutline) -> LoadedDataset? {
        outline.records?.complete(outline.dataset, path: outline.path)
    }
}
