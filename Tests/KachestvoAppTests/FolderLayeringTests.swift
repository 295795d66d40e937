import Foundation
import Testing

/// The app's folders form layers (docs/GUIDE.md): a folder may use the types of the folders before
/// it in `order`, never of those after it, so there is no import loop inside the target.
@Suite struct FolderLayeringTests {
    static let order = ["Localization", "Commands", "Context", "Shared", "Screens", "Shell", "Runtime", "Reports"]

    private static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Sources/KachestvoApp").standardizedFileURL

    /// Source files by top folder, with comments and string literals removed.
    private func code() throws -> [(folder: String, file: String, text: String)] {
        let paths = try FileManager.default.subpathsOfDirectory(atPath: Self.sources.path)
        return try paths.filter { $0.hasSuffix(".swift") }.map { path in
            let text = try String(contentsOf: Self.sources.appendingPathComponent(path), encoding: .utf8)
            let stripped = text.replacingOccurrences(of: #"//[^\n]*"#, with: "", options: .regularExpression)
                .replacingOccurrences(of: #""(\\.|[^"\\\n])*""#, with: "\"\"", options: .regularExpression)
            return (String(path.split(separator: "/")[0]), path, stripped)
        }
    }

    @Test func everyFolderIsALayer() throws {
        let files = try code()
        #expect(Set(files.map(\.folder)).isSubset(of: Set(Self.order)), "a folder missing from the guide's order")
        var owner: [String: String] = [:]
        let declaration = try Regex(#"\b(?:enum|struct|class|protocol)\s+([A-Z]\w*)"#)
        for file in files {
            for match in file.text.matches(of: declaration) {
                if let name = match.output[1].substring { owner[String(name)] = file.folder }
            }
        }
        #expect(owner["NetworkScreen"] == "Screens" && owner["AppState"] == "Shell", "the scan found the declarations")
        var violations: [String] = []
        for file in files {
            let rank = Self.order.firstIndex(of: file.folder) ?? 0
            for (name, folder) in owner where folder != file.folder {
                guard let used = Self.order.firstIndex(of: folder), used > rank,
                      file.text.contains(try Regex("\\b\(name)\\b")) else { continue }
                violations.append("\(file.file) uses \(name) from \(folder)")
            }
        }
        #expect(violations.isEmpty, "\(violations.joined(separator: "\n"))")
    }
}
