import KachestvoCore

/// Schema 0 → 1.
///
/// Schema 0 was the 2017 prototype's file: the region's name was stored as `region`, saves were not
/// counted (no `revision`), the synthetic flag did not exist (no `demo`) and the flag thresholds were
/// compiled into the program (no `thresholds`). Schema 1 renames `region` to `regionName` and adds
/// `revision` 0, `demo` false and the default `thresholds`.
public struct MigrationFromVersion0: SchemaMigration {
    public let fromVersion = 0

    public init() {}

    public func migrate(_ root: inout JSONObject) {
        if let region = root.removeValue(forKey: "region"), root["regionName"] == nil {
            root["regionName"] = region
        }
        if root["revision"] == nil { root["revision"] = .integer(0) }
        if root["demo"] == nil { root["demo"] = .bool(false) }
        if root["thresholds"] == nil, let defaults = try? JSONValueEncoder.encode(FlagThresholds()) {
            root["thresholds"] = defaults
        }
    }
}
