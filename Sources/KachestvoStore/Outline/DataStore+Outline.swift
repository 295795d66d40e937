import KachestvoCore

/// The first-frame part of a data file: its dataset with the big record arrays (`examResults`,
/// `financing`, `riskProfiles`, `supportCases`) left empty, and everything else — header,
/// municipalities, organisations, years, subjects, council, thresholds — as the full load gives it.
/// Only for showing something at once; the full load stays the authority and replaces it.
public struct LoadedOutline: Sendable {
    /// The dataset without its big record arrays.
    public var dataset: Dataset
    public var path: String
    /// The file's identity and revision when the outline was read; the full load's own version is
    /// the one a save must expect (the file may have been replaced in between).
    public var version: FileVersion
    /// The file's records being read on, when asked for (see `DataStore.load(continuing:)`).
    public var records: OutlineRecords?
}

extension DataStore {
    /// The root members `loadOutline` leaves empty.
    public static let outlineSkippedMembers: Set<String> = ["examResults", "financing", "riskProfiles", "supportCases"]

    /// The root members cut out of the outline's text when records are read by lines: the skipped
    /// ones, and the organisations, which are read by lines beside the rest's parsing.
    static let outlineCutMembers = outlineSkippedMembers.union(["organisations"])

    /// The root members of a saved dataset in the order the writer puts them.
    static let rootKeyOrder: [String] = (try? JSONValueEncoder.encode(Dataset()))?.objectValue?.members.map(\.key) ?? []

    /// Reads the outline of the file at `path` without reading its big record arrays (at 40,000
    /// schools: ~0.1 s instead of seconds). Never writes anything.
    ///
    /// Nil whenever the outline cannot be read that way or might differ from the full load: a file
    /// not laid out as this store writes it (minified, hand-formatted, other key order), an older
    /// schema that needs migrating, or any problem at all in the text read — the caller then does
    /// the full `load`, which reports problems with their place. Throws only what `load` throws for
    /// a file that cannot be opened (missing, unreadable, a directory). The records inside the
    /// skipped arrays are not read at all: a file whose records are broken gives an outline, and
    /// its full load the located error.
    ///
    /// With `readingRecords`, the records are read on another core from the moment the outline's
    /// text is found, for `load(continuing:)` to finish.
    public func loadOutline(_ path: String, readingRecords: Bool = false) throws(StoreError) -> LoadedOutline? {
        let cutMembers = readsRecordLines ? Self.outlineCutMembers : Self.outlineSkippedMembers
        guard let file = try MappedFile.map(path),
              let skeleton = OutlineSkeleton(file.bytes, keyOrder: Self.rootKeyOrder, cutting: cutMembers)
        else { return nil }
        let records = readingRecords && readsRecordLines ? OutlineRecords(file, spans: skeleton.spans) : nil
        // The organisations on both cores beside the rest's parsing.
        let organisationSpans = skeleton.spans.filter { $0.key == "organisations" }
        guard let (organisations, rest) = RecordArrays.read(file, spans: organisationSpans,
                                                            besides: { outline(of: skeleton, emptied: cutMembers, path: path) }) else {
            records?.cancel()
            return nil
        }
        var dataset = rest
        dataset.organisations = organisations.organisations
        return LoadedOutline(dataset: dataset, path: path, version: FileVersion(revision: dataset.revision, identity: file.identity),
                             records: records)
    }

    /// The skeleton's dataset when it decodes as the whole file would with the `emptied` arrays empty.
    private func outline(of skeleton: OutlineSkeleton, emptied: Set<String>, path: String) -> Dataset? {
        guard let tape = try? DatasetCodec.parse(skeleton.text, file: path),
              Self.isSkeleton(tape, cuts: skeleton.cuts, emptied: emptied),
              let version = try? DatasetCodec.schemaVersion(of: tape, file: path, readable: migrations.readableVersions),
              version == Dataset.currentSchemaVersion,
              let dataset = try? LocatedDecoding(tape: tape, source: tape, file: path).decode(Dataset.self) else { return nil }
        return dataset
    }

    /// Whether every `emptied` member of the root is an empty array and every cut was the value of
    /// a root member. Then the skeleton decodes as the file would with those arrays emptied: what the
    /// cut text could hide besides records is root members, and a hidden required member is either
    /// missing from the skeleton (which then does not decode) or there twice (the file is invalid).
    static func isSkeleton(_ tape: JSONTape, cuts: [(key: String, offset: Int)], emptied members: Set<String>) -> Bool {
        guard tape.nodes[0].kind == .object else { return false }
        let emptied = members.allSatisfy { name in
            guard let node = tape.member(of: 0, named: name) else { return false }
            return tape.nodes[node].kind == .array && tape.nodes[node].length == 0
        }
        return emptied && cuts.allSatisfy { cut in
            tape.member(of: 0, named: cut.key).map { Int(tape.nodes[$0].offset) == cut.offset } ?? false
        }
    }
}
