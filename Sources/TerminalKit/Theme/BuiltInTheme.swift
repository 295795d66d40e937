/// A copy of themes/default.json compiled into the binary, so a bare executable (no themes/ directory
/// beside it) still has its default theme. A test keeps it identical to the file.
enum BuiltInTheme {
    static let defaultJSON = #"""
{
  "description": {"ru": "Тёмная тема по умолчанию", "en": "Default dark theme"},
  "roles": {
    "background": {"fg": "#c6c8d1", "fg256": 252, "fg16": "white", "bg": "default"},
    "text": {"fg": "#c6c8d1", "fg16": "white"},
    "muted": {"fg": "#6b7089", "fg16": "brightBlack"},
    "accent": {"fg": "#84a0c6", "fg16": "brightBlue"},
    "border": {"fg": "#444b71", "fg16": "brightBlack"},
    "focusedBorder": {"fg": "#84a0c6", "fg16": "brightCyan", "attrs": ["bold"]},
    "title": {"fg": "#e2a478", "fg16": "yellow", "attrs": ["bold"]},
    "selection": {"fg": "#161821", "fg16": "black", "bg": "#84a0c6", "bg16": "cyan", "attrs": ["bold"]},
    "header": {"fg": "#a093c7", "fg16": "magenta", "attrs": ["bold"]},
    "statusBar": {"fg": "#c6c8d1", "fg16": "white", "bg": "#2e3244", "bg16": "blue"},
    "success": {"fg": "#b4be82", "fg16": "green"},
    "warning": {"fg": "#e2a478", "fg16": "yellow"},
    "danger": {"fg": "#e27878", "fg16": "brightRed"},
    "series1": {"fg": "#84a0c6", "fg16": "blue"},
    "series2": {"fg": "#b4be82", "fg16": "green"},
    "series3": {"fg": "#e2a478", "fg16": "yellow"},
    "series4": {"fg": "#a093c7", "fg16": "magenta"},
    "series5": {"fg": "#89b8c2", "fg16": "cyan"},
    "series6": {"fg": "#e27878", "fg16": "red"},
    "heatLow": {"fg": "#161821", "fg16": "brightWhite", "bg": "#5f87af", "bg16": "blue"},
    "heatMid": {"fg": "#161821", "fg16": "black", "bg": "#d7af5f", "bg16": "yellow"},
    "heatHigh": {"fg": "#161821", "fg16": "brightWhite", "bg": "#d75f5f", "bg16": "red"}
  }
}

"""#
}
