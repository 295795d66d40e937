import Bilingual
import Foundation
import TestSupport
@testable import KachestvoApp
import KachestvoStore
import TerminalKit
import Testing

/// The language and theme a user picks are remembered: `t` and `L` change the remembered settings
/// and ask for a save; the runtime writes them; a settings file that cannot be used is said once.
@Suite struct SettingsMemoryTests {
    private let themes = [Theme.builtInDefault, Theme(name: "light", roles: Theme.builtInDefault.roles)]

    private func state(remembering settings: UserSettings?) -> AppState {
        var state = AppState(model: AppFixture.state().model, language: .ru, width: 80, height: 24, themes: themes,
                             colorDepth: .none)
        state.rememberedSettings = settings
        return state
    }

    @Test func choosingAThemeOrALanguageSavesOnlyThatChoice() {
        var state = state(remembering: UserSettings(language: .ru))
        #expect(AppFixture.type([.character("t")], into: &state) == [.saveSettings(UserSettings(language: .ru, theme: "light"))])
        #expect(AppFixture.type([.character("L")], into: &state) == [.saveSettings(UserSettings(language: .en, theme: "light"))])
        #expect(state.rememberedSettings == UserSettings(language: .en, theme: "light"))
    }

    @Test func withoutASettingsFileNothingIsSaved() {
        var state = state(remembering: nil)
        #expect(AppFixture.type([.character("t"), .character("L")], into: &state) == [])
        #expect(state.theme.name == "light" && state.language == .en, "the choices still apply to this run")
    }

    @Test func anUnreadableFileIsSaidOnceInTheUsersLanguageAndLeftAlone() {
        var state = state(remembering: UserSettings())
        let error = StoreError(.syntax(.unexpectedCharacter(found: "'", expected: .key)), file: "/c/kachestvo/settings.json",
                               position: SourcePosition(line: 1, column: 2, byteOffset: 1))
        Update.settingsUnreadable(error, &state)
        #expect(state.message == "Настройки не используются и не сохраняются: /c/kachestvo/settings.json:1:2: ожидался ключ в кавычках, а найдено «'»")
        #expect(AppFixture.type([.character("t")], into: &state) == [], "a broken file is never written over")
        #expect(state.message == "Тема: light", "and the notice is not repeated")
    }

    @Test func aFailedSaveIsSaidAndNotRetried() {
        var state = state(remembering: UserSettings())
        _ = Update.apply(.settingsNotSaved(StoreError(.writeFailed(step: .createTemporary, errno: EROFS), file: "/c")), to: &state)
        #expect(state.message?.hasPrefix("Настройки не сохранены: /c: не удалось сохранить") == true, "\(state.message ?? "")")
        #expect(AppFixture.type([.character("L")], into: &state) == [])
    }

    @Test func theRuntimeWritesTheChoicesBeforeItEnds() throws {
        let folder = TemporaryFolder.make("settings")
        let file = SettingsFile(path: folder + "/kachestvo/settings.json")
        let backend = ScriptedBackend(width: 80, height: 24, script: [.key(.character("t")), .key(.character("L")), .key(.character("q"))])
        _ = DashboardRuntime(backend: backend, state: state(remembering: UserSettings()), settingsFile: file).run()
        #expect(try file.load() == UserSettings(language: .en, theme: "light"))
    }

    @Test func aRememberedLanguageComesAfterTheExplicitChoices() {
        let environment = ["LANG": "ru_RU.UTF-8"]
        #expect(LanguageChoice.resolve(argument: nil, environment: environment, remembered: .en) == .en)
        #expect(LanguageChoice.resolve(argument: "ru", environment: environment, remembered: .en) == .ru)
        #expect(LanguageChoice.resolve(argument: nil, environment: ["KACHESTVO_LANG": "ru"], remembered: .en) == .ru)
        #expect(LanguageChoice.resolve(argument: nil, environment: environment, remembered: nil) == .ru)
    }
}
