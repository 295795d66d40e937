import Testing
@testable import KachestvoStore

/// The parser's shortcuts (strings scanned eight bytes at a time, short integers read in one pass,
/// sorted keys checked for duplicates in one pass) accept and refuse exactly what the plain way does.
@Suite struct ParserFastPathTests {
    @Test func everyPositionOfALongStringIsChecked() throws {
        let after = String(repeating: "b", count: 20)
        for position in 0..<20 {
            let before = String(repeating: "a", count: position)
            let opening = Array("[\"\(before)".utf8), closing = Array("\(after)\"]".utf8)
            #expect(throws: JSONSyntaxError(problem: .controlCharacter(code: 1), offset: 2 + position)) {
                try JSONParser.parse(opening + [0x01] + closing)
            }
            #expect(throws: JSONSyntaxError(problem: .invalidUTF8, offset: 2 + position)) {
                try JSONParser.parse(opening + [0xFF] + closing)
            }
            #expect(throws: JSONSyntaxError(problem: .unexpectedEnd(expected: .closingQuote), offset: opening.count)) {
                try JSONParser.parse(opening)
            }
            for (written, meant) in [("\\\"", "\""), ("\\\\", "\\"), ("ж", "ж"), ("\\u0041", "A")] {
                let tape = try JSONParser.parse(Array("[\"\(before)\(written)\(after)\"]".utf8))
                #expect(tape.string(at: 1) == before + meant + after)
            }
        }
    }

    @Test func integersAroundEighteenDigitsStayExact() throws {
        let exact = ["0", "-0", "7", "-42", "999999999999999999", "-999999999999999999", "1000000000000000000",
                     "9223372036854775807", "-9223372036854775808"]
        for text in exact {
            let tape = try JSONParser.parse(Array("[\(text)]".utf8))
            #expect(tape.nodes[1].kind == .integer)
            #expect(Int(Int64(bitPattern: tape.nodes[1].payload)) == Int(text))
        }
        let beyond = try JSONParser.parse(Array("[9223372036854775808]".utf8))
        #expect(beyond.nodes[1].kind == .double)
        #expect(Double(bitPattern: beyond.nodes[1].payload) == 9_223_372_036_854_775_808.0)
    }

    @Test func duplicateKeysAreFoundInAnyOrder() throws {
        let repeated = [("{\"a\": 1, \"a\": 2}", "a"), ("{\"a\": 1, \"b\": 2, \"a\": 3}", "a"), ("{\"b\": 1, \"a\": 2, \"b\": 3}", "b"),
                        ("{\"ab\": 1, \"abc\": 2, \"ab\": 3}", "ab"), ("{\"a\": 1, \"\\u0062\": 2, \"b\": 3}", "b")]
        for (text, key) in repeated {
            do {
                _ = try JSONParser.parse(Array(text.utf8))
                Issue.record("\(text) was accepted")
            } catch {
                #expect(error.problem == .duplicateKey(key))
            }
        }
        for text in ["{\"a\": 1, \"ab\": 2, \"b\": 3}", "{\"b\": 1, \"a\": 2}", "{\"a\": {\"a\": 1}, \"b\": [{\"a\": 2}]}"] {
            #expect(throws: Never.self) { try JSONParser.parse(Array(text.utf8)) }
        }
    }
}
