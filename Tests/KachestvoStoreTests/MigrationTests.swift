import Foundation
import KachestvoCore
import Testing
@testable import KachestvoStore

/// Schema versions: a version-0 file is migrated on load; a newer one is refused.
@Suite struct MigrationTests {
    /// A version-0 file: `region` instead of `regionName`, no `revision`, `demo` or `thresholds`.
    private func versionZeroText() throws -> String {
        var root = try #require(try JSONValueEncoder.encode(Fixtures.dataset().normalised()).objectValue)
        root["region"] = root.removeValue(forKey: "regionName")
        root["revision"] = nil
        root["demo"] = nil
        root["thresholds"] = nil
        root["schemaVersion"] = .integer(0)
        return String(decoding: JSONWriter.write(.object(root)), as: UTF8.self)
    }

    @Test func versionZeroIsMigratedToTheCurrentSchema() throws {
        let decoded = try DatasetCodec.decode(Array(try versionZeroText().utf8), file: "old.json")
        #expect(decoded.migratedFrom == 0)
        var expected = Fixtures.dataset().normalised()
        expected.thresholds = FlagThresholds()
        expected.demo = false
        #expect(decoded.dataset == expected)
        #expect(decoded.dataset.schemaVersion == Dataset.currentSchemaVersion)
    }

    @Test func errorsInAMigratedFileStillPointIntoTheOriginalFile() throws {
        let text = try versionZeroText().replacingOccurrences(of: "\"pupils\": 41", with: "\"pupils\": true")
        let error = Fixtures.error(decoding: text)
        #expect(error?.kind == .schema(.typeMismatch(expected: .wholeNumber, found: "true")))
        #expect(error?.jsonPath == "$.organisations[2].pupils")
        let lines = text.components(separatedBy: "\n")
        let line = try #require(lines.firstIndex { $0.contains("\"pupils\": true") })
        let prefix = try #require(lines[line].components(separatedBy: "\"pupils\": true").first)
        #expect(error?.position?.line == line + 1)
        #expect(error?.position?.column == prefix.unicodeScalars.count + "\"pupils\": ".count + 1)
    }

    @Test func aNewerSchemaIsRefusedClearly() throws {
        let text = try Fixtures.validText().replacingOccurrences(of: "\"schemaVersion\": 1", with: "\"schemaVersion\": 7")
        let error = Fixtures.error(decoding: text)
        #expect(error?.kind == .unsupportedSchemaVersion(found: 7, supported: 0...1))
        #expect(error?.jsonPath == "$.schemaVersion")
        #expect(error?.message(.en).hasSuffix("the file was written by a newer version (schema 7; this build reads up to 1); please upgrade") == true)
        #expect(error?.message(.ru).contains("более новой версией") == true)
    }

    @Test func anUnknownOlderSchemaIsRefused() throws {
        let text = try Fixtures.validText().replacingOccurrences(of: "\"schemaVersion\": 1", with: "\"schemaVersion\": -1")
        #expect(Fixtures.error(decoding: text)?.kind == .unsupportedSchemaVersion(found: -1, supported: 0...1))
    }

    @Test func migrationsRunInOrderFromTheFileVersion() {
        struct Mark: SchemaMigration {
            let fromVersion: Int
            func migrate(_ root: inout JSONObject) {
                guard case .array(let steps)? = root["steps"] else { return root["steps"] = .array([.integer(fromVersion)]) }
                root["steps"] = .array(steps + [.integer(fromVersion)])
            }
        }
        let table = MigrationTable([Mark(fromVersion: 0), Mark(fromVersion: -1), Mark(fromVersion: -2)])
        #expect(table.readableVersions == -2...1)
        var root = JSONObject()
        table.migrate(&root, from: -1)
        #expect(root["steps"] == .array([.integer(-1), .integer(0)]))
        #expect(root["schemaVersion"] == .integer(1))
    }
}
