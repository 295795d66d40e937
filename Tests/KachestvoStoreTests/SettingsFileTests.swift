import Bilingual
import Foundation
import Testing
@testable import KachestvoStore

/// The remembered language and theme: where they live, a round trip, and files that are broken.
@Suite struct SettingsFileTests {
    private func file(_ text: String? = nil) -> SettingsFile {
        let folder = Fixtures.folder()
        if let text { _ = Fixtures.write(text, in: folder, name: "settings.json") }
        return SettingsFile(path: folder + "/settings.json")
    }

    private func loadError(_ settings: SettingsFile) -> StoreError? {
        do {
            _ = try settings.load()
            return nil
        } catch {
            return error
        }
    }

    @Test func theStandardPlaceFollowsXDG() {
        #expect(SettingsFile.standard(environment: ["XDG_CONFIG_HOME": "/c", "HOME": "/h"])?.path == "/c/kachestvo/settings.json")
        #expect(SettingsFile.standard(environment: ["XDG_CONFIG_HOME": "c", "HOME": "/h/"])?.path == "/h/.config/kachestvo/settings.json")
        #expect(SettingsFile.standard(environment: ["HOME": ""]) == nil)
    }

    @Test func noFileMeansNothingRemembered() throws {
        #expect(try file().load() == nil)
    }

    @Test func savedSettingsComeBackAndTheFolderIsMade() throws {
        let folder = Fixtures.folder() + "/config/kachestvo"
        let settings = SettingsFile(path: folder + "/settings.json")
        try settings.save(UserSettings(language: .en, theme: "light"))
        #expect(try settings.load() == UserSettings(language: .en, theme: "light"))
        try settings.save(UserSettings(language: .ru))
        #expect(try settings.load() == UserSettings(language: .ru, theme: nil))
        #expect(try String(contentsOfFile: settings.path, encoding: .utf8) == "{\n  \"language\": \"ru\"\n}\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["settings.json"], "no temporaries left")
    }

    @Test func aBrokenFileIsALocatedErrorAndIsLeftAsItWas() throws {
        let broken = file("{\n  \"language\": \"ru\",\n  'theme': 1\n}\n")
        let before = FileManager.default.contents(atPath: broken.path)
        let error = loadError(broken)
        #expect(error?.location == broken.path + ":3:3")
        #expect(error?.message(.ru) == broken.path + ":3:3: ожидался ключ в кавычках, а найдено «'»")
        #expect(FileManager.default.contents(atPath: broken.path) == before)
    }

    @Test func unknownValuesAndWrongTypesAreNamed() {
        let french = loadError(file("{\"language\": \"fr\"}"))
        #expect(french?.kind == .schema(.unknownValue(found: "\"fr\"", allowed: ["ru", "en"])))
        #expect(french?.jsonPath == "$.language")
        let number = loadError(file("{\"theme\": 5}"))
        #expect(number?.kind == .schema(.typeMismatch(expected: .string, found: "5")))
        #expect(number?.message(.ru).hasSuffix("$.theme: ожидалась строка, а найдено 5") == true)
    }

    @Test func aFolderThatCannotBeMadeNamesItself() throws {
        // A file where the folder should be refuses even root (ENOTDIR).
        let blocker = Fixtures.write("", in: Fixtures.folder(), name: "kachestvo")
        let settings = SettingsFile(path: blocker + "/settings.json")
        let error = StoreError(.writeFailed(step: .createFolder, errno: ENOTDIR), file: blocker)
        #expect(throws: error) { try settings.save(UserSettings(language: .en)) }
        #expect(error.message(.en) == "\(blocker): could not save (creating the folder): \(ErrnoText.describe(ENOTDIR).en); the original file is unchanged")
    }
}
