import TerminalKit

/// A list pane's frame as the list screens draw it: a titled box with a count on its right, its
/// border brighter while focused, and the selection's style — dimmed while another pane has the focus.
enum PaneBox {
    /// Draws the box; returns the area inside its border.
    static func render(_ title: UIText, rightTitle: String, focused: Bool, _ context: ScreenContext,
                       into buffer: inout Buffer, area: Rect) -> Rect {
        Block(title: context.text(title), rightTitle: rightTitle, borderStyle: context.style(.border),
              focusedBorderStyle: context.style(.focusedBorder), titleStyle: context.style(.title), isFocused: focused)
            .render(into: &buffer, area: area)
    }

    static func selectionStyle(focused: Bool, _ context: ScreenContext) -> Style {
        focused ? context.style(.selection) : context.style(.selection).adding(.dim)
    }
}
