"""SignatureView: the signer's drawing, still and large, for the check-answers screen.

It paints the strokes to its own size (as wide as the answers' column, 5:2 like the pad,
no taller than fits beside the answers), so the signature is as big as the screen allows in
either orientation, whenever the screen is laid out.
"""

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.signature import Stroke
from ui.sizing import mm

ASPECT = 2 / 5  # height to width, as the signature pad


def stroke_path(stroke: Stroke, cell: QRectF) -> QPainterPath:
    """One stroke's points (x, y in [0, 1] of the pad) as a path scaled into ``cell``: the
    review screen and the delivery PDF draw a signature alike."""

    def at(x: float, y: float) -> QPointF:
        return QPointF(cell.x() + x * cell.width(), cell.y() + y * cell.height())

    path = QPainterPath(at(stroke[0][0], stroke[0][1]))
    for x, y, _ in stroke[1:]:
        path.lineTo(at(x, y))
    return path


class SignatureView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("drawing")
        self.strokes: list[Stroke] = []
        self.max_height = mm(48)  # beside four answers and the note at 1280x800
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def show_strokes(self, strokes: list[Stroke]) -> None:
        self.strokes = strokes
        self.update()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return min(round(width * ASPECT), self.max_height)

    def sizeHint(self) -> QSize:
        return QSize(mm(120), self.heightForWidth(mm(120)))

    def minimumSizeHint(self) -> QSize:
        return QSize(mm(50), self.heightForWidth(mm(50)))

    def paintEvent(self, _event: QPaintEvent) -> None:
        height = min(self.height(), round(self.width() * ASPECT))
        box = QRectF(0, 0, height / ASPECT, height)  # the pad's shape, at the left
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(box, QColor("#ffffff"))
        pen = QPen(QColor("#10243e"), max(2.0, box.width() / 250))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        for stroke in self.strokes:
            if stroke:
                painter.drawPath(stroke_path(stroke, box))
        painter.end()
