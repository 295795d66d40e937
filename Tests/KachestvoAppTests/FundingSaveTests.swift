import Foundation
@testable import KachestvoApp
import KachestvoCore
import KachestvoStore
import TerminalKit
import Testing

/// Saving thresholds from the Funding screen through the whole runtime: `w` becomes the
/// `saveThresholds` effect, the runtime saves in the background, and the result comes back as an
/// event — the model with its flags recomputed, or a message and the file untouched.
@Suite struct FundingSaveTests {
    /// The dashboard on the Funding tab showing the fixture saved at `path`.
    private func opened(_ path: String) throws -> AppState {
        var state = FundingFixture.state(dataset: try DataStore().load(path).dataset)
        state.source = .file(path: path, origin: .argument)
        return state
    }

    @Test func savedThresholdsAreInTheFileAndInTheFlags() throws {
        let path = try AppFixture.savedFile(FundingFixture.dataset())
        let backend = ScriptedBackend(width: 80, height: 24, script: [
            .key(.character("+")), .key(.character("+")), .key(.character("+")), .key(.character("w")),
            .waitForText("Пороги сохранены"),
        ])
        let final = DashboardRuntime(backend: backend, state: try opened(path)).run()
        #expect(!backend.workTimedOut)
        let onDisk = try DataStore().load(path).dataset
        #expect(onDisk.thresholds.fundedNoEffectPercentile == 0.65, "the file has the new threshold and still loads")
        #expect(onDisk.thresholds.effectiveNoFundingPercentile == 0.75, "and the other one as it was")
        #expect(onDisk.revision == FundingFixture.dataset().revision + 2, "saved once by the fixture, once by w")
        #expect(onDisk.organisations == FundingFixture.dataset().organisations && onDisk.financing == FundingFixture.dataset().financing)
        #expect(final.model.dataset.thresholds == onDisk.thresholds)
        let org07 = final.model.index.organisationIndex["org-07"]!
        #expect(final.model.index.flags(organisation: org07, year: 2018).contains { $0.flag == .fundedNoEffect },
                "the model's flags are recomputed: org-07 (62.5 %) is now funded without effect")
        #expect(final.screens.funding.trial == nil, "nothing left unsaved")
        #expect(FileManager.default.fileExists(atPath: path + ".1"), "the store kept a backup")
    }

    @Test func aFailedSaveSaysWhyAndLeavesTheFileAsItWas() throws {
        let path = try AppFixture.savedFile(FundingFixture.dataset())
        let state = try opened(path)
        // Someone breaks the file after it was opened.
        try Data("{ \"format\": ".utf8).write(to: URL(fileURLWithPath: path))
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let backend = ScriptedBackend(width: 80, height: 24, script: [
            .key(.character("+")), .key(.character("w")), .waitForText("Пороги не сохранены"),
        ])
        let final = DashboardRuntime(backend: backend, state: state).run()
        #expect(!backend.workTimedOut)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before, "the file is untouched")
        #expect(final.message?.contains("файл не изменён") == true, "\(final.message ?? "")")
        #expect(final.screens.funding.trial?.fundedNoEffectPercentile == 0.55, "the tried threshold is still on screen")
    }

    @Test func theBuiltInDemoCannotBeSaved() {
        var state = FundingFixture.state()
        state.source = .builtInDemo
        let backend = ScriptedBackend(width: 80, height: 24, script: [
            .key(.character("+")), .key(.character("w")), .waitForText("--data"),
        ])
        let final = DashboardRuntime(backend: backend, state: state).run()
        #expect(final.message == UIText.fundingDemoNotSaved(.ru))
        #expect(final.screens.funding.trial != nil)
    }
}
