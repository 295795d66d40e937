/// A 24-bit colour as it reaches the screen (0–255 per channel): what contrast is measured on and what
/// palettes are searched in.
public struct RGB: Hashable, Sendable {
    public var red: Int, green: Int, blue: Int

    public init(_ red: Int, _ green: Int, _ blue: Int) {
        self.red = red
        self.green = green
        self.blue = blue
    }
}
