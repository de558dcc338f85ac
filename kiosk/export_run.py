"""``imza export`` from end to end: gather the sources, open them with the campaign key, write.

The server database and hand-over readers live in ``sync.server.export``, the XLSX and PDF
words and the PDF drawing in ``ui``: the core reaches both through importlib, only when asked
for them (a CSV export needs neither the sync nor Qt).
"""

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk import sealing
from kiosk.campaign import Campaign
from kiosk.export import ExportError, Signer, Summary, open_signers
from kiosk.export_csv import write_csv
from kiosk.export_near import near_duplicates
from kiosk.export_sources import Gathered, Source, from_data_dir, merge
from kiosk.export_xlsx import write_xlsx
from kiosk.progress import ProgressBar

FORMATS = ("csv", "xlsx", "pdf", "kit")
KeyFor = Callable[[list[Source]], sealing.KeyPair]


@dataclass(frozen=True)
class Made:
    summary: Summary
    language: str
    near_groups: int | None = None  # XLSX: groups of possible duplicates flagged
    lines: tuple[str, ...] = ()  # what else the report says (a kit: the head it is of)


def _server_reader() -> Any:
    return importlib.import_module("sync.server.export")


def gather(
    data_dirs: list[Path],
    from_files: list[Path],
    database: str | None,
    campaign_file: Campaign | None,
    key_for: KeyFor,
) -> tuple[Gathered, sealing.KeyPair]:
    """Every source read (each missing or damaged one refused before the key is asked for),
    the key unwrapped, and the campaign's records merged; refuses a key of another campaign."""
    sources = [from_data_dir(path) for path in data_dirs]
    reader = _server_reader() if from_files or database else None
    if reader is not None:
        sources += [reader.handover_source(path) for path in from_files]
    if reader is None or database is None:
        pair = key_for(sources)
    else:
        engine = reader.open_database(database)
        try:
            pair = key_for(sources)
            sources.append(reader.database_source(engine, pair.fingerprint))
        finally:
            engine.dispose()
    gathered = merge(sources, campaign_file)
    keys = gathered.campaign.keys
    if keys is not None and keys.campaign_fingerprint != pair.fingerprint:
        raise ExportError(
            f"this is not the key of campaign '{gathered.campaign.slug}' (fingerprints differ)"
        )
    return gathered, pair


def make(
    gathered: Gathered,
    pair: sealing.KeyPair,
    fmt: str,
    out: Path,
    language: str | None,
    raw: bool = False,
    database: str | None = None,
) -> Made:
    """Open every record and write ``out`` in ``fmt``; nothing is written if any fails.
    ``raw``: a CSV for programs (``kiosk.export_csv``). A kit is of the log in
    ``database`` (``sync.kit.build``)."""
    if fmt == "kit":
        return _kit(gathered, pair, out, language or gathered.campaign.locales[0], database)
    if fmt not in FORMATS:
        raise ExportError(f"format {fmt!r} is not available (choose: {', '.join(FORMATS)})")
    if raw and fmt != "csv":
        raise ExportError("--raw is for the CSV only (--format csv)")
    campaign = gathered.campaign
    summary = Summary(held_aside=gathered.held_aside)
    opener = sealing.Opener(pair.suite, pair.private_raw)
    bar = ProgressBar(0, "opening signatures")
    try:
        signers = open_signers(
            gathered.rows, campaign.slug, opener, summary, bar, gathered.withdrawals
        )
    finally:
        bar.finish()
    lang = language or campaign.locales[0]
    if fmt == "csv":
        write_csv(out, signers, raw)
        return Made(summary, lang)
    words: dict[str, str] = importlib.import_module("ui.export_text").texts(lang)
    if fmt == "xlsx":
        groups = near_duplicates(signers)
        bar = ProgressBar(0, "writing XLSX")
        try:
            write_xlsx(out, signers, summary, groups, words, bar)
        finally:
            bar.finish()
        return Made(summary, lang, len(groups))
    pdf = importlib.import_module("ui.delivery.pdf")
    bar = ProgressBar(0, "writing PDF")
    try:
        pdf.write_pdf(out, campaign, lang, signers, summary, gathered.labels, words, bar)
    finally:
        bar.finish()
    return Made(summary, lang)


def _kit(
    gathered: Gathered, pair: sealing.KeyPair, out: Path, lang: str, database: str | None
) -> Made:
    if database is None:
        raise ExportError(
            "a kit is made from the server database, which holds the signed log: give "
            "--database URL"
        )
    export_text = importlib.import_module("ui.export_text")
    words: dict[str, str] = export_text.texts(lang)
    pdf = importlib.import_module("ui.delivery.pdf")

    def write_pdf(path: Path, signers: list[Signer], summary: Summary) -> None:
        bar = ProgressBar(0, "writing PDF")
        try:
            pdf.write_pdf(
                path, gathered.campaign, lang, signers, summary, gathered.labels, words, bar
            )
        finally:
            bar.finish()

    build = importlib.import_module("sync.kit.build")
    english = () if lang == "en" else (export_text.texts("en"),)
    made = build.make(database, gathered, pair, out, words, lang, write_pdf, english)
    return Made(made.summary, lang, lines=made.lines)
