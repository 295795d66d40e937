import Foundation

/// A whole file mapped read-only into memory, with the identity it had when opened; unmapped when
/// released. Saves replace a data file by renaming a new one over it, so the mapped bytes never
/// change underneath (a file truncated in place by another program would, as with any mapping).
final class MappedFile {
    let bytes: UnsafeBufferPointer<UInt8>
    let identity: FileIdentity

    /// Maps the file at `path`; nil when it is empty, larger than the store accepts, or cannot be
    /// mapped (the full load then reports what is wrong). Failing to open it throws as loading does.
    static func map(_ path: String) throws(StoreError) -> MappedFile? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw StoreError(FileReader.openFailure(errno), file: path) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw StoreError(.readFailed(errno: errno), file: path) }
        guard status.st_mode & S_IFMT != S_IFDIR else { throw StoreError(.isDirectory, file: path) }
        let size = Int(status.st_size)
        guard status.st_mode & S_IFMT == S_IFREG, size > 0, size <= DatasetCodec.maximumSize else { return nil }
        guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else { return nil }
        return MappedFile(bytes: UnsafeBufferPointer(start: address.assumingMemoryBound(to: UInt8.self), count: size),
                          identity: FileIdentity(status))
    }

    private init(bytes: UnsafeBufferPointer<UInt8>, identity: FileIdentity) {
        self.bytes = bytes
        self.identity = identity
    }

    /// Drops the pages wholly inside `range` from memory (they are read again from the file if
    /// touched), so bytes already read stop counting towards the process's resident size.
    func release(_ range: Range<Int>) {
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        guard let base = bytes.baseAddress else { return }
        let start = (Int(bitPattern: base) + range.lowerBound + page - 1) / page * page
        let stop = (Int(bitPattern: base) + range.upperBound) / page * page
        guard stop > start else { return }
        _ = madvise(UnsafeMutableRawPointer(bitPattern: start), stop - start, MADV_DONTNEED)
    }

    deinit { munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count) }
}
