"""Drawn marks: the success tick of the thank-you screen and a QR code of the receipt code."""

import segno
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.sizing import mm

GREEN = QColor("#0b5d3b")
INK = QColor("#10243e")


class SuccessMark(QWidget):
    """A green disc with a white tick: "it worked", before a word is read."""

    def __init__(self, size_mm: float = 22, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedSize(mm(size_mm), mm(size_mm))

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height())
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(GREEN)
        p.drawEllipse(QRectF(0, 0, side, side))
        pen = QPen(QColor("#ffffff"), side * 0.11)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        p.setPen(pen)
        tick = QPainterPath(QPointF(side * 0.27, side * 0.52))
        tick.lineTo(side * 0.44, side * 0.69)
        tick.lineTo(side * 0.74, side * 0.35)
        p.drawPath(tick)
        p.end()


class QrCode(QWidget):
    """The receipt code alone as a QR code, for a phone to photograph; nothing else in it."""

    def __init__(self, size_mm: float = 32, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._modules: list[list[bool]] = []
        self.setFixedSize(mm(size_mm), mm(size_mm))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_text(self, text: str) -> None:
        code = segno.make(text, error="m", micro=False) if text else None
        self._modules = [[bool(m) for m in row] for row in code.matrix] if code else []
        self.update()

    def sizeHint(self) -> QSize:
        return self.size()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("#ffffff"))
        count = len(self._modules)
        if count:
            quiet = 4  # modules of white around the code, as readers expect
            unit = min(self.width(), self.height()) / (count + 2 * quiet)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(INK)
            for y, row in enumerate(self._modules):
                for x, dark in enumerate(row):
                    if dark:
                        p.drawRect(QRectF((x + quiet) * unit, (y + quiet) * unit, unit, unit))
        p.end()
