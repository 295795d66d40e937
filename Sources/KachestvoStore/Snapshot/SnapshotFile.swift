import KachestvoCore

/// The bytes of one snapshot: a header — magic, format version, the data file's absolute path, its
/// identity and revision, the payload's length and checksum — then the payload: the dataset without
/// its organisations and three big arrays as the store's JSON text, the organisations as
/// `SnapshotOrganisations`, then the big arrays as `SnapshotRecords` columns. The text with the
/// organisations, the exam results with financing, and the checksum with the risk profiles are
/// read at the same time, on as many cores as there are.
/// `formatVersion` must grow whenever this layout or the records' fields change.
enum SnapshotFile {
    static let magic: UInt64 = 0x5453_4E53_4843_414B // "KACHSNST" read little-endian
    static let formatVersion: UInt32 = 3

    /// The snapshot of `dataset`, loaded from the file at absolute `path`; nil when the dataset has
    /// a value the JSON text cannot hold (then it is simply not cached).
    static func encode(_ dataset: Dataset, path: String, identity: FileIdentity) -> [UInt8]? {
        var rest = dataset
        rest.examResults = []
        rest.financing = []
        rest.riskProfiles = []
        rest.organisations = []
        guard let tree = try? JSONValueEncoder.encode(rest) else { return nil }
        var payload = SnapshotWriter()
        payload.append(block: JSONWriter.write(tree))
        payload.append(block: SnapshotOrganisations.write(dataset.organisations))
        SnapshotRecords.write(dataset, into: &payload)
        var file = SnapshotWriter()
        file.append(magic)
        file.append(formatVersion)
        file.append(path)
        for field in fields(of: identity) { file.append(field) }
        file.append(Int64(dataset.revision))
        file.append(UInt64(payload.bytes.count))
        file.append(SnapshotChecksum.of(payload.bytes))
        file.append(contentsOf: payload.bytes)
        return file.bytes
    }

    /// The dataset in `bytes`, when they are a whole, intact snapshot of this format made from the
    /// file at absolute `path` while it had `identity`.
    static func decode(_ bytes: UnsafeRawBufferPointer, path: String, identity: FileIdentity) throws(SnapshotUnreadable) -> Dataset {
        var reader = SnapshotReader(bytes)
        guard try reader.integer(UInt64.self) == magic, try reader.integer(UInt32.self) == formatVersion,
              try reader.string() == path else { throw SnapshotUnreadable() }
        for field in fields(of: identity) {
            guard try reader.integer(UInt64.self) == field else { throw SnapshotUnreadable() }
        }
        let revision = try reader.integer(Int64.self)
        let length = try reader.integer(UInt64.self)
        let checksum = try reader.integer(UInt64.self)
        guard length == UInt64(reader.remaining) else { throw SnapshotUnreadable() }
        nonisolated(unsafe) let payload = try reader.take(reader.remaining)
        var parts = SnapshotReader(payload)
        nonisolated(unsafe) let text = try parts.block(), organisations = try parts.block()
        nonisolated(unsafe) let columns = try SnapshotRecords.Columns(from: &parts)
        guard parts.remaining == 0 else { throw SnapshotUnreadable() }
        let (examResultsAndFinancing, rest, riskProfiles) = Concurrently.run(
            { try? columns.readExamResultsAndFinancing() },
            { try? Self.rest(text: text, organisations: organisations, path: path) },
            { SnapshotChecksum.of(payload) == checksum ? try? columns.readRiskProfiles() : nil })
        guard let examResultsAndFinancing, var dataset = rest, let riskProfiles,
              Int64(dataset.revision) == revision else { throw SnapshotUnreadable() }
        (dataset.examResults, dataset.financing) = examResultsAndFinancing
        dataset.riskProfiles = riskProfiles
        return dataset
    }

    /// The dataset without its big arrays, from the payload's JSON text and organisations.
    private static func rest(text: UnsafeRawBufferPointer, organisations: UnsafeRawBufferPointer,
                             path: String) throws(SnapshotUnreadable) -> Dataset {
        guard var decoded = try? DatasetCodec.decode(Array(text), file: path), decoded.migratedFrom == nil else {
            throw SnapshotUnreadable()
        }
        var reader = SnapshotReader(organisations)
        decoded.dataset.organisations = try SnapshotOrganisations.read(from: &reader)
        guard reader.remaining == 0 else { throw SnapshotUnreadable() }
        return decoded.dataset
    }

    private static func fields(of identity: FileIdentity) -> [UInt64] {
        [identity.device, identity.inode, UInt64(bitPattern: identity.size), UInt64(bitPattern: identity.modifiedSeconds),
         UInt64(bitPattern: identity.modifiedNanoseconds)]
    }
}
