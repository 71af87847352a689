"""Text size and a calm look: a large base font (scaled by the text-size setting) and a few colours.

Sizes are in points and layouts do the rest, so 125 % and 150 % display scaling stay right.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QWidget

from ui.widgets.fit import install_screen_fit

BASE_POINTS = 11.0
ACCENT = "#8a1c1c"  # a deep red, used sparingly
ERROR = "#b3261e"
WARNING_BG = "#fff4d6"
WARNING_BORDER = "#e0b84c"
MUTED = "#5f6368"

STYLE = f"""
QListWidget#sidebar {{
    background: #f3efe9;
    border: none;
    border-right: 1px solid #ddd5ca;
    outline: 0;
}}
QListWidget#sidebar::item {{
    padding: 0.55em 1.1em;
    margin: 1px 6px;
    border-radius: 6px;
    color: #2b2b2b;
}}
QListWidget#sidebar::item:selected {{
    background: {ACCENT};
    color: white;
}}
QListWidget#sidebar::item:hover:!selected {{
    background: #e7e0d6;
}}
QLabel[role="muted"] {{ color: {MUTED}; }}
QLabel[role="error"] {{ color: {ERROR}; }}
QLabel[role="warning"] {{ color: #7a5200; }}
QFrame[role="warningPanel"] {{
    background: {WARNING_BG};
    border: 1px solid {WARNING_BORDER};
    border-radius: 6px;
}}
QFrame[role="errorPanel"] {{
    background: #fdecea;
    border: 1px solid #f1b0aa;
    border-radius: 6px;
}}
QFrame[role="card"] {{
    background: white;
    border: 1px solid #e2dcd3;
    border-radius: 8px;
}}
QLineEdit[problem="error"], QComboBox[problem="error"], QPlainTextEdit[problem="error"] {{
    border: 2px solid {ERROR};
    border-radius: 3px;
}}
QLineEdit[problem="warning"], QComboBox[problem="warning"] {{
    border: 2px solid {WARNING_BORDER};
    border-radius: 3px;
}}
QPushButton {{
    background: #fbfaf8;
    color: #202020;
    border: 1px solid #b9b0a4;
    border-radius: 4px;
    padding: 0.3em 1em;
}}
QPushButton:hover:!disabled {{ background: #f1ece5; }}
QPushButton:pressed {{ background: #e4ddd3; }}
QPushButton:focus {{ border: 1px solid {ACCENT}; }}
QPushButton:disabled {{ color: #9a948c; border-color: #d6d0c7; }}
QPushButton:flat {{ background: transparent; border: none; color: #4a4a4a; text-decoration: underline; }}
QPushButton:flat:hover {{ color: {ACCENT}; }}
QPushButton[role="primary"] {{
    background: {ACCENT};
    color: white;
    border: 1px solid #6d1515;
    border-radius: 4px;
    padding: 0.3em 1em;
}}
QPushButton[role="primary"]:focus {{ border: 2px solid #4a0c0c; }}
QPushButton[role="primary"]:disabled {{
    background: #c9a9a9;
    border-color: #c9a9a9;
}}
QPushButton[role="primary"]:hover:!disabled {{ background: #a02424; }}
QTableView {{ gridline-color: #e6e1da; }}
QProgressBar {{
    border: 1px solid #d8d2c8;
    border-radius: 4px;
    background: #f3f0eb;
}}
QProgressBar::chunk {{ background: #3d7a3f; border-radius: 3px; }}
"""


def base_font(scale_percent: int) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
    font.setPointSizeF(BASE_POINTS * max(scale_percent, 50) / 100)
    return font


def apply(app: QApplication, scale_percent: int) -> None:
    """Set the application font for ``scale_percent`` (100 = 11 pt) and the style sheet; keep windows on screen."""
    app.setFont(base_font(scale_percent))
    app.setStyleSheet(STYLE)
    install_screen_fit(app)


def set_text_scale(app: QApplication, scale_percent: int) -> None:
    app.setFont(base_font(scale_percent))


def scaled_font(widget: QWidget, factor: float, *, bold: bool = False) -> QFont:
    """A font ``factor`` times the widget's own (headings, big numbers)."""
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    return font


def set_role(widget: QWidget, role: str) -> None:
    """Tag a widget for the style sheet (muted text, error text, panels, the primary button)."""
    widget.setProperty("role", role)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
