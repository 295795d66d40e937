import Foundation
import KachestvoCore
import Testing
@testable import KachestvoStore

/// Malformed JSON: each input gives the expected problem at the expected line and column.
@Suite struct SyntaxErrorTests {
    private func syntax(_ text: String) -> (SyntaxProblem?, String?) {
        syntax(Array(text.utf8))
    }

    private func syntax(_ bytes: [UInt8]) -> (SyntaxProblem?, String?) {
        guard let error = Fixtures.error(decoding: bytes) else { return (nil, nil) }
        guard case .syntax(let problem) = error.kind else { return (nil, error.location) }
        return (problem, error.location)
    }

    @Test func truncatedDocument() throws {
        let (problem, location) = syntax("{\n  \"a\": [1, 2")
        #expect(problem == .unexpectedEnd(expected: .commaOrArrayEnd))
        #expect(location == "data.json:2:13")
        let valid = try Fixtures.validText()
        let cut = String(valid.prefix(valid.count / 2))
        guard case .syntax(.unexpectedEnd) = Fixtures.error(decoding: cut)?.kind else {
            Issue.record("a file cut in half must end too early")
            return
        }
    }

    @Test func trailingCommaIsNamedAtTheBracket() {
        let (problem, location) = syntax("{\n  \"a\": [1, 2,]\n}")
        #expect(problem == .trailingComma)
        #expect(location == "data.json:2:14")
        #expect(syntax("{\"a\": 1,}").0 == .trailingComma)
    }

    @Test func duplicateKeysAreRefused() {
        let (problem, location) = syntax("{\"format\": \"x\",\n \"format\": \"y\"}")
        #expect(problem == .duplicateKey("format"))
        #expect(location == "data.json:2:2")
        #expect(syntax("{\"a\": 1, \"\\u0061\": 2}").0 == .duplicateKey("a"))
        let many = (0..<40).map { "\"k\($0)\": \($0)" }.joined(separator: ", ")
        #expect(syntax("{\(many), \"k7\": 0}").0 == .duplicateKey("k7"))
    }

    @Test func nonFiniteAndOverflowingNumbers() {
        #expect(syntax("{\"a\": NaN}").0 == .nonFiniteOrSignedNumber(text: "NaN"))
        #expect(syntax("{\"a\": NaN}").1 == "data.json:1:7")
        #expect(syntax("[Infinity]").0 == .nonFiniteOrSignedNumber(text: "Infinity"))
        #expect(syntax("[-Infinity]").0 == .nonFiniteOrSignedNumber(text: "-Infinity"))
        #expect(syntax("[+1]").0 == .nonFiniteOrSignedNumber(text: "+1"))
        #expect(syntax("[1e999]").0 == .numberOutOfRange(text: "1e999"))
        #expect(syntax("[-1e999]").0 == .numberOutOfRange(text: "-1e999"))
        #expect(syntax("[01]").0 == .leadingZero(text: "01"))
        #expect(syntax("[1.]").0 == .malformedNumber(text: "1."))
        #expect(syntax("[1e]").0 == .malformedNumber(text: "1e"))
        #expect(syntax("[-]").0 == .malformedNumber(text: "-"))
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let (problem, location) = syntax(String(repeating: "[", count: 100_000))
        #expect(problem == .tooDeep(limit: 512))
        #expect(location == "data.json:1:513")
        let (objects, _) = syntax(String(repeating: "{\"a\":", count: 100_000))
        #expect(objects == .tooDeep(limit: 512))
    }

    @Test func stringsRejectControlCharactersBadEscapesAndLoneSurrogates() {
        #expect(syntax("[\"a\u{01}b\"]").0 == .controlCharacter(code: 1))
        #expect(syntax("[\"tab\there\"]").0 == .controlCharacter(code: 9))
        #expect(syntax("[\"\\x41\"]").0 == .invalidEscape(text: "\\x41"))
        #expect(syntax("[\"\\u12G4\"]").0 == .invalidEscape(text: "\\u12G4"))
        #expect(syntax("[\"\\uD800\"]").0 == .loneSurrogate(code: 0xD800))
        #expect(syntax("[\"\\uD800\\u0041\"]").0 == .loneSurrogate(code: 0xD800))
        #expect(syntax("[\"\\uDC00\"]").0 == .loneSurrogate(code: 0xDC00))
        #expect(syntax("[\"open").0 == .unexpectedEnd(expected: .closingQuote))
    }

    @Test func invalidUTF8NamesTheByteOffset() {
        let bytes: [UInt8] = Array("{\"a\":\n \"ok".utf8) + [0xFF] + Array("\"}".utf8)
        let error = Fixtures.error(decoding: bytes)
        #expect(error?.kind == .notUTF8(byteOffset: 10))
        #expect(error?.location == "data.json:2:5")
        for bad: [UInt8] in [[0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]] {
            guard case .notUTF8(let offset) = Fixtures.error(decoding: [0x5B, 0x22] + bad + [0x22, 0x5D])?.kind else {
                Issue.record("\(bad) accepted")
                continue
            }
            #expect(offset == 2)
        }
        #expect(Fixtures.error(decoding: [0x5B, 0xD0, 0x5D])?.kind == .notUTF8(byteOffset: 1))
    }

    @Test func emptyAndWhitespaceOnlyFilesAreEmpty() {
        #expect(Fixtures.error(decoding: "")?.kind == .empty)
        #expect(Fixtures.error(decoding: " \n\t ")?.kind == .empty)
        #expect(Fixtures.error(decoding: [0xEF, 0xBB, 0xBF])?.kind == .empty)
        #expect(Fixtures.error(decoding: "")?.message(.ru) == "data.json: файл пуст: в нём нет данных JSON")
    }

    @Test func trailingGarbageAndStrayCharacters() {
        #expect(syntax("{}\n}x").0 == .trailingContent(found: "}"))
        #expect(syntax("{}\n}x").1 == "data.json:2:1")
        #expect(syntax("{\"a\" 1}").0 == .unexpectedCharacter(found: "1", expected: .colon))
        #expect(syntax("{\"a\": 1 \"b\": 2}").0 == .unexpectedCharacter(found: "\"", expected: .commaOrObjectEnd))
        #expect(syntax("[tru]").0 == .unexpectedCharacter(found: "tru", expected: .value))
        #expect(syntax("{'a': 1}").0 == .unexpectedCharacter(found: "'", expected: .key))
        #expect(syntax("[ъ]").0 == .unexpectedCharacter(found: "ъ", expected: .value))
    }

    /// The Russian verb agrees with what was expected: «ожидался ключ», «ожидалась кавычка», «ожидалось значение».
    @Test func russianMessagesAgreeWithWhatWasExpected() {
        #expect(Fixtures.error(decoding: "{'a': 1}")?.message(.ru) == "data.json:1:2: ожидался ключ в кавычках, а найдено «'»")
        #expect(Fixtures.error(decoding: "{'a': 1}")?.message(.en) == "data.json:1:2: expected a key in quotes, found “'”")
        #expect(Fixtures.error(decoding: "[\"open")?.message(.ru).hasSuffix("файл обрывается: ожидалась закрывающая кавычка строки") == true)
        #expect(Fixtures.error(decoding: "[tru]")?.message(.ru).hasSuffix("ожидалось значение, а найдено «tru»") == true)
        #expect(Fixtures.error(decoding: "{\"a\" 1}")?.message(.ru).hasSuffix("ожидался символ «:» после ключа, а найдено «1»") == true)
    }

    @Test func byteOrderMarkIsSkippedAndNotCounted() throws {
        let valid = try Fixtures.validText()
        let decoded = try DatasetCodec.decode([0xEF, 0xBB, 0xBF] + Array(valid.utf8), file: "x")
        #expect(decoded.dataset == Fixtures.dataset().normalised())
        #expect(Fixtures.error(decoding: [0xEF, 0xBB, 0xBF] + Array("[1,]".utf8))?.location == "data.json:1:4")
    }

    @Test func escapesDecode() throws {
        let text = try Fixtures.validText().replacingOccurrences(
            of: "\"regionName\": \"Новосибирская область\"",
            with: "\"regionName\": \"\\u0041\\n\\u00e9\\ud83d\\ude00\\/\\\"\"")
        #expect(try DatasetCodec.decode(Array(text.utf8), file: "x").dataset.regionName == "A\né😀/\"")
    }
}
