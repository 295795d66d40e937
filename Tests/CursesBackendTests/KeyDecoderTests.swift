import CNCursesW
@testable import CursesBackend
import Testing
import TerminalKit

@Suite struct KeyDecoderTests {
    @Test func charactersIncludingCyrillicAreCharacters() {
        #expect(KeyDecoder.key(for: .character(0x61)) == .character("a"))
        #expect(KeyDecoder.key(for: .character(0x0439)) == .character("й"))
        #expect(KeyDecoder.key(for: .character(0x6F22)) == .character("漢"))
        #expect(KeyDecoder.key(for: .character(0x20)) == .character(" "))
    }

    @Test func controlCodesBecomeCtrlLettersExceptTabEnterAndBackspace() {
        #expect(KeyDecoder.key(for: .character(1)) == .ctrl("a"))
        #expect(KeyDecoder.key(for: .character(18)) == .ctrl("r"))
        #expect(KeyDecoder.key(for: .character(26)) == .ctrl("z"))
        #expect(KeyDecoder.key(for: .character(9)) == .tab)
        #expect(KeyDecoder.key(for: .character(13)) == .enter)
        #expect(KeyDecoder.key(for: .character(10)) == .enter)
        #expect(KeyDecoder.key(for: .character(8)) == .backspace)
        #expect(KeyDecoder.key(for: .character(127)) == .backspace)
        #expect(KeyDecoder.key(for: .character(27)) == .escape)
    }

    @Test func codesWithNoMeaningAreDropped() {
        #expect(KeyDecoder.key(for: .character(0)) == nil)
        #expect(KeyDecoder.key(for: .character(0x1C)) == nil)
        #expect(KeyDecoder.key(for: .character(0x85)) == nil)
        #expect(KeyDecoder.key(for: .keyCode(KEY_B2)) == nil)
        #expect(KeyDecoder.key(for: .keyCode(nc_key_f(13))) == nil)
    }

    @Test func specialKeysIncludingTmuxVariants() {
        let expected: [(Int32, Key)] = [
            (KEY_UP, .up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right),
            (KEY_HOME, .home), (KEY_FIND, .home), (KEY_A1, .home),
            (KEY_END, .end), (KEY_SELECT, .end), (KEY_C1, .end),
            (KEY_PPAGE, .pageUp), (KEY_NPAGE, .pageDown), (KEY_IC, .insert), (KEY_DC, .delete),
            (KEY_BTAB, .backTab), (KEY_ENTER, .enter), (KEY_BACKSPACE, .backspace), (KEY_RESIZE, .resize),
            (nc_key_f(1), .function(1)), (nc_key_f(10), .function(10)), (nc_key_f(12), .function(12)),
        ]
        for (code, key) in expected {
            #expect(KeyDecoder.key(for: .keyCode(code)) == key, "key code \(code)")
        }
    }

    @Test func extendedKeyNamesLoseTheirModifier() {
        #expect(KeyDecoder.key(forCapability: "kUP5") == .up)
        #expect(KeyDecoder.key(forCapability: "kDN3") == .down)
        #expect(KeyDecoder.key(forCapability: "kHOM6") == .home)
        #expect(KeyDecoder.key(forCapability: "kEND") == .end)
        #expect(KeyDecoder.key(forCapability: "kNXT5") == .pageDown)
        #expect(KeyDecoder.key(forCapability: "kDC5") == .delete)
        #expect(KeyDecoder.key(forCapability: "ka2") == .up)
        #expect(KeyDecoder.key(forCapability: "kpADD") == .character("+"))
        #expect(KeyDecoder.key(forCapability: "kxIN") == nil)
        #expect(KeyDecoder.key(forCapability: "kf13") == nil)
    }

    @Test func escapeFollowedByPrintableCharacterIsAlt() {
        #expect(KeyDecoder.altKey(followedBy: .character(0x78)) == .alt("x"))
        #expect(KeyDecoder.altKey(followedBy: .character(0x0444)) == .alt("ф"))
        #expect(KeyDecoder.altKey(followedBy: .character(13)) == nil)
        #expect(KeyDecoder.altKey(followedBy: .keyCode(KEY_UP)) == nil)
    }
}
