"""``imza export --format pdf``: the document delivered with the petition.

A4, offscreen: the cover (recipient, organisers by name, the request), each language version
of the petition that was signed with its hash and date of facts, how the signatures were
collected, the count (the same figures as the CSV and the server), totals per settlement,
then every signer. Every page says "page N of M". The file appears complete or not at all.
"""

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QTextDocument

from kiosk.campaign import Campaign
from kiosk.export import ExportError, Signer, Summary
from kiosk.export_output import staged
from kiosk.normalise import az_order
from kiosk.places import settlement_key
from ui.delivery.front import front_document, front_html
from ui.delivery.layout import Body, footer, new_writer, test_mark
from ui.delivery.signers import SignerPages
from ui.export_text import application

Progress = Callable[[int, int], None]


def list_order(s: Signer) -> tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...], int]:
    """The list reads by settlement (one place together in any script), then surname and
    given name, in Azerbaijani alphabetical order, as a recipient looks a name up."""
    place = settlement_key(s.settlement, s.place)[1]
    return (az_order(place), az_order(s.surname), az_order(s.given_name), s.signed_ms)


def _front_page(painter: QPainter, doc: QTextDocument, page: int) -> None:
    """Page ``page`` of the flowing front matter (laid out so that no paragraph is cut by a
    page: ``front._keep_paragraphs_whole``)."""
    body = Body()
    painter.save()
    painter.translate(body.left, body.top - page * body.height)
    view = QRectF(0, page * body.height, body.width, body.height)
    painter.setClipRect(view)
    doc.drawContents(painter, view)
    painter.restore()


def write_pdf(
    path: Path,
    campaign: Campaign,
    language: str,
    signers: Sequence[Signer],
    summary: Summary,
    labels: Mapping[str, str],
    texts: Mapping[str, str],
    progress: Progress | None = None,
) -> None:
    application()
    listed = sorted(signers, key=list_order)
    rehearsal = any(s.synthetic for s in listed)
    text = campaign.text(language)
    with staged(path) as tmp:
        writer = new_writer(tmp, text.title)
        doc = front_document(writer, front_html(campaign, language, listed, summary, labels, texts))
        front = doc.pageCount()
        to = f"{texts['pdf.to']}: {text.recipient}"
        pages = SignerPages(writer, text.title, to, texts, listed)
        total = front + pages.pages()
        painter = QPainter()
        if not painter.begin(writer):
            raise ExportError(f"cannot write {path}")
        try:
            for page in range(total):
                if page:
                    writer.newPage()
                if page < front:
                    _front_page(painter, doc, page)
                else:
                    pages.draw(painter, page - front)
                footer(painter, texts["pdf.page"].replace("%1", str(page + 1)).replace(
                    "%2", str(total)))  # fmt: skip
                if rehearsal:
                    test_mark(painter, texts["pdf.test_data"])
                if progress:
                    progress(page + 1, total)
        finally:
            painter.end()
        del writer  # closes the file before it is renamed into place
