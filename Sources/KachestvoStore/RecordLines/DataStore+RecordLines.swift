import KachestvoCore

extension DataStore {
    /// The root arrays of records (what an outline leaves to be read on in the background).
    static let recordMembers: Set<String> = ["examResults", "financing", "riskProfiles"]

    /// The root arrays `load` reads with `RecordLineReader` when it can: the records and the
    /// organisations (most of the rest of a file's text).
    static let lineReadMembers: Set<String> = recordMembers.union(["organisations"])

    /// The full load of the file at `path` with its big arrays read line by line, or nil whenever
    /// that might not give exactly what the general path gives: a file that cannot be mapped or is not
    /// in the writer's layout, an older schema, any problem in the rest of the text, or any record
    /// not exactly as the writer writes it. The rest (the skeleton) is parsed and decoded as always;
    /// the cut-out text is read whole, so the two together are the file.
    func loadByLines(_ path: String) -> LoadedDataset? {
        guard let file = try? MappedFile.map(path),
              let skeleton = OutlineSkeleton(file.bytes, keyOrder: Self.rootKeyOrder, cutting: Self.lineReadMembers),
              let (records, decoded) = RecordArrays.read(file, spans: skeleton.spans, besides: { decode(skeleton, file: path) })
        else { return nil }
        var dataset = decoded
        dataset.organisations = records.organisations
        dataset.examResults = records.examResults
        dataset.financing = records.financing
        dataset.riskProfiles = records.riskProfiles
        return LoadedDataset(dataset: dataset, path: path,
                             version: FileVersion(revision: dataset.revision, identity: file.identity), migratedFrom: nil)
    }

    /// The skeleton's dataset (big arrays empty) when it is a current-schema dataset whose cuts were
    /// all root members.
    private func decode(_ skeleton: OutlineSkeleton, file path: String) -> Dataset? {
        guard let tape = try? DatasetCodec.parse(skeleton.text, file: path),
              Self.isSkeleton(tape, cuts: skeleton.cuts, emptied: Self.lineReadMembers),
              let version = try? DatasetCodec.schemaVersion(of: tape, file: path, readable: migrations.readableVersions),
              version == Dataset.currentSchemaVersion else { return nil }
        return try? LocatedDecoding(tape: tape, source: tape, file: path).decode(Dataset.self)
    }
}
