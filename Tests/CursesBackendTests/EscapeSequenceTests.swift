@testable import CursesBackend
import Testing
import TerminalKit

/// `EscapeSequence` fed what follows an ESC one value at a time, as `wget_wch` hands it over.
@Suite struct EscapeSequenceTests {
    /// The key for the bytes after ESC, and whether the sequence took all of them (nothing left to read again).
    private func decode(_ afterEscape: String) -> (key: Key?, tookAll: Bool) {
        var sequence = EscapeSequence()
        let values = afterEscape.unicodeScalars.map { RawInput.character($0.value) }
        for (position, value) in values.enumerated() {
            if case .finished(let key, let unread) = sequence.feed(value) {
                return (key, unread == nil && position == values.count - 1)
            }
        }
        return (sequence.ended(), true)
    }

    @Test func tildeFormsOfTheEditingKeys() {
        let expected: [(String, Key)] = [
            ("[1~", .home), ("[4~", .end), ("[7~", .home), ("[8~", .end), ("[2~", .insert), ("[3~", .delete),
            ("[5~", .pageUp), ("[6~", .pageDown), ("[3;5~", .delete), ("[1;2~", .home),
        ]
        for (sequence, key) in expected {
            #expect(decode(sequence) == (key, true), "ESC \(sequence)")
        }
    }

    @Test func functionKeysInEveryForm() {
        let expected: [(String, Key)] = [
            ("OP", .function(1)), ("OS", .function(4)), ("[11~", .function(1)), ("[15~", .function(5)),
            ("[17~", .function(6)), ("[21~", .function(10)), ("[24~", .function(12)), ("[[A", .function(1)),
            ("[[E", .function(5)),
        ]
        for (sequence, key) in expected {
            #expect(decode(sequence) == (key, true), "ESC \(sequence)")
        }
    }

    @Test func modifiedMovementKeysAreTheKeysThemselves() {
        let expected: [(String, Key)] = [
            ("[1;5A", .up), ("[1;2B", .down), ("[1;3C", .right), ("[1;5D", .left), ("[1;5H", .home), ("[1;2F", .end),
            ("[A", .up), ("OA", .up), ("OH", .home), ("OF", .end), ("O5A", .up), ("[Z", .backTab),
            ("[5;5~", .pageUp),
        ]
        for (sequence, key) in expected {
            #expect(decode(sequence) == (key, true), "ESC \(sequence)")
        }
    }

    @Test func theApplicationKeypadReadsAsTerminfoReadsIt() {
        #expect(decode("Ow") == (.home, true))
        #expect(decode("Ox") == (.up, true))
        #expect(decode("Op") == (.insert, true))
        #expect(decode("On") == (.delete, true))
        #expect(decode("Ok") == (.character("+"), true))
        #expect(decode("OM") == (.enter, true))
        #expect(decode("Ou") == (nil, true), "keypad 5 has no movement")
    }

    @Test func sequencesWithNoMeaningAreReadToTheirEndAndDropped() {
        for sequence in ["[15;2~", "[1;2P", "[99~", "[?1;2c", "[200~", "[I", "[<0;10;5M", "[38;5;196m", "[E", "O2P", "[1;2;3;4;5;6;7;8;9;10~"] {
            #expect(decode(sequence) == (nil, true), "ESC \(sequence)")
        }
    }

    @Test func escapeAloneAndAltCombinations() {
        #expect(decode("") == (.escape, true))
        #expect(decode("x") == (.alt("x"), true))
        #expect(decode("ф") == (.alt("ф"), true))
        #expect(decode("[") == (.alt("["), true), "Alt-[ is ESC [ with nothing after it in time")
        #expect(decode("O") == (.alt("O"), true))
    }

    @Test func aValueThatCannotContinueIsReadAgain() {
        var sequence = EscapeSequence()
        #expect(sequence.feed(.character(0x5B)) == .needsMore)
        #expect(sequence.feed(.character(0x31)) == .needsMore)
        #expect(sequence.feed(.escape) == .finished(nil, unread: .escape), "a new ESC ends a cut-off sequence")
        var afterBracket = EscapeSequence()
        _ = afterBracket.feed(.character(0x5B))
        #expect(afterBracket.feed(.character(13)) == .finished(.alt("["), unread: .character(13)))
        var escapeThenKey = EscapeSequence()
        #expect(escapeThenKey.feed(.keyCode(0x103)) == .finished(.escape, unread: .keyCode(0x103)))
    }
}
