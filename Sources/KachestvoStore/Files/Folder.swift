import Foundation

/// Making the folders a file is saved into.
enum Folder {
    /// `mkdir -p`, failing with the first folder that cannot be made.
    static func make(_ folder: String) throws(StoreError) {
        var prefix = folder.hasPrefix("/") ? "" : "."
        for component in folder.split(separator: "/") {
            prefix += "/" + component
            if mkdir(prefix, 0o755) == 0 { continue }
            let code = errno
            var status = stat()
            guard code == EEXIST, stat(prefix, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else {
                throw StoreError(.writeFailed(step: .createFolder, errno: code == EEXIST ? ENOTDIR : code), file: prefix)
            }
        }
    }
}
