"""The signer list: the request at the top of every page, then a numbered row per signer with
name, settlement, date and the signature drawn from its strokes (or how it was given instead).
No phone or email is drawn: the list is what the recipient receives.
"""

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPagedPaintDevice, QPainter, QPen

from kiosk.export import Signer
from kiosk.signature import unpack_strokes
from ui.delivery.layout import INK, Body, font, mm
from ui.widgets.signature_view import stroke_path

Texts = Mapping[str, str]
# Column widths in mm; the signature takes the rest, at the pad's shape (about 3:1).
_NUMBER, _NAME, _PLACE, _DATE = 11.0, 52.0, 36.0, 21.0
_ROW_MM = 18.0
_PAD = 1.0  # mm inside each cell
_RULE = QColor("#9a9a9a")
_HYPHENS = re.compile(r"[^-]+-*|-+")  # a word's parts, each with the hyphens after it
_MUTED = QColor("#555555")
_WRAP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
_CENTRE = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)


@dataclass(frozen=True)
class _Columns:
    number: QRectF
    name: QRectF
    place: QRectF
    date: QRectF
    signature: QRectF

    def at(self, y: float) -> "_Columns":
        return _Columns(*(r.translated(0, y) for r in (self.number, self.name, self.place,
                                                         self.date, self.signature)))  # fmt: skip


def _columns(left: float, width: float, height: float) -> _Columns:
    x, cells = left, []
    for w in (mm(_NUMBER), mm(_NAME), mm(_PLACE), mm(_DATE), None):
        w = w if w is not None else left + width - x
        cells.append(QRectF(x, 0, w, height))
        x += w
    return _Columns(*cells)


def _inset(rect: QRectF) -> QRectF:
    return rect.adjusted(mm(_PAD), mm(_PAD), -mm(_PAD), -mm(_PAD))


def draw_strokes(painter: QPainter, packed: bytes, cell: QRectF) -> None:
    """Strokes (x, y, width in [0, 1] of the pad) scaled into ``cell``; each stroke one path
    at its mean width: the look of the signature, at a fraction of the PDF's size."""
    for stroke in unpack_strokes(packed):
        if len(stroke) < 2:
            continue
        path = stroke_path(stroke, cell)
        width = max(sum(p[2] for p in stroke) / len(stroke) * cell.width(), mm(0.15))
        pen = QPen(INK, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                   Qt.PenJoinStyle.RoundJoin)  # fmt: skip
        painter.strokePath(path, pen)


def wrapped(metrics: QFontMetricsF, text: str, width: float) -> list[str]:
    """``text`` in lines no wider than ``width``: broken between words, and a word wider than
    the cell broken where it must. Every character is on a line: a name is never cut off."""
    if metrics.horizontalAdvance(text) <= width:
        return [text] if text else []
    lines, line = [], ""
    # a hyphenated name may break after its hyphen, as it would be written by hand
    pieces = [
        (part, i == 0) for word in text.split(" ") for i, part in enumerate(_HYPHENS.findall(word))
    ]
    for word, starts in pieces:
        joined = f"{line}{' ' if starts else ''}{word}" if line else word
        if metrics.horizontalAdvance(joined) <= width:
            line = joined
            continue
        if line:
            lines.append(line)
        while len(word) > 1 and metrics.horizontalAdvance(word) > width:
            cut = _fitting(metrics, word, width)
            lines.append(word[:cut])
            word = word[cut:]
        line = word
    if line:
        lines.append(line)
    return lines


def _fitting(metrics: QFontMetricsF, word: str, width: float) -> int:
    """How many of ``word``'s first characters fit ``width`` (one at least)."""
    n = len(word) - 1
    while n > 1 and metrics.horizontalAdvance(word[:n]) > width:
        n -= 1
    return n


@dataclass(frozen=True)
class _Row:
    signer: Signer
    name: list[str]
    place: list[str]
    height: float


class SignerPages:
    """Lays out the signer list on the body of A4 pages and draws it a page at a time. A row
    is as tall as its name or settlement needs (most take the standard height); a page holds
    the rows that fit whole, under the request and the column headings."""

    def __init__(
        self,
        device: QPagedPaintDevice,
        request: str,
        recipient: str,
        t: Texts,
        signers: Sequence[Signer],
    ) -> None:
        self.body = Body()
        self.t = t
        self.request, self.recipient = request, recipient
        self.request_font, self.small, self.text = font(10, bold=True), font(8.5), font(9.5)
        self.head_font, self.italic = font(8.5, bold=True), font(9.5, italic=True)
        wide = QRectF(0, 0, self.body.width, mm(200))
        request_h = QFontMetricsF(self.request_font, device).boundingRect(wide, _WRAP, request)
        recipient_h = QFontMetricsF(self.small, device).boundingRect(wide, _WRAP, recipient)
        self.request_h = request_h.height()
        self.header_h = self.request_h + recipient_h.height() + mm(3)
        self.columns_h = mm(7)
        self.row_h = mm(_ROW_MM)
        self.columns = _columns(self.body.left, self.body.width, self.row_h)
        self.metrics = QFontMetricsF(self.text, device)
        self.rows = [self._laid(s) for s in signers]
        self.starts = self._paginate(self.body.height - self.header_h - self.columns_h)

    def _laid(self, s: Signer) -> _Row:
        name = " ".join(p for p in (s.surname, s.given_name, s.patronymic) if p)
        names = wrapped(self.metrics, name, _inset(self.columns.name).width())
        places = wrapped(self.metrics, s.settlement, _inset(self.columns.place).width())
        lines = max(len(names), len(places), 1)
        needed = lines * self.metrics.lineSpacing() + 2 * mm(_PAD)
        return _Row(s, names, places, max(self.row_h, needed))

    def _paginate(self, free: float) -> list[int]:
        """The index of the first row on each page."""
        starts: list[int] = []
        used = free
        for i, row in enumerate(self.rows):
            if used + row.height > free and (not starts or used > 0):
                starts.append(i)
                used = 0.0
            used += row.height
        return starts

    def pages(self) -> int:
        return len(self.starts)

    def draw(self, painter: QPainter, page: int) -> None:
        """Page ``page`` (from 0) of the list."""
        first = self.starts[page]
        end = self.starts[page + 1] if page + 1 < len(self.starts) else len(self.rows)
        y = self._header(painter)
        for number in range(first, end):
            row = self.rows[number]
            self._row(painter, y, number + 1, row)
            y += row.height

    def _header(self, painter: QPainter) -> float:
        b = self.body
        painter.setPen(INK)
        painter.setFont(self.request_font)
        painter.drawText(QRectF(b.left, b.top, b.width, self.request_h), _WRAP, self.request)
        painter.setFont(self.small)
        painter.setPen(_MUTED)
        below = b.top + self.request_h
        painter.drawText(QRectF(b.left, below, b.width, self.header_h - self.request_h), _WRAP,
                         self.recipient)  # fmt: skip
        y = b.top + self.header_h
        cols = _columns(b.left, b.width, self.columns_h).at(y)
        painter.setFont(self.head_font)
        painter.setPen(INK)
        heads = ("pdf.no", "pdf.name", "col.settlement", "pdf.date", "pdf.signature")
        for rect, key in zip((cols.number, cols.name, cols.place, cols.date, cols.signature),
                             heads, strict=True):  # fmt: skip
            painter.drawText(_inset(rect), _WRAP, self.t[key])
        y += self.columns_h
        painter.setPen(QPen(INK, mm(0.3)))
        painter.drawLine(QPointF(b.left, y), QPointF(b.left + b.width, y))
        return y

    def _lines(self, painter: QPainter, cell: QRectF, lines: Sequence[str]) -> None:
        """Lines from the top of ``cell``, each at its baseline: nothing clipped or hidden."""
        step, ascent = self.metrics.lineSpacing(), self.metrics.ascent()
        for i, line in enumerate(lines):
            painter.drawText(QPointF(cell.left(), cell.top() + ascent + i * step), line)

    def _row(self, painter: QPainter, y: float, number: int, row: _Row) -> None:
        cols, s = self.columns.at(y), row.signer
        painter.setPen(INK)
        painter.setFont(self.text)
        self._lines(painter, _inset(cols.number), [str(number)])
        self._lines(painter, _inset(cols.name), row.name)
        self._lines(painter, _inset(cols.place), row.place)
        self._lines(painter, _inset(cols.date), [s.signed_on])
        cell = _inset(cols.signature)  # the standard height, at the top of a taller row
        if s.method == "drawn":
            painter.save()
            painter.setClipRect(cols.signature)
            draw_strokes(painter, s.strokes, cell)
            painter.restore()
        elif s.method == "typed":
            painter.setFont(self.small)
            painter.setPen(_MUTED)
            painter.drawText(cell, _WRAP, self.t["method.typed"])
            painter.setFont(self.italic)
            painter.setPen(INK)
            painter.drawText(cell, _CENTRE, s.typed_name)
        else:
            painter.setFont(self.small)
            painter.setPen(_MUTED)
            painter.drawText(cell, _CENTRE, self.t["pdf.assisted_by"].replace("%1", s.volunteer))
        painter.setPen(QPen(_RULE, mm(0.1)))
        bottom = y + row.height
        painter.drawLine(QPointF(self.body.left, bottom),
                         QPointF(self.body.left + self.body.width, bottom))  # fmt: skip
