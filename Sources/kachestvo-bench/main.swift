import Foundation

// ncurses ignores NO_COLOR but the backend honours it; the byte counts are for a colour terminal.
unsetenv("NO_COLOR")

do {
    let arguments = try BenchArguments(Array(CommandLine.arguments.dropFirst()))
    if let path = arguments.filePath, arguments.execOnly {
        guard let binary = arguments.binaryPath ?? ExecToFrame.siblingBinary else { throw BenchError("no kachestvo binary beside the benchmark; give --binary") }
        try ExecBenchmark.run(path: path, binary: binary, repeats: arguments.repeats)
    } else if let path = arguments.filePath, let folder = arguments.snapshotFolder {
        try SnapshotBenchmark.run(path: path, folder: folder, repeats: arguments.repeats)
    } else if let path = arguments.filePath {
        try FileBenchmark.run(path: path, repeats: arguments.repeats)
    } else if let schools = arguments.child {
        let result = try SizeBenchmark.run(schools: schools, keyCount: arguments.keyCount, binary: ExecToFrame.siblingBinary)
        let json = try JSONEncoder().encode(result)
        if let path = arguments.outputPath {
            try json.write(to: URL(fileURLWithPath: path))
        } else {
            FileHandle.standardOutput.write(json)
        }
    } else {
        var results: [SizeResult] = []
        for schools in arguments.sizes {
            FileHandle.standardError.write(Data("measuring \(schools) schools…\n".utf8))
            results.append(try ChildProcess.run(schools: schools, keyCount: arguments.keyCount))
        }
        let demo = try ExecToFrame.siblingBinary.map {
            try ExecToFrame.demo(binary: $0, width: SizeBenchmark.width, height: SizeBenchmark.height)
        }
        let summary = BenchSummary(keyCount: arguments.keyCount, results: results, demo: demo)
        print(ReportTable(summary).text)
        print("\nJSON summary:")
        print(try summary.json())
    }
} catch {
    FileHandle.standardError.write(Data("kachestvo-bench: \(error)\n".utf8))
    exit(1)
}
