import CNCursesW
import TerminalKit

/// Converts a `Style` into ncurses attributes and a colour pair, caching per style.
struct CellStyler {
    /// What ncurses needs to draw a cell in one style.
    struct Rendition {
        var attributes: attr_t
        var pair: Int32
    }

    private let degradation: ColorDegradation
    private var pairs: ColorPairs
    private var cache: [Style: Rendition] = [:]
    private var cachedGeneration = 0

    init(depth: ColorDepth, pairLimit: Int32) {
        degradation = ColorDegradation(depth: depth)
        pairs = ColorPairs(limit: pairLimit)
    }

    /// Grows when colour pairs were recycled: cells drawn before may now show wrong colours.
    var pairGeneration: Int { pairs.generation }

    mutating func rendition(for style: Style) -> Rendition {
        if cachedGeneration != pairs.generation {
            cache.removeAll(keepingCapacity: true)
            cachedGeneration = pairs.generation
        }
        if let cached = cache[style] { return cached }
        let colors = degradation.colors(for: style)
        var attributes = Self.attributes(for: style.attributes)
        if colors.needsBold { attributes |= nc_wa_bold() }
        let rendition = Rendition(
            attributes: attributes,
            pair: pairs.pair(foreground: colors.foreground, background: colors.background)
        )
        cache[style] = rendition
        return rendition
    }

    private static func attributes(for attributes: Attributes) -> attr_t {
        var result = nc_wa_normal()
        if attributes.contains(.bold) { result |= nc_wa_bold() }
        if attributes.contains(.dim) { result |= nc_wa_dim() }
        if attributes.contains(.italic) { result |= nc_wa_italic() }
        if attributes.contains(.underline) { result |= nc_wa_underline() }
        if attributes.contains(.reverse) { result |= nc_wa_reverse() }
        return result
    }
}
