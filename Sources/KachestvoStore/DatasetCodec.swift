import KachestvoCore

/// A dataset read from bytes, and the schema it was migrated from (nil when it was current).
public struct DecodedDataset: Sendable {
    public var dataset: Dataset
    public var migratedFrom: Int?
}

/// Bytes ↔ `Dataset`: strict parsing, the format and schema-version check, migrations, and located
/// errors on the way in; normalised, stable text on the way out.
public enum DatasetCodec {
    /// The largest file the parser accepts: 512 MiB (a 40,000-school demo region is about 350 MB).
    public static let maximumSize = JSONNode.lengthLimit - 1

    /// Reads a dataset; `file` is only used to name the file in errors.
    public static func decode(_ bytes: [UInt8], file: String, migrations: MigrationTable = .standard) throws(StoreError) -> DecodedDataset {
        let tape = try parse(bytes, file: file)
        let version = try schemaVersion(of: tape, file: file, readable: migrations.readableVersions)
        guard version < Dataset.currentSchemaVersion else {
            return DecodedDataset(dataset: try LocatedDecoding(tape: tape, source: tape, file: file).decode(Dataset.self), migratedFrom: nil)
        }
        var root = tape.value(at: 0).objectValue ?? JSONObject()
        migrations.migrate(&root, from: version)
        let migrated = try parse(JSONWriter.write(.object(root)), file: file)
        let dataset = try LocatedDecoding(tape: migrated, source: tape, file: file).decode(Dataset.self)
        return DecodedDataset(dataset: dataset, migratedFrom: version)
    }

    /// The text of a dataset as saved: normalised order, sorted keys, one line per record. Errors
    /// (`notEncodable`) carry no file; `DataStore.save` adds it.
    public static func encode(_ dataset: Dataset) throws(StoreError) -> [UInt8] {
        do {
            return try text(of: dataset.normalised())
        } catch let EncodingError.invalidValue(_, context) {
            let path = context.codingPath.reduce("$") { path, key in
                path + (key is IndexKey ? "[\(key.intValue ?? 0)]" : JSONPathResolver.member(key.stringValue))
            }
            throw StoreError(.notEncodable(detail: "\(path): \(context.debugDescription)"), file: "")
        } catch {
            throw StoreError(.notEncodable(detail: "\(error)"), file: "")
        }
    }

    /// The big record arrays are written directly by `BulkRecordWriter`, the rest from its encoded
    /// tree; when they cannot be (a number that is not finite), everything goes through the tree.
    private static func text(of dataset: Dataset) throws -> [UInt8] {
        guard let bulk = BulkRecordWriter.members(of: dataset) else { return JSONWriter.write(try JSONValueEncoder.encode(dataset)) }
        var rest = dataset
        rest.examResults = []
        rest.financing = []
        rest.riskProfiles = []
        let tree = try JSONValueEncoder.encode(rest)
        guard let root = tree.objectValue, bulk.keys.allSatisfy({ root[$0] != nil }) else {
            return JSONWriter.write(try JSONValueEncoder.encode(dataset))
        }
        return JSONWriter.write(tree, replacing: bulk)
    }

    static func parse(_ bytes: [UInt8], file: String) throws(StoreError) -> JSONTape {
        guard bytes.count <= maximumSize else { throw StoreError(.tooLarge(bytes: bytes.count), file: file) }
        do {
            return try JSONParser.parse(bytes)
        } catch {
            let position = SourcePosition(offset: error.offset, in: bytes)
            switch error.problem {
            case .empty: throw StoreError(.empty, file: file)
            case .invalidUTF8: throw StoreError(.notUTF8(byteOffset: error.offset), file: file, position: position)
            default: throw StoreError(.syntax(error.problem), file: file, position: position)
            }
        }
    }

    /// Checks that the root is an object with the right `format`, and returns its `schemaVersion`.
    static func schemaVersion(of tape: JSONTape, file: String, readable: ClosedRange<Int>) throws(StoreError) -> Int {
        let rootPosition = SourcePosition(offset: Int(tape.nodes[0].offset), in: tape.bytes)
        guard tape.nodes[0].kind == .object else {
            throw StoreError(.schema(.typeMismatch(expected: .object, found: tape.render(0))), file: file, position: rootPosition, jsonPath: "$")
        }
        guard let format = tape.member(of: 0, named: "format") else {
            throw StoreError(.wrongFormat(found: nil), file: file, position: rootPosition, jsonPath: "$")
        }
        guard tape.nodes[format].kind == .string, tape.string(at: format) == Dataset.formatName else {
            let found = tape.nodes[format].kind == .string ? tape.string(at: format) : tape.render(format)
            throw StoreError(.wrongFormat(found: found), file: file,
                             position: SourcePosition(offset: Int(tape.nodes[format].offset), in: tape.bytes), jsonPath: "$.format")
        }
        let version = try LocatedDecoding(tape: tape, source: tape, file: file).decode(VersionHeader.self).schemaVersion
        guard readable.contains(version) else {
            let node = tape.member(of: 0, named: "schemaVersion") ?? 0
            throw StoreError(.unsupportedSchemaVersion(found: version, supported: readable), file: file,
                             position: SourcePosition(offset: Int(tape.nodes[node].offset), in: tape.bytes), jsonPath: "$.schemaVersion")
        }
        return version
    }

    private struct VersionHeader: Decodable {
        let schemaVersion: Int
    }
}
