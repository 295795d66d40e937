import KachestvoCore

/// One step of the file schema: rewrites a document of `fromVersion` into `fromVersion + 1`, working
/// on the JSON tree before any decoding, so old files never need old Swift types.
public protocol SchemaMigration: Sendable {
    var fromVersion: Int { get }
    /// Rewrites the root object. `schemaVersion` is set by `MigrationTable`, not here; shapes the step
    /// does not recognise are left alone for decoding to report with their location.
    func migrate(_ root: inout JSONObject)
}

/// The ordered migrations this build knows; a file is readable from the oldest `fromVersion` up to
/// `Dataset.currentSchemaVersion`.
public struct MigrationTable: Sendable {
    public let migrations: [any SchemaMigration]

    /// The migrations of this build.
    public static let standard = MigrationTable([MigrationFromVersion0()])

    public init(_ migrations: [any SchemaMigration]) {
        self.migrations = migrations.sorted { $0.fromVersion < $1.fromVersion }
    }

    /// Schema versions this build can read.
    public var readableVersions: ClosedRange<Int> {
        var oldest = Dataset.currentSchemaVersion
        while migrations.contains(where: { $0.fromVersion == oldest - 1 }) { oldest -= 1 }
        return oldest...Dataset.currentSchemaVersion
    }

    /// Applies every step from `version` up to the current schema, in order.
    public func migrate(_ root: inout JSONObject, from version: Int) {
        for step in migrations where step.fromVersion >= version && step.fromVersion < Dataset.currentSchemaVersion {
            step.migrate(&root)
            root["schemaVersion"] = .integer(step.fromVersion + 1)
        }
    }
}
