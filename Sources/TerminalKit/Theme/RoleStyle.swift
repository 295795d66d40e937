/// A colour as a theme gives it, with optional hand-picked fallbacks for poorer terminals.
public struct ColorSpec: Hashable, Sendable {
    /// The colour for truecolor terminals (any `Color`).
    public var color: Color
    /// The xterm-256 colour to use instead of converting `color`.
    public var color256: Color?
    /// The ANSI colour (0–15) to use instead of converting `color` on 16- and 8-colour terminals.
    public var color16: Color?

    public init(_ color: Color, color256: Color? = nil, color16: Color? = nil) {
        self.color = color
        self.color256 = color256
        self.color16 = color16
    }

    /// The colour to send at a depth: the fallback given for it, else the nearest conversion.
    public func resolved(for depth: ColorDepth) -> Color {
        switch depth {
        case .none: return .terminalDefault
        case .truecolor: return color
        case .palette256: return color256 ?? ColorConversion.to256(color)
        case .sixteen: return color16 ?? ColorConversion.to16(color)
        case .eight: return ColorConversion.to8(color16 ?? ColorConversion.to16(color))
        }
    }
}

/// How a theme draws one role: foreground, background (nil = inherit, see `Theme`) and attributes.
public struct RoleStyle: Hashable, Sendable {
    public var foreground: ColorSpec?
    public var background: ColorSpec?
    public var attributes: Attributes
    /// The attributes to use instead on 16 colours or fewer, where the role may have to be told apart by
    /// them alone (nil: `attributes` at every depth).
    public var attributes16: Attributes?

    public init(foreground: ColorSpec? = nil, background: ColorSpec? = nil, attributes: Attributes = [],
                attributes16: Attributes? = nil) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
        self.attributes16 = attributes16
    }

    /// The attributes at a colour depth.
    public func attributes(for depth: ColorDepth) -> Attributes {
        depth <= .sixteen ? attributes16 ?? attributes : attributes
    }
}
