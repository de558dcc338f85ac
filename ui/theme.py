"""The look: the bundled font, and the stylesheet with its sizes set in millimetres."""

import math
from string import Template

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from resources import resource_path
from ui.sizing import logical_dpi, mm


def load_fonts() -> None:
    """Noto Sans covers Azerbaijani Latin and Cyrillic (Ә Ғ Ј Ҝ Һ Ҹ Ө Ү) on any machine."""
    for name in ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"):
        QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))


# A point is 1/72 inch: 16 pt is 5.64 mm of font size, whatever the screen's density.
BODY_MM = 16 * 25.4 / 72
LARGER = 1.25  # the signer's "Larger text"


def stylesheet(scale: float = 1.0) -> str:
    """The kiosk's style with type sizes times ``scale`` (1, or LARGER for "Larger text")."""
    type_mm = {
        "small": 4.3,
        "body": BODY_MM,  # 16 pt: readable at arm's length for older eyes
        "lead": 6.3,
        "typed": 6.5,  # what a signer types: at least 6 mm
        "heading": 8.0,
        "title": 9.5,
    }
    px_per_mm = logical_dpi() / 25.4  # type rounds up: 16 pt is never 15.8
    sizes = (
        {k: math.ceil(v * scale * px_per_mm) for k, v in type_mm.items()}
        | {
            # The same at any scale ("plain"): what is chrome (the header, the DEMO band) or
            # glanced at from a distance (the welcome screen, the title); the header keeps the
            # way back to smaller text in its place.
            f"{k}_plain": math.ceil(v * px_per_mm)
            for k, v in type_mm.items()
        }
        | {
            "title": math.ceil(type_mm["title"] * px_per_mm),
            "gap": mm(2),
            "pad": mm(3),
            "radius": mm(1.5),
            "check": mm(11),  # the tick box: at least 10 mm
            "scrollbar": mm(8),  # a finger can take hold of it
        }
    )
    template = Template(resource_path("styles", "kiosk.qss").read_text("utf-8"))
    values = {k: str(v) for k, v in sizes.items()}
    values["tick"] = resource_path("icons", "tick.svg").as_posix()
    return template.substitute(values)


def apply(app: QApplication, scale: float = 1.0) -> None:
    load_fonts()
    app.setFont(QFont("Noto Sans"))
    app.setStyleSheet(stylesheet(scale))
