import Foundation

/// Fresh folders for tests, all made under one folder of this test process that is removed when the process
/// exits, so a test run leaves nothing behind in the system's temporary folder.
public enum TemporaryFolder {
    /// A new empty folder whose name starts with `prefix`.
    public static func make(_ prefix: String) -> String {
        let path = runFolder + "/" + prefix + "-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}

/// This process's folder of test folders, made on first use and removed at exit.
private let runFolder: String = {
    let path = runFolderPath()
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    atexit { try? FileManager.default.removeItem(atPath: runFolderPath()) }
    return path
}()

private func runFolderPath() -> String { NSTemporaryDirectory() + "kachestvo-tests-\(getpid())" }
