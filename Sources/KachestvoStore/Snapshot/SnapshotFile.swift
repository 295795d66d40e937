import KachestvoCore

/// The bytes of one snapshot: a header — magic, format version, the data file's absolute path, its
/// identity and revision, the payload's length and checksum — then the payload: the dataset without
/// its three big arrays as the store's JSON text, then those arrays as `SnapshotRecords` columns.
/// `formatVersion` must grow whenever this layout or the records' fields change.
enum SnapshotFile {
    static let magic: UInt64 = 0x5453_4E53_4843_414B // "KACHSNST" read little-endian
    static let formatVersion: UInt32 = 1

    /// The snapshot of `dataset`, loaded from the file at absolute `path`; nil when the dataset has
    /// a value the JSON text cannot hold (then it is simply not cached).
    static func encode(_ dataset: Dataset, path: String, identity: FileIdentity) -> [UInt8]? {
        var rest = dataset
        rest.examResults = []
        rest.financing = []
        rest.riskProfiles = []
        guard let tree = try? JSONValueEncoder.encode(rest) else { return nil }
        var payload = SnapshotWriter()
        payload.append(block: JSONWriter.write(tree))
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
        let payloadBytes = try reader.take(reader.remaining)
        guard SnapshotChecksum.of(payloadBytes) == checksum else { throw SnapshotUnreadable() }
        var payload = SnapshotReader(payloadBytes)
        guard let decoded = try? DatasetCodec.decode(Array(payload.block()), file: path),
              decoded.migratedFrom == nil, Int64(decoded.dataset.revision) == revision else { throw SnapshotUnreadable() }
        var dataset = decoded.dataset
        try SnapshotRecords.read(from: &payload, into: &dataset)
        guard payload.remaining == 0 else { throw SnapshotUnreadable() }
        return dataset
    }

    private static func fields(of identity: FileIdentity) -> [UInt64] {
        [identity.device, identity.inode, UInt64(bitPattern: identity.size), UInt64(bitPattern: identity.modifiedSeconds),
         UInt64(bitPattern: identity.modifiedNanoseconds)]
    }
}
