// swift-tools-version:6.0
import PackageDescription

/// The release binary carries the Swift runtime and Foundation inside it: the dynamic loader then has a
/// few libraries to bind instead of a dozen, which takes ~8 ms off every start (the first frame, `report`,
/// `--help`). Debug builds, which the tests link against, stay dynamic. A static Foundation needs the
/// libraries a dynamic one would name itself.
let staticSwiftRuntimeInRelease: [LinkerSetting] =
    [.unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release))]
    + ["CoreFoundation", "_FoundationCShims", "_FoundationCollections", "_FoundationICU"].map {
        .linkedLibrary($0, .when(platforms: [.linux], configuration: .release))
    }

let package = Package(
    name: "Kachestvo",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "kachestvo", targets: ["kachestvo"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // The two languages: `Language`, `BilingualText`, numbers as each language writes them. No dependencies.
        .target(name: "Bilingual"),
        // Domain: types, hierarchy index, aggregation, flags, validation, demo generator. Foundation and Bilingual only.
        .target(name: "KachestvoCore", dependencies: ["Bilingual"]),
        // The JSON data file: located errors, schema migration, atomic save with backups.
        .target(name: "KachestvoStore", dependencies: ["KachestvoCore", "Bilingual"]),
        // libc wcwidth made visible to Swift (glibc hides it).
        .systemLibrary(name: "CTextWidth", path: "Sources/CTextWidth"),
        // Terminal-agnostic UI: cells, buffers, text width, layout, widgets, themes, keys, TestBackend.
        .target(name: "TerminalKit", dependencies: ["CTextWidth", "Bilingual"]),
        // ncursesw as a Swift module (module map + shim header).
        .systemLibrary(name: "CNCursesW", path: "Sources/CNCursesW"),
        // Draws TerminalKit buffers through ncursesw; keys, resize, signals, hang-up.
        .target(name: "CursesBackend", dependencies: ["TerminalKit", "CNCursesW", "Bilingual"]),
        // The dashboard: state, command table, update, views, localisation (UIText, FlagReasonText), reports.
        .target(name: "KachestvoApp", dependencies: ["Bilingual", "KachestvoCore", "KachestvoStore", "TerminalKit"]),
        .executableTarget(
            name: "kachestvo",
            dependencies: [
                "Bilingual", "KachestvoCore", "KachestvoStore", "TerminalKit", "CursesBackend", "KachestvoApp",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // The release binary carries the Swift runtime and Foundation inside it: the dynamic loader then
            // has a few libraries to bind instead of a dozen, which takes ~8 ms off every start (the first
            // frame, `report`, `--help`). Debug builds, which the tests link against, stay dynamic.
            linkerSettings: staticSwiftRuntimeInRelease
        ),
        // The pseudo-terminal calls glibc hides from Swift, for the benchmark's exec → frame timing and
        // the background query's tests.
        .systemLibrary(name: "CPseudoTerminal", path: "Sources/CPseudoTerminal"),
        // Benchmarks (run in release): load, index, first frame, key latency, bytes per keystroke, memory,
        // and the real binary's exec → first frame on a pseudo-terminal.
        .executableTarget(
            name: "kachestvo-bench",
            dependencies: ["KachestvoCore", "KachestvoStore", "TerminalKit", "KachestvoApp", "CursesBackend",
                           "CPseudoTerminal"]
        ),
        // Test helper: saves until killed — two datasets alternately, or one change after another through ChangeSaver
        // (the store's crash-safety and two-process tests).
        .executableTarget(name: "kachestvo-save-probe", dependencies: ["KachestvoStore", "KachestvoCore", "Bilingual"]),
        // Test helper: temporary folders that a test run removes when it ends.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "BilingualTests", dependencies: ["Bilingual"]),
        .testTarget(name: "KachestvoCoreTests", dependencies: ["KachestvoCore"]),
        .testTarget(name: "KachestvoStoreTests", dependencies: ["KachestvoStore", "KachestvoCore", "TestSupport"]),
        .testTarget(name: "TerminalKitTests", dependencies: ["TerminalKit", "Bilingual", "TestSupport"]),
        .testTarget(name: "CursesBackendTests", dependencies: ["CursesBackend", "TerminalKit", "CPseudoTerminal"]),
        .testTarget(name: "KachestvoAppTests", dependencies: ["KachestvoApp", "KachestvoCore", "KachestvoStore", "TerminalKit", "Bilingual",
                                                           "TestSupport"],
                    exclude: ["Golden"]),
        // The executable's own text table (CLIText).
        .testTarget(name: "KachestvoCLITests", dependencies: ["kachestvo", "Bilingual", "TestSupport"]),
        .testTarget(name: "EndToEndTests", dependencies: ["KachestvoCore", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)

// Release code asks for generic types' metadata through accessor functions instead of mangled names:
// a mangled name is resolved at run time by scanning every protocol conformance in the binary (with
// Foundation linked in, thousands) for each generic requirement: milliseconds of every start.
for target in package.targets where target.type != .system {
    target.swiftSettings = (target.swiftSettings ?? []) + [
        .unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"], .when(configuration: .release)),
    ]
}
