"""``imza verify-kit KIT.zip``, and ``python verify_kit.py KIT.zip`` with the single file
shipped inside every kit (``sync.kit.single`` writes it from this module and the ones it
uses): standard library and ``cryptography`` only.

Plain output: each check with what it covered, then each failure by record; exit 0 when
everything holds, 1 when anything failed, 2 when the kit cannot be read at all.
``--receipt-key HEX`` checks the head against the key the campaign publishes rather than
the kit's own copy; ``--earlier-head FILE`` (a head saved earlier, as ``/log/head`` serves
it) checks that the log then is the start of the log now: nothing was taken out or changed.
"""

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

from sync.kit.checks import (
    Report,
    check_count,
    check_devices,
    check_head,
    check_signers,
    read_head,
    signed_by,
)
from sync.kit.kitfile import Kit, KitError, read_kit
from sync.kit.pdftext import read_pdf
from sync.logformat import Head
from sync.merkle import leaf_hash, root

# The figures a kit's PDF states and where the verifier finds what they must equal.
PDF_FIGURES = (
    "unique",
    "duplicates_removed",
    "withdrawn",
    "excluded",
    "drawn",
    "typed",
    "assisted",
)
OMITTED_AT_ZERO = ("excluded",)  # the PDF has no row for a tablet revoked when none was


def _stated(text: str, label: str) -> list[int]:
    """Every number the PDF's text gives right after ``label`` (a colon between or not)."""
    pattern = re.escape(label) + r"\s*:?\s*(\d+)"
    return [int(n) for n in re.findall(pattern, text)]


def check_pdf(report: Report, kit: Kit, figures: dict[str, int]) -> None:
    c = report.check("the PDF states the log's figures")
    if kit.pdf is None:
        c.failures.append("the kit has no petition.pdf")
        return
    pdf = kit.manifest.get("pdf")
    labels = pdf.get("labels") if isinstance(pdf, dict) else None
    labels = labels if isinstance(labels, dict) else {}
    try:
        reading = read_pdf(kit.pdf)
    except Exception as exc:  # a PDF is anybody's file: whatever it does, it is a failure
        c.failures.append(f"petition.pdf cannot be read ({type(exc).__name__})")
        return
    if reading.unlike_qt:
        changed = ", ".join(reading.unlike_qt)
        c.failures.append(f"petition.pdf was changed after Imza wrote it: {changed}")
    text = " ".join(reading.pages)
    if not text:
        c.failures.append("no text could be read from petition.pdf")
        return
    for key in PDF_FIGURES:
        label = str(labels.get(key) or "")
        stated = _stated(text, label) if label else []
        if not stated and key in OMITTED_AT_ZERO and figures[key] == 0:
            continue
        if not stated:
            c.failures.append(f"the PDF does not state '{label or key}'")
        elif any(n != figures[key] for n in stated):
            shown = ", ".join(str(n) for n in stated)
            c.failures.append(f"the PDF states '{label}' {shown}, the log {figures[key]}")
    named = {"unique": "people", "excluded": "left out, tablet revoked"}
    c.notes.append(
        ", ".join(f"{named.get(k, k.replace('_', ' '))} {figures[k]}" for k in PDF_FIGURES)
    )


def check_earlier(report: Report, kit: Kit, head: Head, key: bytes, path: Path) -> None:
    c = report.check(f"the earlier head in {path.name} is the start of this log")
    try:
        earlier = read_head(json.loads(path.read_text()))
    except (OSError, ValueError, KitError) as exc:
        c.failures.append(f"{path} is not a signed head: {exc}")
        return
    if earlier.slug != head.slug:
        c.failures.append(f"the earlier head is of campaign '{earlier.slug}'")
    elif not signed_by(earlier, key):
        c.failures.append("the earlier head's signature does not verify with the receipt key")
    elif earlier.size > head.size:
        c.failures.append(f"the earlier head has {earlier.size} leaves, more than this one")
    elif root([leaf_hash(x) for x in kit.leaves[: earlier.size]]) != earlier.root:
        c.failures.append(f"the log's first {earlier.size} leaves are not the earlier head's")
    else:
        c.notes.append(f"{earlier.size} leaves, count {earlier.count} then; {head.size} now")


def verify(path: Path, receipt_key: bytes | None = None, earlier: Path | None = None) -> Report:
    """Every check of the kit at ``path``; KitError if it cannot be read at all."""
    kit = read_kit(path)
    head = read_head(kit.head)
    try:
        key = receipt_key or bytes.fromhex(str(kit.manifest.get("receipt_public_key")))
    except ValueError:
        raise KitError("kit.json has no receipt_public_key") from None
    report = Report()
    state = check_head(report, kit, head, key, receipt_key is not None)
    chains = check_devices(report, kit, head.slug)
    check_signers(report, kit, head, state, chains)
    kept, dropped = check_count(report, kit, head)
    methods = Counter(str(d.get("method")) for d in kept)
    outcomes = state.outcomes()  # as the export marks them
    figures = {
        "unique": head.count,
        "duplicates_removed": len(dropped),
        "withdrawn": outcomes["withdrawn"],
        "excluded": outcomes["revoked"],
        **{m: methods[m] for m in ("drawn", "typed", "assisted")},
    }
    check_pdf(report, kit, figures)
    if earlier is not None:
        check_earlier(report, kit, head, key, earlier)
    return report


def run(path: Path, receipt_key: str | None, earlier: Path | None) -> int:
    try:
        key = bytes.fromhex(receipt_key) if receipt_key else None
    except ValueError:
        print("--receipt-key is 64 hex digits", file=sys.stderr)
        return 2
    try:
        report = verify(path, key, earlier)
    except KitError as exc:
        print(f"cannot check {path}: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # a kit is anybody's file: never a traceback for what it holds
        print(
            f"cannot check {path}: it is malformed ({type(exc).__name__}: {exc})", file=sys.stderr
        )
        return 2
    print(f"checking {path}")
    for line in report.lines():
        print(line)
    print("the kit holds" if report.passed else "FAILED: the kit does not hold")
    return 0 if report.passed else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="verify_kit.py", description="Check a petition kit made by imza export --format kit"
    )
    parser.add_argument("kit", type=Path, help="the kit, a .zip file")
    parser.add_argument("--receipt-key", help="the campaign's published receipt key (hex)")
    parser.add_argument("--earlier-head", type=Path, help="a head saved earlier (JSON)")
    args = parser.parse_args(argv)
    return run(args.kit, args.receipt_key, args.earlier_head)


if __name__ == "__main__":
    sys.exit(main())
