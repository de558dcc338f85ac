"""A4 page geometry, the bundled fonts and the footer every page carries.

Sizes are given in millimetres and points and turned into the PDF writer's device units here,
so the rest of the drawing never deals with resolution.
"""

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from resources import resource_path

RESOLUTION = 300  # dots per inch of the writer's device units
PAGE_W_MM, PAGE_H_MM = 210.0, 297.0
MARGIN_X_MM, MARGIN_TOP_MM, MARGIN_BOTTOM_MM = 18.0, 16.0, 18.0
INK = Qt.GlobalColor.black
_families: list[str] = []


def mm(value: float) -> float:
    """Millimetres in device units."""
    return value * RESOLUTION / 25.4


def family() -> str:
    """The bundled Noto Sans (Latin with ə, Cyrillic with Ә Ғ Ј Ҝ Һ Ҹ Ө Ү), loaded once."""
    if not _families:
        for name in ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"):
            font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
            _families.extend(QFontDatabase.applicationFontFamilies(font_id)[:1])
        if not _families:
            raise RuntimeError("the bundled fonts in resources/fonts do not load")
    return _families[0]


def font(points: float, bold: bool = False, italic: bool = False) -> QFont:
    """The bundled font at ``points``; ligatures off, so that "fi" in a name stays two
    letters for a reader that searches or copies the text."""
    f = QFont(family())
    f.setPointSizeF(points)
    f.setBold(bold)
    f.setItalic(italic)
    f.setFeature(QFont.Tag.fromString("liga"), 0)
    return f


def new_writer(path: Path, title: str) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    writer.setPdfVersion(QPagedPaintDevice.PdfVersion.PdfVersion_A1b)  # for archives
    writer.setTitle(title)
    writer.setCreator("Imza")
    return writer


@dataclass(frozen=True)
class Body:
    """Where content goes on a page, in device units."""

    left: float = mm(MARGIN_X_MM)
    top: float = mm(MARGIN_TOP_MM)
    width: float = mm(PAGE_W_MM - 2 * MARGIN_X_MM)
    height: float = mm(PAGE_H_MM - MARGIN_TOP_MM - MARGIN_BOTTOM_MM)

    def rect(self) -> QRectF:
        return QRectF(self.left, self.top, self.width, self.height)


def footer(painter: QPainter, text: str) -> None:
    """The page number, centred under the body."""
    body = Body()
    painter.save()
    painter.setFont(font(8.5))
    painter.setPen(INK)
    area = QRectF(body.left, body.top + body.height + mm(5), body.width, mm(6))
    painter.drawText(area, int(Qt.AlignmentFlag.AlignCenter), text)
    painter.restore()


def test_mark(painter: QPainter, text: str) -> None:
    """Across the top of a page whose file holds simulated signatures: nobody may mistake
    a rehearsal for the petition."""
    body = Body()
    painter.save()
    painter.setFont(font(9, bold=True))
    painter.setPen(Qt.GlobalColor.darkRed)
    area = QRectF(body.left, mm(5), body.width, body.top - mm(6))
    painter.drawText(area, int(Qt.AlignmentFlag.AlignCenter), text)
    painter.restore()
