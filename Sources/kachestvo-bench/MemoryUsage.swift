import Foundation

/// The process's peak (`VmHWM`) and current (`VmRSS`) resident memory from `/proc/self/status`.
struct MemoryUsage: Codable, Sendable {
    var peakKilobytes: Int
    var residentKilobytes: Int

    /// Zeroes when `/proc` is not available (not Linux).
    static func current() -> MemoryUsage {
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        return MemoryUsage(peakKilobytes: field("VmHWM:", in: status), residentKilobytes: field("VmRSS:", in: status))
    }

    /// The number in a line like `VmHWM:	  123456 kB`.
    private static func field(_ name: String, in status: String) -> Int {
        guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix(name) }) else { return 0 }
        return Int(line.dropFirst(name.count).split(whereSeparator: \.isWhitespace).first ?? "") ?? 0
    }
}

/// Memory read at the end of a named phase of a size's run.
struct PhaseMemory: Codable, Sendable {
    var phase: String
    var usage: MemoryUsage
}
