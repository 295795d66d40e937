import KachestvoCore

/// The command line, parsed by hand: `[--schools 1000,40000] [--keys 2000]`, plus the internal
/// `--child N [--out FILE]` that runs one size and writes its JSON.
struct BenchArguments {
    var sizes = [1_000, 40_000]
    var keyCount = 2_000
    var child: Int?
    var outputPath: String?
    /// An existing data file whose opening is timed phase by phase instead (`FileBenchmark`).
    var filePath: String?
    /// A snapshot cache folder: `--file` is then opened through it (`SnapshotBenchmark`).
    var snapshotFolder: String?
    var repeats = 3
    /// `--file` is opened by the real binary instead (this one with `--binary`), `repeats` times
    /// each way (`ExecBenchmark`).
    var execOnly = false
    var binaryPath: String?

    static let usage = """
        usage: kachestvo-bench [--schools 1000,40000] [--keys 2000]
               kachestvo-bench --file PATH [--repeats 3] [--snapshots DIR]
               kachestvo-bench --file PATH --exec [--repeats 3] [--binary PATH]
          --schools  demo-region sizes to measure, comma-separated (each run in its own process)
          --keys     length of the scripted key sequence per size
          --file     time the phases of opening an existing data file (best of --repeats runs)
          --snapshots  open --file through a snapshot cache in DIR instead: the first run writes
                     the snapshot, a later run reads only it (its peak memory is the snapshot's)
          --exec     start the kachestvo binary on --file instead, first open and reopened, and
                     print each run's exec → frame times (--binary: another build of it, for A/B)
        """

    init(_ arguments: [String]) throws {
        var remaining = arguments[...]
        while let flag = remaining.popFirst() {
            if flag == "--help" || flag == "-h" { throw BenchError(Self.usage) }
            if flag == "--exec" {
                execOnly = true
                continue
            }
            guard let value = remaining.popFirst() else { throw BenchError("\(flag) needs a value\n\(Self.usage)") }
            switch flag {
            case "--schools": sizes = try value.split(separator: ",").map { try Self.count(String($0), for: flag) }
            case "--keys": keyCount = try Self.count(value, for: flag)
            case "--child": child = try Self.count(value, for: flag)
            case "--out": outputPath = value
            case "--file": filePath = value
            case "--snapshots": snapshotFolder = value
            case "--repeats": repeats = try Self.count(value, for: flag)
            case "--binary": binaryPath = value
            default: throw BenchError("unknown option \(flag)\n\(Self.usage)")
            }
        }
        let smallest = DemoRegion.minimumSchools
        if let tooSmall = (sizes + [child].compactMap { $0 }).first(where: { $0 < smallest }) {
            throw BenchError("\(tooSmall) schools is below the demo region's minimum of \(smallest)")
        }
        guard !sizes.isEmpty else { throw BenchError("--schools needs at least one size") }
    }

    private static func count(_ text: String, for flag: String) throws -> Int {
        guard let value = Int(text.filter { $0 != "_" }), value > 0 else {
            throw BenchError("\(flag): «\(text)» is not a positive whole number")
        }
        return value
    }
}
