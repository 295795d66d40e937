/// A copy of themes/default.json compiled into the binary, so a bare executable (no themes/ directory
/// beside it) still has its default theme. A test keeps it identical to the file.
enum BuiltInTheme {
    static let defaultJSON = #"""
{
  "description": {"ru": "Тёмная тема по умолчанию", "en": "Default dark theme"},
  "roles": {
    "background": {"fg": "#c6c8d1", "fg256": 252, "fg16": "default", "bg": "default"},
    "text": {"fg": "#c6c8d1", "fg16": "default"},
    "muted": {"fg": "#6b7089", "fg16": "default", "attrs16": ["dim"]},
    "accent": {"fg": "#84a0c6", "fg16": "default", "attrs16": ["bold"]},
    "border": {"fg": "#5a6190", "fg256": 60, "fg16": "default", "attrs16": ["dim"]},
    "focusedBorder": {"fg": "#84a0c6", "fg16": "default", "attrs": ["bold"]},
    "title": {"fg": "#e2a478", "fg16": "default", "attrs": ["bold"]},
    "selection": {"fg": "#161821", "fg16": "black", "bg": "#84a0c6", "bg16": "cyan", "attrs": ["bold"]},
    "header": {"fg": "#a093c7", "fg16": "default", "attrs": ["bold"]},
    "statusBar": {"fg": "#c6c8d1", "fg16": "white", "bg": "#2e3244", "bg16": "blue"},
    "success": {"fg": "#b4be82", "fg16": "default"},
    "warning": {"fg": "#e2a478", "fg16": "default", "attrs16": ["underline"]},
    "danger": {"fg": "#e27878", "fg16": "default", "attrs": ["bold"], "attrs16": ["bold", "underline"]},
    "series1": {"fg": "#84a0c6", "fg16": "default"},
    "series2": {"fg": "#b4be82", "fg16": "magenta"},
    "series3": {"fg": "#e2a478", "fg16": "default", "attrs16": ["bold"]},
    "series4": {"fg": "#a093c7", "fg16": "red"},
    "series5": {"fg": "#89b8c2", "fg16": "default", "attrs16": ["underline"]},
    "series6": {"fg": "#e27878", "fg16": "default", "attrs16": ["dim"]},
    "heatLow": {"fg": "#161821", "fg16": "brightWhite", "bg": "#5f87af", "bg16": "blue"},
    "heatMid": {"fg": "#161821", "fg16": "black", "bg": "#d7af5f", "bg16": "yellow"},
    "heatHigh": {"fg": "#161821", "fg16": "default", "bg": "#d75f5f", "bg16": "default", "attrs16": ["bold", "reverse"]}
  }
}

"""#
}
