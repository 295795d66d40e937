import TerminalKit

/// The xterm 256-colour palette and nearest-colour searches in it; the pure half of colour degradation.
enum XtermPalette {
    /// The usual xterm values of the 16 ANSI colours.
    private static let ansi: [RGB] = [
        RGB(0, 0, 0), RGB(205, 0, 0), RGB(0, 205, 0), RGB(205, 205, 0),
        RGB(0, 0, 238), RGB(205, 0, 205), RGB(0, 205, 205), RGB(229, 229, 229),
        RGB(127, 127, 127), RGB(255, 0, 0), RGB(0, 255, 0), RGB(255, 255, 0),
        RGB(92, 92, 255), RGB(255, 0, 255), RGB(0, 255, 255), RGB(255, 255, 255),
    ]
    /// The six levels of each channel in the 6×6×6 cube (indices 16–231).
    private static let cubeLevels: [Int] = [0, 95, 135, 175, 215, 255]

    typealias RGB = TerminalKit.RGB

    /// The colour a palette index stands for.
    static func rgb(ofIndex index: UInt8) -> RGB {
        let value = Int(index)
        switch value {
        case 0..<16:
            return ansi[value]
        case 16..<232:
            let cube = value - 16
            return RGB(cubeLevels[cube / 36], cubeLevels[cube / 6 % 6], cubeLevels[cube % 6])
        default:
            let grey = 8 + (value - 232) * 10
            return RGB(grey, grey, grey)
        }
    }

    /// The nearest index among 16–255 (the cube and the greys, whose values every terminal agrees on).
    static func nearestIndex(to colour: RGB) -> UInt8 {
        let cube = (nearestLevel(colour.red), nearestLevel(colour.green), nearestLevel(colour.blue))
        let cubeIndex = 16 + 36 * cube.0 + 6 * cube.1 + cube.2
        let average = (colour.red + colour.green + colour.blue) / 3
        let greyStep = min(23, max(0, (average - 8 + 5) / 10))
        let greyIndex = 232 + greyStep
        let cubeDistance = colour.distanceSquared(to: rgb(ofIndex: UInt8(cubeIndex)))
        let greyDistance = colour.distanceSquared(to: rgb(ofIndex: UInt8(greyIndex)))
        return UInt8(greyDistance < cubeDistance ? greyIndex : cubeIndex)
    }

    /// The nearest of the 16 ANSI colours to a palette index (indices below 16 map to themselves).
    static func nearestANSI(toIndex index: UInt8) -> UInt8 {
        guard index >= 16 else { return index }
        let colour = rgb(ofIndex: index)
        var best = 0
        for candidate in 1..<16 where colour.distanceSquared(to: ansi[candidate]) < colour.distanceSquared(to: ansi[best]) {
            best = candidate
        }
        return UInt8(best)
    }

    private static func nearestLevel(_ channel: Int) -> Int {
        var best = 0
        for level in 1..<cubeLevels.count where abs(cubeLevels[level] - channel) < abs(cubeLevels[best] - channel) {
            best = level
        }
        return best
    }
}

extension RGB {
    func distanceSquared(to other: RGB) -> Int {
        let dr = red - other.red, dg = green - other.green, db = blue - other.blue
        return dr * dr + dg * dg + db * db
    }

    /// The colour as one `0xRRGGBB` number, the form direct-colour terminfo entries take.
    var packed: Int32 { Int32(red << 16 | green << 8 | blue) }
}
