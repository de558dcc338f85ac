"""HourlyChart: today's signatures per hour as bars, drawn with QPainter (no chart module)."""

from collections.abc import Sequence

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.sizing import mm

BAR = QColor("#0b5d3b")
AXIS = QColor("#3d4a57")
GRID = QColor("#d5dde8")


class HourlyChart(QWidget):
    """24 bars (local hours); the busiest hour's count at the top, hours 0, 6, 12, 18 below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts: list[int] = [0] * 24
        self.setMinimumHeight(mm(30))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_counts(self, counts: Sequence[int]) -> None:
        self.counts = list(counts)[:24] + [0] * max(0, 24 - len(counts))
        self.setAccessibleDescription(
            ", ".join(f"{h:02d}:00 {n}" for h, n in enumerate(self.counts) if n)
        )
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = p.fontMetrics()
        text_h = metrics.height()
        left, bottom = metrics.horizontalAdvance("0000") + mm(1), text_h + mm(1)
        area = QRectF(
            left, text_h / 2, self.width() - left - mm(1), self.height() - bottom - text_h / 2
        )
        top = max(self.counts) or 1
        p.setPen(GRID)
        p.drawLine(area.topLeft(), area.topRight())
        p.setPen(AXIS)
        p.drawLine(area.bottomLeft(), area.bottomRight())
        p.drawText(QRectF(0, 0, left - mm(1), text_h), Qt.AlignmentFlag.AlignRight, str(top))
        p.drawText(
            QRectF(0, area.bottom() - text_h, left - mm(1), text_h),
            Qt.AlignmentFlag.AlignRight,
            "0",
        )
        slot = area.width() / 24
        for hour, count in enumerate(self.counts):
            x = area.left() + hour * slot
            if count:
                h = area.height() * count / top
                p.fillRect(QRectF(x + slot * 0.15, area.bottom() - h, slot * 0.7, h), BAR)
            if hour % 6 == 0:
                p.drawText(
                    QRectF(x - slot, area.bottom() + mm(0.5), slot * 3, text_h),
                    Qt.AlignmentFlag.AlignHCenter,
                    f"{hour:02d}",
                )
        p.end()
