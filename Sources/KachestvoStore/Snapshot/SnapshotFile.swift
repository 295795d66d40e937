import KachestvoCore

/// The bytes of one snapshot: a header — magic, format version, the data file's absolute path, its
/// identity and revision, then the length and checksum of each of the two parts — then the parts.
/// The front: the dataset without its organisations, three big arrays and its long lists of texts
/// (support cases, council meetings, forecasts) as the store's JSON text, the organisations as
/// `SnapshotOrganisations`, and the region's digest when there is one (`SnapshotDigest`) — all a
/// reopened file's first screens need, read on its own. The back: those lists as JSON text, then
/// the big arrays as `SnapshotRecords` columns. The front, the exam results with financing, and
/// the checksum with the lists and the risk profiles are read at the same time, on as many cores
/// as there are.
/// `formatVersion` must grow whenever this layout or the records' fields change.
enum SnapshotFile {
    static let magic: UInt64 = 0x5453_4E53_4843_414B // "KACHSNST" read little-endian
    static let formatVersion: UInt32 = 5

    /// The snapshot of `dataset`, loaded from the file at absolute `path`, with the digest of its
    /// index when known; nil when the dataset has a value the JSON text cannot hold (then it is
    /// simply not cached). In three parts to be written one after another — header, front, back —
    /// so that tens of megabytes are not copied into one array at the peak of a large region's memory.
    static func encode(_ dataset: Dataset, digest: RegionDigest?, path: String, identity: FileIdentity) -> [[UInt8]]? {
        var rest = dataset
        rest.examResults = []
        rest.financing = []
        rest.riskProfiles = []
        rest.organisations = []
        var lists = rest
        (rest.supportCases, rest.meetings, rest.forecasts) = ([], [], [])
        (lists.municipalities, lists.subjects, lists.stages, lists.directions) = ([], [], [], [])
        guard let tree = try? JSONValueEncoder.encode(rest), let listsTree = try? JSONValueEncoder.encode(lists) else { return nil }
        var front = SnapshotWriter()
        front.append(block: JSONWriter.write(tree))
        front.append(block: SnapshotOrganisations.write(dataset.organisations))
        var digestBytes = SnapshotWriter()
        if let digest { SnapshotDigest.write(digest, into: &digestBytes) }
        front.append(block: digestBytes.bytes)
        var back = SnapshotWriter()
        back.append(block: JSONWriter.write(listsTree))
        SnapshotRecords.write(dataset, into: &back)
        var file = SnapshotWriter()
        file.append(magic)
        file.append(formatVersion)
        file.append(path)
        for field in fields(of: identity) { file.append(field) }
        file.append(Int64(dataset.revision))
        for part in [front.bytes, back.bytes] {
            file.append(UInt64(part.count))
            file.append(SnapshotChecksum.of(part))
        }
        return [file.bytes, front.bytes, back.bytes]
    }

    /// The two parts of a snapshot whose header matches, their checksums not yet checked.
    private struct Parts {
        let revision: Int64
        let front: UnsafeRawBufferPointer, frontChecksum: UInt64
        let back: UnsafeRawBufferPointer, backChecksum: UInt64
    }

    private static func parts(of bytes: UnsafeRawBufferPointer, path: String, identity: FileIdentity) throws(SnapshotUnreadable) -> Parts {
        var reader = SnapshotReader(bytes)
        guard try reader.integer(UInt64.self) == magic, try reader.integer(UInt32.self) == formatVersion,
              try reader.string() == path else { throw SnapshotUnreadable() }
        for field in fields(of: identity) {
            guard try reader.integer(UInt64.self) == field else { throw SnapshotUnreadable() }
        }
        let revision = try reader.integer(Int64.self)
        let frontLength = try reader.integer(UInt64.self), frontChecksum = try reader.integer(UInt64.self)
        let backLength = try reader.integer(UInt64.self), backChecksum = try reader.integer(UInt64.self)
        guard frontLength <= UInt64(reader.remaining), backLength == UInt64(reader.remaining) - frontLength else {
            throw SnapshotUnreadable()
        }
        let front = try reader.take(Int(frontLength)), back = try reader.take(reader.remaining)
        return Parts(revision: revision, front: front, frontChecksum: frontChecksum, back: back, backChecksum: backChecksum)
    }

    /// The outline (the dataset without its big arrays and long lists) and the digest, from the front part alone,
    /// when the bytes are a snapshot of this format made from the file at absolute `path` while it
    /// had `identity` and the front is intact; the digest is nil when none was written.
    static func decodeFront(_ bytes: UnsafeRawBufferPointer, path: String, identity: FileIdentity)
        throws(SnapshotUnreadable) -> (outline: Dataset, digest: RegionDigest?) {
        nonisolated(unsafe) let parts = try parts(of: bytes, path: path, identity: identity)
        return try front(parts, path: path)
    }

    /// The dataset in `bytes`, when they are a whole, intact snapshot of this format made from the
    /// file at absolute `path` while it had `identity`.
    static func decode(_ bytes: UnsafeRawBufferPointer, path: String, identity: FileIdentity) throws(SnapshotUnreadable) -> Dataset {
        nonisolated(unsafe) let parts = try parts(of: bytes, path: path, identity: identity)
        var backReader = SnapshotReader(parts.back)
        nonisolated(unsafe) let listsText = try backReader.block()
        nonisolated(unsafe) let columns = try SnapshotRecords.Columns(from: &backReader)
        guard backReader.remaining == 0 else { throw SnapshotUnreadable() }
        let (examResultsAndFinancing, rest, listsAndRiskProfiles) = Concurrently.run(
            { try? columns.readExamResultsAndFinancing() },
            { try? Self.front(parts, path: path).outline },
            { () -> (Dataset, [RiskProfile])? in
                guard SnapshotChecksum.of(parts.back) == parts.backChecksum,
                      let lists = try? DatasetCodec.decode(Array(listsText), file: path), lists.migratedFrom == nil,
                      let riskProfiles = try? columns.readRiskProfiles() else { return nil }
                return (lists.dataset, riskProfiles)
            })
        guard let examResultsAndFinancing, var dataset = rest, let (lists, riskProfiles) = listsAndRiskProfiles else {
            throw SnapshotUnreadable()
        }
        (dataset.examResults, dataset.financing) = examResultsAndFinancing
        (dataset.supportCases, dataset.meetings, dataset.forecasts) = (lists.supportCases, lists.meetings, lists.forecasts)
        dataset.riskProfiles = riskProfiles
        return dataset
    }

    /// The front part: the dataset without its big arrays and long lists, from the JSON text and organisations, and
    /// the digest — the three read at once, the front's checksum beside them.
    private static func front(_ parts: Parts, path: String) throws(SnapshotUnreadable) -> (outline: Dataset, digest: RegionDigest?) {
        var reader = SnapshotReader(parts.front)
        nonisolated(unsafe) let text = try reader.block(), organisations = try reader.block(), digestBytes = try reader.block()
        guard reader.remaining == 0 else { throw SnapshotUnreadable() }
        nonisolated(unsafe) let front = parts.front
        let frontChecksum = parts.frontChecksum
        let (rest, readOrganisations, digest) = Concurrently.run(
            { try? DatasetCodec.decode(Array(text), file: path) },
            { () -> [Organisation]? in
                var reader = SnapshotReader(organisations)
                guard let read = try? SnapshotOrganisations.read(from: &reader), reader.remaining == 0 else { return nil }
                return read
            },
            { () -> Result<RegionDigest?, SnapshotUnreadable> in
                guard SnapshotChecksum.of(front) == frontChecksum else { return .failure(SnapshotUnreadable()) }
                guard !digestBytes.isEmpty else { return .success(nil) }
                var reader = SnapshotReader(digestBytes)
                guard let digest = try? SnapshotDigest.read(from: &reader), reader.remaining == 0 else { return .failure(SnapshotUnreadable()) }
                return .success(digest)
            })
        guard var decoded = rest, decoded.migratedFrom == nil, let readOrganisations, case .success(let digest) = digest,
              Int64(decoded.dataset.revision) == parts.revision else { throw SnapshotUnreadable() }
        decoded.dataset.organisations = ChunkedArray(readOrganisations)
        return (decoded.dataset, digest)
    }

    private static func fields(of identity: FileIdentity) -> [UInt64] {
        [identity.device, identity.inode, UInt64(bitPattern: identity.size), UInt64(bitPattern: identity.modifiedSeconds),
         UInt64(bitPattern: identity.modifiedNanoseconds)]
    }
}
