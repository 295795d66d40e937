import Bilingual

/// A named set of role styles loaded from `themes/*.json` (see themes/README.md).
///
/// Resolution of a role: the theme's own entry, else the built-in default theme's (so a theme may define
/// only what it changes, btop-style). Within the chosen entry, a missing foreground is taken from the
/// `text` role and a missing background from the `background` role, so a pane can be drawn on the
/// theme's background without repeating it in every role. Colours are then degraded to the terminal's
/// depth (see `ColorSpec.resolved(for:)`), with `attrs16` instead of `attrs` on 16 colours or fewer.
/// With no colour at all (`.none`) only attributes remain, and `selection` and `statusBar` gain
/// `reverse` so that they stay visible. Last, `Legibility` makes sure no role has fallen below its
/// minimum contrast on the terminal's background (a role never vanishes into it, whatever the file says).
public struct Theme: Hashable, Sendable {
    public var name: String
    public var description: BilingualText?
    public var roles: [ThemeRole: RoleStyle]

    public init(name: String, description: BilingualText? = nil, roles: [ThemeRole: RoleStyle]) {
        self.name = name
        self.description = description
        self.roles = roles
    }

    /// The default theme compiled into the binary (identical to themes/default.json).
    public static let builtInDefault: Theme = {
        let parsed = try? ThemeLoader.parse(BuiltInTheme.defaultJSON, name: "default", file: "<built-in>")
        return parsed ?? Theme(name: "default", roles: [:])
    }()

    /// The role's entry in this theme, else in the built-in default.
    public func roleStyle(_ role: ThemeRole) -> RoleStyle {
        roles[role] ?? Theme.builtInDefault.roles[role] ?? RoleStyle()
    }

    /// The style to draw a role with on a terminal of the given colour depth and background.
    public func style(for role: ThemeRole, depth: ColorDepth, background: TerminalBackground = .unknown) -> Style {
        Legibility.ensuringContrast(declaredStyle(for: role, depth: depth), role: role, depth: depth, background: background)
    }

    /// The role as the theme file gives it, fitted to the depth, before the legibility safety net.
    func declaredStyle(for role: ThemeRole, depth: ColorDepth) -> Style {
        let entry = roleStyle(role)
        let foreground = entry.foreground
            ?? (role == .text ? nil : roleStyle(.text).foreground)
            ?? (role == .background ? nil : roleStyle(.background).foreground)
        let background = entry.background ?? (role == .background ? nil : roleStyle(.background).background)
        var attributes = entry.attributes(for: depth)
        if depth == .none, role == .selection || role == .statusBar { attributes.insert(.reverse) }
        return Style(
            foreground: foreground?.resolved(for: depth) ?? .terminalDefault,
            background: background?.resolved(for: depth) ?? .terminalDefault,
            attributes: attributes
        )
    }

    /// Every role's style at one depth, computed once (for a frame, or until the theme or depth changes).
    public func styles(depth: ColorDepth, background: TerminalBackground = .unknown) -> ThemeStyles {
        ThemeStyles(depth: depth, styles: Dictionary(uniqueKeysWithValues: ThemeRole.allCases.map {
            ($0, style(for: $0, depth: depth, background: background))
        }))
    }
}

/// A theme resolved for one colour depth: role → `Style`, ready for widgets.
public struct ThemeStyles: Hashable, Sendable {
    public let depth: ColorDepth
    private let styles: [ThemeRole: Style]

    init(depth: ColorDepth, styles: [ThemeRole: Style]) {
        self.depth = depth
        self.styles = styles
    }

    public subscript(role: ThemeRole) -> Style { styles[role] ?? .plain }
}
