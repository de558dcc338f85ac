"""The look: the bundled font, and the stylesheet with its sizes set in millimetres."""

from string import Template

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from resources import resource_path
from ui.sizing import mm


def load_fonts() -> None:
    """Noto Sans covers Azerbaijani Latin and Cyrillic (Ә Ғ Ј Ҝ Һ Ҹ Ө Ү) on any machine."""
    for name in ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"):
        QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))


def stylesheet() -> str:
    sizes = {
        "small": mm(3.5),
        "body": mm(4.2),  # about 16 pt: readable at arm's length for older eyes
        "lead": mm(5),
        "heading": mm(6.5),
        "title": mm(8),
        "gap": mm(2),
        "pad": mm(3),
        "radius": mm(1.5),
        "check": mm(12),
        "scrollbar": mm(4),
    }
    template = Template(resource_path("styles", "kiosk.qss").read_text("utf-8"))
    values = {k: str(v) for k, v in sizes.items()}
    values["tick"] = resource_path("icons", "tick.svg").as_posix()
    return template.substitute(values)


def apply(app: QApplication) -> None:
    load_fonts()
    app.setFont(QFont("Noto Sans"))
    app.setStyleSheet(stylesheet())
