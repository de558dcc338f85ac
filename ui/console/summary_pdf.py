"""The day's-end summary as one A4 PDF page: counts only, no names and no key needed."""

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter

from ui.console.hourly_chart import BAR


@dataclass(frozen=True)
class SummaryPage:
    """Everything on the page, already in the coordinator's language."""

    title: str
    lines: list[str]  # tablet, day, totals
    table_heading: str
    rows: list[tuple[str, str]]  # (what, how many)
    per_hour: list[int]
    chart_caption: str
    footer: str


def write(path: Path, page: SummaryPage) -> None:
    """Write beside the target, then rename: a pulled USB stick leaves no half file."""
    staging = path.with_name(f".{path.name}.partial")
    try:
        _render(staging, page)
        with staging.open("rb") as fh:
            os.fsync(fh.fileno())
        os.replace(staging, path)
    finally:
        staging.unlink(missing_ok=True)


def _render(path: Path, page: SummaryPage) -> None:
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)
    writer.setResolution(150)
    writer.setTitle(page.title)
    p = QPainter(writer)
    width = writer.width()
    dots_mm = writer.resolution() / 25.4
    y = 0.0

    def text(line: str, size: int, bold: bool = False, x: float = 0.0) -> None:
        nonlocal y
        font = QFont("Noto Sans", size)
        font.setBold(bold)
        p.setFont(font)
        height = p.fontMetrics().height() * 1.25
        p.drawText(QRectF(x, y, width - x, height), Qt.AlignmentFlag.AlignLeft, line)
        y += height

    text(page.title, 18, bold=True)
    y += 3 * dots_mm
    for line in page.lines:
        text(line, 11)
    y += 4 * dots_mm
    text(page.table_heading, 13, bold=True)
    for what, count in page.rows:
        row_y = y
        text(what, 11, x=4 * dots_mm)
        y = row_y
        text(count, 11, bold=True, x=width * 0.6)
    y += 6 * dots_mm
    text(page.chart_caption, 13, bold=True)
    _chart(p, QRectF(0, y, width, 45 * dots_mm), page.per_hour)
    y += 52 * dots_mm
    text(page.footer, 9)
    p.end()


def _chart(p: QPainter, area: QRectF, counts: list[int]) -> None:
    top = max(counts) or 1
    slot = area.width() / 24
    p.setPen(QColor("#3d4a57"))
    p.setFont(QFont("Noto Sans", 8))
    label_h = p.fontMetrics().height()
    bars = QRectF(area.left(), area.top() + label_h, area.width(), area.height() - 2 * label_h)
    p.drawLine(bars.bottomLeft(), bars.bottomRight())
    for hour, count in enumerate(counts):
        x = bars.left() + hour * slot
        if count:
            h = bars.height() * count / top
            p.fillRect(QRectF(x + slot * 0.15, bars.bottom() - h, slot * 0.7, h), BAR)
            p.drawText(QRectF(x, bars.bottom() - h - label_h, slot, label_h),
                       Qt.AlignmentFlag.AlignHCenter, str(count))  # fmt: skip
        p.drawText(QRectF(x, bars.bottom(), slot, label_h), Qt.AlignmentFlag.AlignHCenter,
                   f"{hour:02d}")  # fmt: skip
