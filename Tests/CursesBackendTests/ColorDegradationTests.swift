@testable import CursesBackend
import Testing
import TerminalKit

@Suite struct ColorDegradationTests {
    @Test func rgbGoesToTheNearestCubeOrGreyIndex() {
        #expect(XtermPalette.nearestIndex(to: .init(255, 0, 0)) == 196)
        #expect(XtermPalette.nearestIndex(to: .init(0, 0, 0)) == 16)
        #expect(XtermPalette.nearestIndex(to: .init(255, 255, 255)) == 231)
        #expect(XtermPalette.nearestIndex(to: .init(128, 128, 128)) == 244)
        #expect(XtermPalette.nearestIndex(to: .init(0, 135, 255)) == 33)
    }

    @Test func paletteIndicesGoToTheNearestANSIColour() {
        #expect(XtermPalette.nearestANSI(toIndex: 196) == 9)
        #expect(XtermPalette.nearestANSI(toIndex: 16) == 0)
        #expect(XtermPalette.nearestANSI(toIndex: 231) == 15)
        #expect(XtermPalette.nearestANSI(toIndex: 28) == 2)
        #expect(XtermPalette.nearestANSI(toIndex: 5) == 5)
    }

    @Test func eachDepthGetsNumbersItCanShow() {
        let red = Color.rgb(255, 0, 0)
        #expect(ColorDegradation(depth: .truecolor).number(for: red).number == 0xFF0000)
        #expect(ColorDegradation(depth: .palette256).number(for: red).number == 196)
        #expect(ColorDegradation(depth: .sixteen).number(for: red).number == 9)
        #expect(ColorDegradation(depth: .eight).number(for: red) == (1, true))
        #expect(ColorDegradation(depth: .none).number(for: red).number == -1)
    }

    @Test func brightANSIOnEightColoursIsNormalPlusBoldForegroundOnly() {
        let style = Style(foreground: .ansi(12), background: .ansi(11))
        let colors = ColorDegradation(depth: .eight).colors(for: style)
        #expect(colors == TerminalColors(foreground: 4, background: 3, needsBold: true))
        let sixteen = ColorDegradation(depth: .sixteen).colors(for: style)
        #expect(sixteen == TerminalColors(foreground: 12, background: 11, needsBold: false))
    }

    @Test func terminalDefaultIsMinusOneAtEveryDepth() {
        for depth in ColorDepth.allCases {
            #expect(ColorDegradation(depth: depth).colors(for: .plain) == .terminalDefault)
        }
    }

    @Test func directColourKeepsLowANSIAndPacksTheRest() {
        let direct = ColorDegradation(depth: .truecolor)
        #expect(direct.number(for: .ansi(3)).number == 3)
        #expect(direct.number(for: .indexed(231)).number == 0xFFFFFF)
        #expect(direct.number(for: .rgb(0, 0, 1)).number == 8)
    }

    @Test func depthFollowsColourCountNoColorAndOverride() {
        #expect(ColorDepthDetection.depth(colorCount: 256, noColor: nil, override: nil) == .palette256)
        #expect(ColorDepthDetection.depth(colorCount: 8, noColor: nil, override: nil) == .eight)
        #expect(ColorDepthDetection.depth(colorCount: 16, noColor: nil, override: nil) == .sixteen)
        #expect(ColorDepthDetection.depth(colorCount: 0, noColor: nil, override: nil) == .none)
        #expect(ColorDepthDetection.depth(colorCount: 1 << 24, noColor: nil, override: nil) == .truecolor)
        #expect(ColorDepthDetection.depth(colorCount: 256, noColor: "1", override: nil) == .none)
        #expect(ColorDepthDetection.depth(colorCount: 256, noColor: "", override: nil) == .palette256)
        #expect(ColorDepthDetection.depth(colorCount: 256, noColor: nil, override: .sixteen) == .sixteen)
        #expect(ColorDepthDetection.depth(colorCount: 8, noColor: nil, override: .truecolor) == .eight)
    }
}
