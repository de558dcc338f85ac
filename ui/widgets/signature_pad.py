"""SignaturePad: a finger, pen or mouse draws; smooth strokes kept as vectors.

Each point is stored as x, y and width in [0, 1] of the pad, so the drawing survives resize
and rotation. Width follows speed as in szimek/signature_pad (fast strokes thin, slow thick),
and strokes are drawn as cubic Bezier curves through the points (Catmull-Rom). The timing
used for the width is never stored: it would be behavioural biometrics.
"""

import math
import time

from PySide6.QtCore import QEvent, QPointF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.signature import Stroke

MIN_WIDTH = 0.0015  # of the pad's width: 2 to 8 px on a 1280 px tablet
MAX_WIDTH = 0.006
VELOCITY_WEIGHT = 0.7  # smoothing of speed between points, as signature_pad does
MIN_STEP = 0.004  # points closer than this (of the pad's width) add nothing but noise


class SignaturePad(QWidget):
    """Collects strokes; ``changed`` fires after every stroke and on clear."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._strokes: list[Stroke] = []
        self._current: Stroke | None = None
        self._last_time = 0.0
        self._velocity = 0.0
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Signature pad"))
        self.ink = QColor("#10243e")

    # -- the drawing as data ---------------------------------------------------------------
    def strokes(self) -> list[Stroke]:
        return [list(s) for s in self._strokes if len(s) > 1]

    def set_strokes(self, strokes: list[Stroke]) -> None:
        self._strokes = [list(s) for s in strokes]
        self._current = None
        self.update()
        self.changed.emit()

    def clear(self) -> None:
        self.set_strokes([])

    def is_empty(self) -> bool:
        return not self.strokes()

    # -- input -----------------------------------------------------------------------------
    def _begin(self, pos: QPointF) -> None:
        self._current = []
        self._strokes.append(self._current)
        self._velocity = 0.0
        self._last_time = time.monotonic()
        self._add(pos)

    def _add(self, pos: QPointF) -> None:
        if self._current is None or self.width() < 2 or self.height() < 2:
            return
        x = min(max(pos.x() / self.width(), 0.0), 1.0)
        y = min(max(pos.y() / self.height(), 0.0), 1.0)
        now = time.monotonic()
        if self._current:
            px, py, _ = self._current[-1]
            step = math.hypot((x - px) * self.width(), (y - py) * self.height()) / self.width()
            if step < MIN_STEP:
                return
            speed = step / max(now - self._last_time, 1e-3)  # pad widths per second
            self._velocity = VELOCITY_WEIGHT * speed + (1 - VELOCITY_WEIGHT) * self._velocity
        self._last_time = now
        width = max(MAX_WIDTH / (self._velocity + 1), MIN_WIDTH)
        self._current.append((x, y, width))
        self.update()

    def _end(self) -> None:
        if self._current is not None and len(self._current) == 1:
            x, y, w = self._current[0]  # a tap: a dot, drawn as a tiny stroke
            self._current.append((min(x + 0.002, 1.0), y, w))
        self._current = None
        self.update()
        self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._add(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._end()

    def tabletEvent(self, event: QTabletEvent) -> None:
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QEvent.Type.TabletMove and self._current is not None:
            self._add(event.position())
        elif kind == QEvent.Type.TabletRelease:
            self._end()
        event.accept()

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QTouchEvent):
            points = event.points()
            if points:  # one finger draws; a second finger is ignored
                pos = points[0].position()
                if event.type() == QEvent.Type.TouchBegin:
                    self._begin(pos)
                elif event.type() == QEvent.Type.TouchUpdate:
                    self._add(pos)
                elif event.type() in (QEvent.Type.TouchEnd, QEvent.Type.TouchCancel):
                    self._end()
            event.accept()
            return True
        return super().event(event)

    # -- painting --------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        painter.setPen(QPen(QColor("#5b6b7b"), 2))
        painter.drawRect(self.rect().adjusted(1, 1, -1, -1))
        baseline = self.height() * 0.75
        painter.setPen(QPen(QColor("#9aa5b1"), 1, Qt.PenStyle.DashLine))
        painter.drawLine(
            QPointF(self.width() * 0.06, baseline), QPointF(self.width() * 0.94, baseline)
        )
        for stroke in self._strokes:
            self._paint_stroke(painter, stroke)
        painter.end()

    def _paint_stroke(self, painter: QPainter, stroke: Stroke) -> None:
        w, h = self.width(), self.height()
        pts = [QPointF(x * w, y * h) for x, y, _ in stroke]
        widths = [max(pw * w, 1.0) for _, _, pw in stroke]
        for i in range(len(pts) - 1):
            # Catmull-Rom through p0..p3 as a cubic Bezier from p1 to p2.
            p0 = pts[i - 1] if i > 0 else pts[i]
            p1, p2 = pts[i], pts[i + 1]
            p3 = pts[i + 2] if i + 2 < len(pts) else p2
            c1 = p1 + (p2 - p0) / 6
            c2 = p2 - (p3 - p1) / 6
            path = QPainterPath(p1)
            path.cubicTo(c1, c2, p2)
            pen = QPen(self.ink, (widths[i] + widths[i + 1]) / 2)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.drawPath(path)
