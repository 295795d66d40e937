/// Nearest-colour conversions used when a theme gives no fallback for a terminal's colour depth.
public enum ColorConversion {
    /// xterm's default RGB values for the 16 ANSI colours.
    static let ansiPalette: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205),
        (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255),
        (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]
    private static let cubeLevels = [0, 95, 135, 175, 215, 255]

    /// rgb → the nearest xterm-256 index (from the 6×6×6 cube and the grey ramp); others unchanged.
    public static func to256(_ color: Color) -> Color {
        guard case .rgb(let r, let g, let b) = color else { return color }
        return .indexed(nearest256(Int(r), Int(g), Int(b)))
    }

    /// Any colour → the nearest of the 16 ANSI colours (`.terminalDefault` stays).
    public static func to16(_ color: Color) -> Color {
        switch color {
        case .terminalDefault, .ansi: return color
        case .indexed(let index) where index < 16: return .ansi(index)
        case .indexed(let index): return .ansi(nearest16(rgb(ofIndex: index)))
        case .rgb(let r, let g, let b): return .ansi(nearest16((Int(r), Int(g), Int(b))))
        }
    }

    /// Any colour → one of the 8 basic ANSI colours (bright ones lose their brightness).
    public static func to8(_ color: Color) -> Color {
        guard case .ansi(let index) = to16(color) else { return .terminalDefault }
        return .ansi(index % 8)
    }

    /// The RGB value of an xterm-256 palette index.
    public static func rgb(ofIndex index: UInt8) -> (Int, Int, Int) {
        let index = Int(index)
        if index < 16 { return ansiPalette[index] }
        if index >= 232 {
            let level = 8 + 10 * (index - 232)
            return (level, level, level)
        }
        let cube = index - 16
        return (cubeLevels[cube / 36], cubeLevels[cube / 6 % 6], cubeLevels[cube % 6])
    }

    private static func nearest256(_ r: Int, _ g: Int, _ b: Int) -> UInt8 {
        let steps = [r, g, b].map { value in
            cubeLevels.indices.min { abs(cubeLevels[$0] - value) < abs(cubeLevels[$1] - value) } ?? 0
        }
        let cubeIndex = 16 + 36 * steps[0] + 6 * steps[1] + steps[2]
        let grey = min(23, max(0, ((r + g + b) / 3 - 3) / 10))
        let greyIndex = 232 + grey
        let target = (r, g, b)
        let cubeDistance = distance(target, rgb(ofIndex: UInt8(cubeIndex)))
        let greyDistance = distance(target, rgb(ofIndex: UInt8(greyIndex)))
        return UInt8(greyDistance < cubeDistance ? greyIndex : cubeIndex)
    }

    private static func nearest16(_ target: (Int, Int, Int)) -> UInt8 {
        let best = ansiPalette.indices.min { distance(target, ansiPalette[$0]) < distance(target, ansiPalette[$1]) }
        return UInt8(best ?? 0)
    }

    private static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
        let dr = a.0 - b.0, dg = a.1 - b.1, db = a.2 - b.2
        return dr * dr + dg * dg + db * db
    }
}
