import Bilingual
import Foundation
import KachestvoCore
import TerminalKit
import Testing
@testable import KachestvoApp

@Suite struct LocalizationTests {
    /// Every key of both tables of texts, with the table's name.
    private static let keys: [(table: String, key: String, text: BilingualText)] =
        UIText.allCases.map { ("UIText", "\($0)", $0.text) } + EntryText.allCases.map { ("EntryText", "\($0)", $0.text) }

    @Test func everyTextExistsInBothLanguages() {
        #expect(UIText.allCases.count > 250 && EntryText.allCases.count > 60)
        for (_, key, text) in Self.keys {
            #expect(!text.ru.isEmpty && !text.en.isEmpty, "\(key) is missing a language")
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
        // A key is used where it appears as `.key` (not `value.key`) or `UIText.key` outside the tables.
        let sources = try SourceFiles.contents(under: "Sources/KachestvoApp", excluding: ["UIText.swift", "EntryText.swift"])
        #expect(!sources.isEmpty)
        for (table, key, _) in Self.keys {
            let use = try NSRegularExpression(pattern: "(?<![A-Za-z0-9_)\\]])\\.\(key)\\b|\(table)\\.\(key)\\b")
            #expect(sources.contains { use.firstMatch(in: $0, range: NSRange($0.startIndex..., in: $0)) != nil },
                    "\(key) is never used")
        }
    }

    @Test func russianTextsAreRussian() {
        // A Russian text left in English is a missing translation too; symbols-only texts are exempt.
        let cyrillic = CharacterSet(charactersIn: "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ")
        let exempt: Set<String> = ["\(UIText.change)", "\(UIText.high81)", "\(UIText.hundreds)", "\(UIText.markTwoShare)", "\(UIText.markFiveShare)"]
        for (_, key, text) in Self.keys where !exempt.contains(key) {
            #expect(text.ru.unicodeScalars.contains { cyrillic.contains($0) }, "\(key) has no Russian text")
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
        // An earlier entry takes a key from a later one only where the table means it: the 2-D
        // cursor's ← → (h l) before goBack and drillIn.
        let meant: Set<[CommandID]> = [[.moveLeft, .goBack], [.moveRight, .drillIn]]
        for tab in Tab.allCases {
            let screen = ScreenRegistry.module(for: tab).commands
            var seen: [Key: CommandID] = [:]
            for command in CommandTable.all where command.scope == .global || screen.contains(command.id) {
                for key in command.keys {
                    if let earlier = seen[key] {
                        #expect(meant.contains([earlier, command.id]), "\(key) bound to \(earlier) and \(command.id)")
                    } else {
                        seen[key] = command.id
                    }
                }
            }
            // What help and the hints show for a key is what it does there.
            let available = ScreenRegistry.availableCommands(on: tab)
            for command in available {
                for key in command.keys { #expect(CommandTable.command(for: key, among: available) == command.id) }
            }
        }
        let funding = ScreenRegistry.availableCommands(on: .funding)
        #expect(funding.first { $0.id == .drillIn }?.keys == [.enter])
        #expect(funding.first { $0.id == .goBack }?.keys == [.escape, .backspace])
        #expect(ScreenRegistry.availableCommands(on: .network).first { $0.id == .drillIn }?.keys == [.enter, .right, .character("l")])
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
