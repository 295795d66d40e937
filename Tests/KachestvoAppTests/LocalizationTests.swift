import Foundation
import KachestvoCore
import TerminalKit
import Testing
@testable import KachestvoApp

@Suite struct LocalizationTests {
    @Test func everyTextExistsInBothLanguages() {
        for key in UIText.allCases {
            #expect(!key.text.ru.isEmpty && !key.text.en.isEmpty, "\(key) is missing a language")
        }
        for command in CommandTable.all {
            for text in [command.name, command.help] {
                #expect(!text.ru.isEmpty && !text.en.isEmpty, "\(command.id) is missing a language")
            }
        }
        for flag in Flag.allCases {
            #expect(!flag.title.ru.isEmpty && !flag.title.en.isEmpty, "\(flag) is missing a language")
        }
    }

    @Test func everyTextIsUsed() throws {
        // A key is used where it appears as `.key` (not `value.key`) or `UIText.key` outside the table.
        let sources = try SourceFiles.contents(under: "Sources/KachestvoApp", excluding: ["UIText.swift"])
        #expect(!sources.isEmpty)
        for key in UIText.allCases {
            let use = try NSRegularExpression(pattern: "(?<![A-Za-z0-9_)\\]])\\.\(key)\\b|UIText\\.\(key)\\b")
            #expect(sources.contains { use.firstMatch(in: $0, range: NSRange($0.startIndex..., in: $0)) != nil },
                    "\(key) is never used")
        }
    }

    @Test func russianTextsAreRussian() {
        // A Russian text left in English is a missing translation too; symbols-only texts are exempt.
        let cyrillic = CharacterSet(charactersIn: "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ")
        let exempt: Set<UIText> = [.change, .high81, .hundreds, .markTwoShare, .markFiveShare]
        for key in UIText.allCases where !exempt.contains(key) {
            #expect(key.text.ru.unicodeScalars.contains { cyrillic.contains($0) }, "\(key) has no Russian text")
        }
    }

    @Test func languageComesFromTheArgumentTheVariableOrTheLocale() {
        #expect(LanguageChoice.resolve(argument: "en", environment: ["LANG": "ru_RU.UTF-8"]) == .en)
        #expect(LanguageChoice.resolve(argument: nil, environment: ["KACHESTVO_LANG": "ru", "LANG": "C"]) == .ru)
        #expect(LanguageChoice.resolve(argument: nil, environment: ["LC_ALL": "ru_RU.UTF-8", "LANG": "en_US"]) == .ru)
        #expect(LanguageChoice.resolve(argument: nil, environment: ["LC_MESSAGES": "de_DE", "LANG": "ru_RU"]) == .en)
        #expect(LanguageChoice.resolve(argument: nil, environment: ["LANG": "ru_RU.UTF-8"]) == .ru)
        #expect(LanguageChoice.resolve(argument: nil, environment: [:]) == .en)
    }
}

@Suite struct CommandTableTests {
    @Test func noKeyIsBoundTwiceInOneScope() {
        for tab in Tab.allCases {
            var seen: [Key: CommandID] = [:]
            for command in ScreenRegistry.availableCommands(on: tab) {
                for key in command.keys {
                    #expect(seen[key] == nil, "\(key) bound to \(seen[key].map { "\($0)" } ?? "") and \(command.id)")
                    seen[key] = command.id
                }
            }
        }
    }

    @Test func everyLetterHotkeyHasItsRussianLayoutTwin() {
        let russian = "йцукенгшщзхъфывапролджэячсмитьбюёЙЦУКЕНГШЩЗХЪФЫВАПРОЛДЖЭЯЧСМИТЬБЮЁ"
        for command in CommandTable.all {
            for case .character(let latin) in command.keys where latin.isLetter {
                let twin = russian.first { KeyboardLayout.latin(for: $0) == latin }
                #expect(twin != nil, "\(latin) has no ЙЦУКЕН twin")
                guard let twin else { continue }
                // On every tab where the key reaches the command, its twin does too.
                for tab in Tab.allCases {
                    let available = ScreenRegistry.availableCommands(on: tab)
                    guard available.contains(where: { $0.id == command.id && $0.keys.contains(.character(latin)) }) else { continue }
                    #expect(CommandTable.command(for: .character(twin), among: available) == command.id, "\(twin) on \(tab)")
                }
            }
        }
    }

    @Test func theLayoutMapsTheKeysDesignMDNames() {
        #expect(KeyboardLayout.latin(for: "й") == "q")
        #expect(KeyboardLayout.latin(for: "о") == "j")
        #expect(KeyboardLayout.latin(for: "л") == "k")
        #expect(KeyboardLayout.latin(for: "р") == "h")
        #expect(KeyboardLayout.latin(for: "д") == "l")
        #expect(KeyboardLayout.latin(for: "П") == "G")
        #expect(KeyboardLayout.latin(for: "z") == nil)
    }
}

/// The Swift files under one folder of the package, found from this file's own path.
enum SourceFiles {
    static func contents(under folder: String, excluding excluded: Set<String>) throws -> [String] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(folder)
        let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?.allObjects ?? []
        return try files.compactMap { $0 as? URL }
            .filter { $0.pathExtension == "swift" && !excluded.contains($0.lastPathComponent) }
            .map { try String(contentsOf: $0, encoding: .utf8) }
    }
}
