import Bilingual
import Foundation
import KachestvoApp
import KachestvoCore
import KachestvoStore
import Testing
@testable import kachestvo

/// How the command line sets up saving: where edits go, `--read-only`, `--scope`.
@Suite struct EditingSetupTests {
    private let dataset = DemoRegion.generate(schools: 90)

    @Test func theDemoRegionsEditsGoToTheDefaultDataFile() throws {
        let session = EditingSetup.session(source: .builtInDemo, readOnly: false,
                                           environment: ["XDG_DATA_HOME": "/tmp/kachestvo-setup-test/xdg"])
        #expect(session.target == "/tmp/kachestvo-setup-test/xdg/kachestvo/data.json")
        #expect(session.readOnly == nil && session.scope == .everything)
    }

    @Test func readOnlySaysSoInBothLanguages() throws {
        let session = EditingSetup.session(source: .file(path: "/tmp/x.json", origin: .argument), readOnly: true, environment: [:])
        #expect(session.readOnly?.ru == "запущено с --read-only" && session.readOnly?.en == "started with --read-only")
    }

    @Test func aScopeIsReadAgainstTheDataAndABadOneIsAnError() throws {
        let umc = try #require(dataset.organisations.first { $0.role == .methodologicalCentre })
        let unscoped = EditingSetup.session(source: .builtInDemo, readOnly: false, environment: [:])
        let session = try EditingSetup.scoped(unscoped, scope: "umc:\(umc.id.rawValue)", in: dataset).get()
        #expect(session.scope == .umc(umc.id) && session.target == unscoped.target)
        #expect(try EditingSetup.scoped(unscoped, scope: nil, in: dataset).get().scope == .everything)
        guard case .failure(let error) = EditingSetup.scoped(unscoped, scope: "school:1", in: dataset) else {
            Issue.record("school:1 is no scope")
            return
        }
        #expect(CLIText.badScope(error.message)(.en).hasPrefix("--scope: scope «school:1» is not understood"))
        #expect(CLIText.badScope(error.message)(.ru).hasPrefix("--scope: область «school:1» не распознана"))
    }
}
