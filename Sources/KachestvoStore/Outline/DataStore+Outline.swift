import KachestvoCore

/// The first-frame part of a data file: its dataset with the big record arrays (`examResults`,
/// `financing`, `riskProfiles`) left empty, and everything else — header, municipalities,
/// organisations, years, subjects, support cases, council, thresholds — as the full load gives it.
/// Only for showing something at once; the full load stays the authority and replaces it.
public struct LoadedOutline: Sendable {
    /// The dataset without its big record arrays.
    public var dataset: Dataset
    public var path: String
    /// The file's identity and revision when the outline was read; the full load's own version is
    /// the one a save must expect (the file may have been replaced in between).
    public var version: FileVersion
}

extension DataStore {
    /// The root members `loadOutline` leaves empty.
    public static let outlineSkippedMembers: Set<String> = ["examResults", "financing", "riskProfiles"]

    /// Reads the outline of the file at `path` without reading its big record arrays (at 40,000
    /// schools: ~0.1 s instead of seconds). Never writes anything.
    ///
    /// Nil whenever the outline cannot be read that way or might differ from the full load: a file
    /// not laid out as this store writes it (minified, hand-formatted), an older schema that needs
    /// migrating, a big array whose records hold brackets, or any problem at all in the text read —
    /// the caller then does the full `load`, which reports problems with their place. Throws only
    /// what `load` throws for a file that cannot be opened (missing, unreadable, a directory).
    /// The records inside the skipped arrays are not checked here.
    public func loadOutline(_ path: String) throws(StoreError) -> LoadedOutline? {
        guard let file = try MappedFile.map(path),
              let skeleton = OutlineSkeleton(file.bytes, cutting: Self.outlineSkippedMembers),
              let tape = try? DatasetCodec.parse(skeleton.text, file: path), skipsAllBigArrays(tape),
              let version = try? DatasetCodec.schemaVersion(of: tape, file: path, readable: migrations.readableVersions),
              version == Dataset.currentSchemaVersion,
              let dataset = try? LocatedDecoding(tape: tape, source: tape, file: path).decode(Dataset.self) else { return nil }
        return LoadedOutline(dataset: dataset, path: path,
                             version: FileVersion(revision: dataset.revision, identity: file.identity))
    }

    /// Whether each skipped member of the root is an empty array: the cuts were the root's own
    /// arrays (a cut of a look-alike nested deeper leaves the root's array whole).
    private func skipsAllBigArrays(_ tape: JSONTape) -> Bool {
        guard tape.nodes[0].kind == .object else { return false }
        return Self.outlineSkippedMembers.allSatisfy { name in
            guard let node = tape.member(of: 0, named: name) else { return false }
            return tape.nodes[node].kind == .array && tape.nodes[node].length == 0
        }
    }
}
