import Foundation

/// Reads a whole file, turning each way opening or reading can fail into a `StoreError`.
enum FileReader {
    static func read(_ path: String) throws(StoreError) -> (bytes: [UInt8], identity: FileIdentity) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw StoreError(openFailure(errno), file: path) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw StoreError(.readFailed(errno: errno), file: path) }
        guard status.st_mode & S_IFMT != S_IFDIR else { throw StoreError(.isDirectory, file: path) }
        guard status.st_size <= DatasetCodec.maximumSize else { throw StoreError(.tooLarge(bytes: Int(status.st_size)), file: path) }
        // One byte more than the size, so reading a file that did not grow ends without enlarging.
        var bytes = [UInt8](repeating: 0, count: max(Int(status.st_size) + 1, 4096))
        var total = 0
        while true {
            if total == bytes.count { bytes.append(contentsOf: repeatElement(0, count: bytes.count)) }
            let count = bytes.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress! + total, $0.count - total) }
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                throw StoreError(errno == EISDIR ? .isDirectory : .readFailed(errno: errno), file: path)
            }
            total += count
        }
        bytes.removeSubrange(total...)
        return (bytes, FileIdentity(status))
    }

    static func openFailure(_ code: Int32) -> StoreError.Kind {
        switch code {
        case ENOENT, ENOTDIR: .fileMissing
        case EACCES, EPERM: .permissionDenied
        case EISDIR: .isDirectory
        default: .readFailed(errno: code)
        }
    }
}
