"""The words of the exports (XLSX headings and sheet names, the delivery PDF's labels) in the
campaign's language, context ``Export``.

The core's writers take these as plain strings (``kiosk`` has no Qt); ``imza export`` reaches
this module through importlib. Each call is written out so that lupdate finds every string.
"""

import os
import sys

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from ui.i18n import BY_CODE, catalogue

_app: QCoreApplication | None = None


def application() -> QCoreApplication:
    """The running Qt application, or a new one that needs no screen (the export computer
    may have none; fonts and PDF pages work offscreen). A QApplication, not only a
    QGuiApplication: whatever runs later in the same process may show widgets."""
    global _app
    found = QCoreApplication.instance()
    if found is not None:
        return found
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QApplication(sys.argv[:1] or ["imza"])
    return _app


def texts(language: str) -> dict[str, str]:
    """Every export text in ``language`` (one of the kiosk's four), by key."""
    if language not in BY_CODE:
        raise ValueError(f"no such language: {language}")
    app = application()
    translator = QTranslator()
    installed = translator.load(catalogue(language)) and app.installTranslator(translator)
    try:
        return (
            _sheets() | _columns() | _counts() | _near() | _pdf() | _cover() | _languages() | _kit()
        )
    finally:
        if installed:
            app.removeTranslator(translator)


def _sheets() -> dict[str, str]:
    # Excel allows 31 characters in a sheet name.
    return {
        "sheet.signers": QCoreApplication.translate("Export", "Signers"),
        "sheet.totals": QCoreApplication.translate("Export", "Totals by settlement"),
        "sheet.near": QCoreApplication.translate("Export", "Possible duplicates"),
        "signers": QCoreApplication.translate("Export", "Signers"),
        "total": QCoreApplication.translate("Export", "Total"),
        "method.drawn": QCoreApplication.translate("Export", "drawn"),
        "method.typed": QCoreApplication.translate("Export", "typed"),
        "method.assisted": QCoreApplication.translate("Export", "assisted"),
        "reason.hands": QCoreApplication.translate("Export", "hands are not steady"),
        "reason.sight": QCoreApplication.translate("Export", "cannot see well"),
        "reason.writing": QCoreApplication.translate("Export", "cannot write"),
        "reason.other": QCoreApplication.translate("Export", "another reason"),
        "value.synthetic": QCoreApplication.translate("Export", "synthetic (test)"),
    }


def _columns() -> dict[str, str]:
    return {
        "col.surname": QCoreApplication.translate("Export", "Surname"),
        "col.given_name": QCoreApplication.translate("Export", "Given name"),
        "col.patronymic": QCoreApplication.translate("Export", "Patronymic"),
        "col.settlement": QCoreApplication.translate("Export", "Settlement"),
        "col.method": QCoreApplication.translate("Export", "How signed"),
        "col.volunteer": QCoreApplication.translate("Export", "Volunteer who assisted"),
        "col.assist_reason": QCoreApplication.translate("Export", "Why assisted"),
        "col.typed_name": QCoreApplication.translate("Export", "Typed name"),
        "col.phone": QCoreApplication.translate("Export", "Phone"),
        "col.email": QCoreApplication.translate("Export", "Email"),
        "col.locale": QCoreApplication.translate("Export", "Language"),
        "col.signed_at": QCoreApplication.translate("Export", "Signed at"),
        "col.device": QCoreApplication.translate("Export", "Tablet"),
        "col.record": QCoreApplication.translate("Export", "Record"),
        "col.synthetic": QCoreApplication.translate("Export", "Test data"),
        "col.clock_warning": QCoreApplication.translate("Export", "Clock warning"),
        "col.site": QCoreApplication.translate("Export", "Place of signing"),
        "col.day_volunteer": QCoreApplication.translate("Export", "Volunteer on duty"),
        "col.group": QCoreApplication.translate("Export", "Group"),
        "col.why": QCoreApplication.translate("Export", "Why flagged"),
    }


def _counts() -> dict[str, str]:
    return {
        "count.unique": QCoreApplication.translate(
            "Export", "People who signed, each counted once"
        ),
        "count.duplicates_removed": QCoreApplication.translate("Export", "Duplicates removed"),
        "count.withdrawn": QCoreApplication.translate("Export", "Withdrawn by their signers"),
        "count.excluded": QCoreApplication.translate("Export", "Left out: tablet revoked"),
        "count.drawn": QCoreApplication.translate("Export", "Signed by drawing"),
        "count.typed": QCoreApplication.translate("Export", "Signed with a typed name"),
        "count.assisted": QCoreApplication.translate("Export", "Signed with a volunteer's help"),
        "count.held_aside": QCoreApplication.translate(
            "Export", "Held aside at the server, not counted"
        ),
    }


def _near() -> dict[str, str]:
    return {
        "near.title": QCoreApplication.translate(
            "Export", "Possible duplicates, for a person to judge: nothing here was removed."
        ),
        "near.rule.sound": QCoreApplication.translate(
            "Export",
            "Flagged: names that sound alike once Russian and Azerbaijani spellings are "
            "folded together (Мамедов / Məmmədov), in the same settlement (Ağdam / Агдам).",
        ),
        "near.rule.letter": QCoreApplication.translate(
            "Export", "Flagged: names one letter apart in the same settlement."
        ),
        "near.note": QCoreApplication.translate(
            "Export",
            "Exact duplicates (the same name and settlement) were removed already and are "
            "not listed.",
        ),
        "near.sound": QCoreApplication.translate("Export", "sound alike"),
        "near.letter": QCoreApplication.translate("Export", "one letter apart"),
        "near.none": QCoreApplication.translate("Export", "No possible duplicates found."),
    }


def _pdf() -> dict[str, str]:
    return {
        "pdf.petition": QCoreApplication.translate("Export", "Petition"),
        "pdf.to": QCoreApplication.translate("Export", "Addressed to"),
        "pdf.request": QCoreApplication.translate("Export", "The request"),
        "pdf.organisers": QCoreApplication.translate("Export", "Organisers"),
        "pdf.text_in": QCoreApplication.translate("Export", "Text in %1"),
        "pdf.hash": QCoreApplication.translate(
            "Export", "SHA-256 of the text shown, its consent wording included"
        ),
        "pdf.facts": QCoreApplication.translate("Export", "Facts as of"),
        "pdf.signed_here": QCoreApplication.translate("Export", "Signers who read this text"),
        "pdf.unknown_text": QCoreApplication.translate(
            "Export", "A text that is not in this campaign file"
        ),
        "pdf.collection": QCoreApplication.translate("Export", "How the signatures were collected"),
        "pdf.collection_text": QCoreApplication.translate(
            "Export",
            "Tablets used: %1. Signatures collected from %2 to %3. Each signature was sealed "
            "on the tablet the moment it was given and opened only on the offline export "
            "computer. Each person is counted once, however many times they signed.",
        ),
        "pdf.first": QCoreApplication.translate("Export", "First signature"),
        "pdf.last": QCoreApplication.translate("Export", "Last signature"),
        "pdf.clock_note": QCoreApplication.translate(
            "Export",
            "Signatures given on a tablet whose clock was wrong (their dates are the tablet's): %1",
        ),
        "pdf.counts": QCoreApplication.translate("Export", "The count"),
        "pdf.settlements": QCoreApplication.translate("Export", "Signers by settlement"),
        "pdf.no": QCoreApplication.translate("Export", "No."),
        "pdf.name": QCoreApplication.translate("Export", "Name"),
        "pdf.date": QCoreApplication.translate("Export", "Date"),
        "pdf.signature": QCoreApplication.translate("Export", "Signature"),
        "pdf.assisted_by": QCoreApplication.translate("Export", "assisted by %1"),
        "pdf.page": QCoreApplication.translate("Export", "page %1 of %2"),
        "pdf.test_data": QCoreApplication.translate(
            "Export", "TEST DATA: this file holds simulated signatures. Not for delivery."
        ),
    }


def _cover() -> dict[str, str]:
    return {
        "cover.statement": QCoreApplication.translate(
            "Export",
            "%1 people signed this petition on %2 tablets between %3 and %4. Each person is "
            "counted once, whatever the script their name was written in; a second signature "
            "of the same person and signatures withdrawn by their signers are not counted.",
        ),
        "cover.delivered_on": QCoreApplication.translate("Export", "Date of delivery"),
        "cover.delivered_at": QCoreApplication.translate("Export", "Place of delivery"),
        "cover.signed_for": QCoreApplication.translate("Export", "Signed for the organisers"),
    }


def _languages() -> dict[str, str]:
    """The kiosk's languages named in the edition's language (not each in its own)."""
    return {
        "lang.az-Latn": QCoreApplication.translate("Export", "Azerbaijani (Latin script)"),
        "lang.az-Cyrl": QCoreApplication.translate("Export", "Azerbaijani (Cyrillic script)"),
        "lang.ru": QCoreApplication.translate("Export", "Russian"),
        "lang.en": QCoreApplication.translate("Export", "English"),
    }


def _kit() -> dict[str, str]:
    """The README.txt of a recipient's kit (``sync.kit.build``)."""
    return {
        "kit.title": QCoreApplication.translate("Export", "Verification kit of the petition “%1”"),
        "kit.intro": QCoreApplication.translate(
            "Export",
            "With it anyone can check the petition's signatures and their count without "
            "trusting whoever hands it over.",
        ),
        "kit.pdf": QCoreApplication.translate("Export", "the petition as delivered: %1 signed"),
        "kit.signers": QCoreApplication.translate(
            "Export", "every signature the count rests on, and what proves it"
        ),
        "kit.log": QCoreApplication.translate(
            "Export", "the signature log and its head, signed on %1: %2 entries"
        ),
        "kit.devices": QCoreApplication.translate(
            "Export", "each tablet's key and its signed records"
        ),
        "kit.texts": QCoreApplication.translate(
            "Export", "the petition texts the signers were shown"
        ),
        "kit.verifier": QCoreApplication.translate("Export", "the program that checks all of it"),
        "kit.how": QCoreApplication.translate(
            "Export",
            "To check the kit, run the program with Python 3.11 or later and its package "
            "“cryptography”:",
        ),
        "kit.key": QCoreApplication.translate(
            "Export",
            "It names the key the log is signed with. Compare it with the key the campaign "
            "publishes:",
        ),
    }
