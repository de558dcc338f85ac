"""The pages before the signer list: cover, every text version that was signed, how the
signatures were collected, the count and the totals per settlement.

Written as rich text for a QTextDocument, which flows it over as many pages as it needs. Every
value from a signer or a campaign file is escaped. Organisers appear by name; no contact
detail (phone, email) of anyone is ever put on these pages.
"""

import datetime as dt
import html
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QSizeF
from PySide6.QtGui import (
    QPagedPaintDevice,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
)

from kiosk.campaign import Campaign, Text
from kiosk.device import device_number
from kiosk.export import Signer, Summary
from ui.delivery.layout import Body, font

Texts = Mapping[str, str]
_LABEL = 'style="font-size:8.5pt; color:#555555; margin-top:14px; margin-bottom:2px"'
_SECTION = "margin-top:28px;"  # a heading within the flow
_SHORT_TABLE = 12  # rows: a table this short moves on whole rather than split
_CELL = 'style="padding:3px 12px 3px 0px"'


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def organiser_name(line: str) -> str:
    """The name in an organiser line like "Umud Mirzayev — President of ..."."""
    return line.split(" — ", 1)[0].strip()


def _cover(text: Text, signers: Sequence[Signer], summary: Summary, t: Texts) -> str:
    """What a recipient expects on the first page: what is asked of whom, by whom, how many
    signed and how they were counted, and the organisers' signatures at delivery."""
    signed = f"{t['count.unique']}: {summary.unique}"
    days = [s.signed_ms for s in signers]
    statement = (
        t["cover.statement"]
        .replace("%1", str(summary.unique))
        .replace("%2", str(len({s.device for s in signers})))
        .replace("%3", _day(min(days)) if days else "-")
        .replace("%4", _day(max(days)) if days else "-")
    )
    line = "_" * 28
    sign_rows = "".join(
        f"<tr><td {_CELL}>{esc(organiser_name(o))}</td><td {_CELL}>{line}</td></tr>"
        for o in text.organisers
    )
    today = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d")
    return (
        f"<p {_LABEL}>{esc(t['pdf.petition'])}</p>"
        f'<p style="font-size:19pt; font-weight:bold; margin-bottom:18px">{esc(text.title)}</p>'
        f"<p {_LABEL}>{esc(t['pdf.to'])}</p>"
        f'<p style="font-size:14pt">{esc(text.recipient)}</p>'
        f"<p {_LABEL}>{esc(t['pdf.request'])}</p><p>{esc(text.summary)}</p>"
        f'<p style="font-size:14pt; font-weight:bold; margin-top:20px">{esc(signed)}</p>'
        f"<p>{esc(statement)}</p>"
        f"<p {_LABEL}>{esc(t['cover.signed_for'])}</p>"
        f"<table>{sign_rows}</table>"
        f'<table style="margin-top:14px; page-break-after:always">'
        f"<tr><td {_CELL}>{esc(t['cover.delivered_on'])}:</td><td {_CELL}>{today}</td></tr>"
        f"<tr><td {_CELL}>{esc(t['cover.delivered_at'])}:</td><td {_CELL}>{line}</td></tr>"
        "</table>"
    )


def _paragraphs(body: str) -> str:
    parts = [p.strip() for p in body.strip().split("\n\n") if p.strip()]
    return "".join(f"<p>{esc(' '.join(p.split()))}</p>" for p in parts)


def _version(heading: str, text: Text | None, digest: bytes, readers: int, campaign: Campaign,
             t: Texts) -> str:  # fmt: skip
    facts = f"<b>{esc(t['pdf.facts'])}:</b> {esc(campaign.facts_as_of)}"
    meta = (
        f"<p><b>{esc(t['pdf.hash'])}:</b><br>{digest.hex()}</p><p>{facts}<br>"
        f"<b>{esc(t['pdf.signed_here'])}:</b> {readers}</p>"
    )
    out = f'<p style="font-size:14pt; font-weight:bold; {_SECTION}">{esc(heading)}</p>{meta}'
    if text is None:
        return out
    organisers = "<br>".join(esc(o) for o in text.organisers)
    return (
        out
        + f'<p style="font-size:12pt; font-weight:bold; margin-top:12px">{esc(text.title)}</p>'
        + f"<p><i>{esc(text.summary)}</i></p>{_paragraphs(text.body)}"
        + f"<p {_LABEL}>{esc(t['pdf.to'])}</p><p>{esc(text.recipient)}</p>"
        + f"<p {_LABEL}>{esc(t['pdf.organisers'])}</p><p>{organisers}</p>"
    )


def _versions(campaign: Campaign, signers: Sequence[Signer], t: Texts) -> str:
    """Every text version somebody signed, in the campaign's order of languages; a version
    no longer in the campaign file is named by its hash, so nothing signed goes unshown."""
    readers = Counter(s.text_sha256 for s in signers)
    out = []
    known = set()
    for locale in campaign.locales:
        text = campaign.texts.get(locale)
        if text is None or readers[text.sha256] == 0:
            continue
        known.add(text.sha256)
        language = t.get(f"lang.{locale}", locale)
        heading = t["pdf.text_in"].replace("%1", language)
        out.append(_version(heading, text, text.sha256, readers[text.sha256], campaign, t))
    for digest, count in readers.items():
        if digest not in known:
            out.append(_version(t["pdf.unknown_text"], None, digest, count, campaign, t))
    return "".join(out)


@dataclass
class _Tablet:
    first: int
    last: int
    count: int
    sites: set[str]


def _collection(signers: Sequence[Signer], labels: Mapping[str, str], t: Texts) -> str:
    tablets: dict[str, _Tablet] = {}
    for s in signers:
        tab = tablets.setdefault(s.device, _Tablet(s.signed_ms, s.signed_ms, 0, set()))
        tab.first, tab.last = min(tab.first, s.signed_ms), max(tab.last, s.signed_ms)
        tab.count += 1
        if s.site:
            tab.sites.add(s.site)
    first = min((tab.first for tab in tablets.values()), default=None)
    last = max((tab.last for tab in tablets.values()), default=None)
    said = (
        t["pdf.collection_text"]
        .replace("%1", str(len(tablets)))
        .replace("%2", _day(first) if first is not None else "-")
        .replace("%3", _day(last) if last is not None else "-")
    )
    head = (t["col.device"], t["col.site"], t["pdf.first"], t["pdf.last"], t["signers"])
    rows = [_head(head)]
    for number, (device, tab) in enumerate(sorted(tablets.items(), key=lambda kv: kv[1].first)):
        # by its label where the server gave it one, else in the order it was first used
        label = labels.get(device) or f"{t['col.device']} {number + 1}"
        name = f"{label} ({device_number(device)})"
        dates = (_day(tab.first), _day(tab.last))
        rows.append(_row((name, ", ".join(sorted(tab.sites)), *dates, str(tab.count))))
    wrong = sum(1 for s in signers if s.clock_warning)
    note = f"<p>{esc(t['pdf.clock_note'].replace('%1', str(wrong)))}</p>" if wrong else ""
    return (
        f'<p style="font-size:14pt; font-weight:bold; {_SECTION}">{esc(t["pdf.collection"])}</p>'
        f"<p>{esc(said)}</p><table>{''.join(rows)}</table>{note}"
    )


def _day(ms: int) -> str:
    return dt.datetime.fromtimestamp(ms / 1000, dt.UTC).strftime("%Y-%m-%d")


def _row(cells: Sequence[str], bold: bool = False) -> str:
    """A table row; figures align right, so that a column of counts reads as one."""
    out = []
    for c in cells:
        text = f"<b>{esc(c)}</b>" if bold else esc(c)
        align = ' align="right"' if c.isdigit() else ""
        out.append(f"<td {_CELL}{align}>{text}</td>")
    return "<tr>" + "".join(out) + "</tr>"


def _head(cells: Sequence[str]) -> str:
    """A table's heading row, repeated at the top of every page the table reaches."""
    return "<thead>" + _row(cells, bold=True) + "</thead>"


def _counts(summary: Summary, t: Texts) -> str:
    counts = summary.counts()
    shown = ["unique", "duplicates_removed", "withdrawn", "drawn", "typed", "assisted"]
    shown += [k for k in ("excluded", "held_aside") if counts[k]]
    rows = "".join(_row((t[f"count.{k}"], str(counts[k]))) for k in shown)
    return (
        f'<p style="font-size:14pt; font-weight:bold; margin-top:24px">{esc(t["pdf.counts"])}</p>'
        f"<table>{rows}</table>"
    )


def _settlements(summary: Summary, t: Texts) -> str:
    rows = [_head((t["col.settlement"], t["signers"]))]
    rows += [_row((place, str(n))) for place, n in summary.per_settlement.items()]
    rows.append(_row((t["total"], str(sum(summary.per_settlement.values()))), bold=True))
    return (
        f'<p style="font-size:14pt; font-weight:bold; {_SECTION}">{esc(t["pdf.settlements"])}</p>'
        f"<table>{''.join(rows)}</table>"
    )


def front_html(
    campaign: Campaign,
    language: str,
    signers: Sequence[Signer],
    summary: Summary,
    labels: Mapping[str, str],
    t: Texts,
) -> str:
    return (
        _cover(campaign.text(language), signers, summary, t)
        + _versions(campaign, signers, t)
        + _collection(signers, labels, t)
        + _counts(summary, t)
        + _settlements(summary, t)
    )


def front_document(device: QPagedPaintDevice, rich_text: str) -> QTextDocument:
    """The rich text laid out in pages of the body's size, measured on the PDF device."""
    body = Body()
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    doc.setDefaultFont(font(10.5))
    doc.setDocumentMargin(0)
    doc.setPageSize(QSizeF(body.width, body.height))
    doc.setHtml(rich_text)
    _keep_paragraphs_whole(doc, body.height)
    return doc


def _keep_paragraphs_whole(doc: QTextDocument, height: float) -> None:
    """Start on the next page each paragraph that a page break would cut, and each short
    table with its heading. Qt draws a cut paragraph's last line above the page too
    (clipped: invisible, but in the PDF's text layer, where a search or a copy finds it on the
    wrong page); a short table cut leaves a row alone on a page. Moving them whole is what a
    typesetter would do anyway; a long table's heading row repeats on each page instead."""
    for _ in range(doc.blockCount()):
        doc.pageCount()  # lays the whole document out (a block not laid out has no lines)
        block = _cut_paragraph(doc, height) or _cut_short_table(doc, height)
        if block is None:
            return
        fmt = block.blockFormat()
        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        QTextCursor(block).setBlockFormat(fmt)


def _crosses(top: float, bottom: float, height: float) -> bool:
    return top // height != (bottom - 1) // height and bottom - top < height


def _cut_paragraph(doc: QTextDocument, height: float) -> QTextBlock | None:
    layout = doc.documentLayout()
    block = doc.begin()
    while block.isValid():
        lines = block.layout()
        if lines.lineCount() > 1 and QTextCursor(block).currentTable() is None:
            top = layout.blockBoundingRect(block).top()
            last = lines.lineAt(lines.lineCount() - 1)
            if _crosses(top + lines.lineAt(0).y(), top + last.y() + last.height(), height):
                return block
        block = block.next()
    return None


def _cut_short_table(doc: QTextDocument, height: float) -> QTextBlock | None:
    """The heading before the first table of a dozen rows or fewer that a page cuts."""
    auto = QTextFormat.PageBreakFlag.PageBreak_Auto
    for frame in doc.rootFrame().childFrames():
        if not isinstance(frame, QTextTable) or frame.rows() > _SHORT_TABLE:
            continue
        rect = doc.documentLayout().frameBoundingRect(frame)
        heading = doc.findBlock(frame.firstPosition() - 1)
        moved = heading.isValid() and heading.blockFormat().pageBreakPolicy() != auto
        if _crosses(rect.top(), rect.bottom(), height) and heading.isValid() and not moved:
            return heading
    return None
