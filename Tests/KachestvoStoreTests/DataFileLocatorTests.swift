import KachestvoStore
import Testing

/// `--data`, then `$KACHESTVO_DATA`, then the XDG file if it exists, then the demo.
@Suite struct DataFileLocatorTests {
    private let environment = ["KACHESTVO_DATA": "/env/data.json", "XDG_DATA_HOME": "/xdg", "HOME": "/home/u"]

    @Test func argumentWinsOverEverything() {
        #expect(DataFileLocator.resolve(explicit: "./mine.json", environment: environment) { _ in true }
            == .file(path: "./mine.json", origin: .argument))
    }

    @Test func environmentComesNextEvenWhenTheFileIsMissing() {
        #expect(DataFileLocator.resolve(explicit: nil, environment: environment) { _ in false }
            == .file(path: "/env/data.json", origin: .environment))
        #expect(DataFileLocator.resolve(explicit: "", environment: environment) { _ in false }
            == .file(path: "/env/data.json", origin: .environment))
    }

    @Test func xdgFileIsUsedOnlyWhenItExists() {
        var noVariable = environment
        noVariable["KACHESTVO_DATA"] = ""
        #expect(DataFileLocator.resolve(explicit: nil, environment: noVariable) { $0 == "/xdg/kachestvo/data.json" }
            == .file(path: "/xdg/kachestvo/data.json", origin: .xdg))
        #expect(DataFileLocator.resolve(explicit: nil, environment: noVariable) { _ in false } == .builtInDemo)
    }

    @Test func xdgDefaultsToHomeAndIgnoresRelativePaths() {
        let home = ["HOME": "/home/u/", "XDG_DATA_HOME": "relative/path"]
        #expect(DataFileLocator.resolve(explicit: nil, environment: home) { $0 == "/home/u/.local/share/kachestvo/data.json" }
            == .file(path: "/home/u/.local/share/kachestvo/data.json", origin: .xdg))
        #expect(DataFileLocator.resolve(explicit: nil, environment: [:]) { _ in true } == .builtInDemo)
    }
}
