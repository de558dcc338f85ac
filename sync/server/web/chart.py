"""Signatures per day as an SVG bar chart drawn on the server: no script, scales to a phone.

It has a y-axis (0, half and the highest day), a date under every seventh bar, and the total
in its title; the page puts the same figures in a table beside it for screen readers and for
anyone who would rather read numbers.
"""

import datetime as dt
from xml.sax.saxutils import escape, quoteattr

from markupsafe import Markup

WIDTH, HEIGHT, TOP, BOTTOM, LEFT, RIGHT = 400, 190, 14, 24, 34, 8
FONT = 15  # user units: about 13 px on a phone 390 px wide, 21 px at most (max-width)


def _label(day: dt.date) -> str:
    return day.strftime("%d.%m")


def _ticks(peak: int) -> list[int]:
    if peak <= 1:
        return [0, 1]
    return sorted({0, peak // 2, peak})


def bars(days: list[tuple[dt.date, int]], title: str) -> Markup:
    """An SVG of one bar per day; ``title`` (with the total) is read out by screen readers."""
    peak = max((n for _, n in days), default=0)
    top = max(peak, 1)
    slot = (WIDTH - LEFT - RIGHT) / max(len(days), 1)
    room = HEIGHT - TOP - BOTTOM
    base = HEIGHT - BOTTOM
    parts = [
        f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-label={quoteattr(title)} xmlns="http://www.w3.org/2000/svg">',
        f"<title>{escape(title)}</title>",
    ]
    for tick in _ticks(peak):
        y = round(base - room * tick / top, 1)
        parts.append(
            f'<line x1="{LEFT}" y1="{y}" x2="{WIDTH - RIGHT}" y2="{y}" '
            f'stroke="{"#888" if tick == 0 else "#ddd"}" stroke-width="1"/>'
            f'<text x="{LEFT - 4}" y="{y + 4}" font-size="{FONT}" text-anchor="end" '
            f'fill="#333">{tick}</text>'
        )
    for i, (day, n) in enumerate(days):
        h = round(room * n / top)
        x = round(LEFT + i * slot + slot * 0.15, 1)
        parts.append(
            f'<rect x="{x}" y="{base - h}" width="{round(slot * 0.7, 1)}" height="{h}" '
            f'fill="#1f6f5c"><title>{_label(day)}: {n}</title></rect>'
        )
        if (len(days) - 1 - i) % 7 == 0:  # a date under every seventh bar, ending today
            last = i == len(days) - 1  # today's, kept inside the chart
            parts.append(
                f'<text x="{WIDTH - RIGHT if last else round(x + slot * 0.35, 1)}" '
                f'y="{HEIGHT - 6}" font-size="{FONT}" '
                f'text-anchor="{"end" if last else "middle"}" fill="#333">{_label(day)}</text>'
            )
    parts.append("</svg>")
    return Markup("".join(parts))  # noqa: S704 - built from numbers and escaped text only
