"""The kit verifier's parts that stand alone: the small CBOR the log and the commitment use
(byte for byte what cbor2 writes), the log's leaves read back, what counts replayed from
leaves alone, the single file refusing a name two modules define, and a Qt PDF's words."""

import ast
import hashlib
import random
import sys

import cbor2
import pytest
from PySide6.QtGui import QPainter, QPdfWriter, QTextDocument

from kiosk.smallcbor import cbor_dumps, cbor_loads
from sync import logformat
from sync.kit import kitfile, pdftext, single
from ui.export_text import application

A, B = "aa" * 32, "bb" * 32


def _item(rng: random.Random, depth: int = 0) -> object:
    pick = rng.randrange(4 if depth < 3 else 3)
    if pick == 0:
        return rng.choice([0, 23, 24, 255, 256, 65535, 65536, 2**32 - 1, 2**32, 2**63])
    if pick == 1:
        return rng.randbytes(rng.choice([0, 1, 23, 24, 300]))
    if pick == 2:
        return "".join(rng.choice("aƏəЖ✓ ") for _ in range(rng.choice([0, 5, 30])))
    return [_item(rng, depth + 1) for _ in range(rng.randrange(5))]


def test_small_cbor_writes_what_cbor2_writes_and_reads_it_back() -> None:
    rng = random.Random(19)
    for _ in range(500):
        item = _item(rng)
        assert cbor_dumps(item) == cbor2.dumps(item)  # type: ignore[arg-type]
        assert cbor_loads(cbor2.dumps(item)) == item
    for bad in (cbor2.dumps({"a": 1}), cbor2.dumps(-1), cbor2.dumps(1) + b"\x00", b"\x5a\x00"):
        with pytest.raises(ValueError, match="CBOR"):
            cbor_loads(bad)


def test_leaves_read_back_and_a_held_records_decision_names_its_link() -> None:
    assert logformat.read_leaf(logformat.record_leaf(A, 7, b"link")) == (
        "record", [(A, 7)], hashlib.sha256(b"link").digest()
    )  # fmt: skip
    assert logformat.read_leaf(logformat.event_leaf("withdrawn", [(B, 2), (A, 1)])) == (
        "withdrawn", [(A, 1), (B, 2)], b""
    )  # fmt: skip
    held = logformat.event_leaf("accepted", [(A, 5)], b"\x01" * 32)
    assert logformat.read_leaf(held) == ("accepted", [(A, 5)], b"\x01" * 32)
    for bad in (b"", b"R" + bytes(10), b"E" + cbor2.dumps(["nonsense", []]), b"E\xff"):
        with pytest.raises(ValueError, match=r"CBOR|not a leaf"):
            logformat.read_leaf(bad)


def test_what_counts_is_replayed_from_the_leaves_alone() -> None:
    fork = b"\x02" * 32
    leaves = [
        logformat.event_leaf("withdrawn", [(A, 3)]),  # a code that came before its signature
        logformat.record_leaf(A, 1, b"1"),
        logformat.record_leaf(A, 2, b"2"),
        logformat.record_leaf(A, 3, b"3"),
        logformat.record_leaf(B, 1, b"b1"),
        logformat.event_leaf("revoked", [(A, 2), (B, 1)]),
        logformat.event_leaf("restored", [(A, 2), (B, 1)]),
        logformat.event_leaf("revoked", [(B, 1)]),
        logformat.event_leaf("accepted", [(A, 2)], fork),  # a fork: number 2 again
        logformat.event_leaf("accepted", [(A, 4)], b"\x03" * 32),
        logformat.event_leaf("rejected", [(A, 4)], b"\x03" * 32),
        logformat.event_leaf("settled", [(A, 5)], b"\x04" * 32),  # accepted, counts nobody
        logformat.record_leaf(B, 2, b"b2"),  # past a cut-off and unreadable: both logged,
        logformat.event_leaf("revoked", [(B, 2)]),
        logformat.event_leaf("unreadable", [(B, 2)]),
        logformat.event_leaf("restored", [(B, 2)]),  # so taking the revocation back
        b"junk",  # does not count it
    ]
    state = kitfile.replay(leaves)
    live = state.live()
    sha = hashlib.sha256
    assert live == {(A, 1, sha(b"1").digest()): 1, (A, 2, sha(b"2").digest()): 2, (A, 2, fork): 8}
    assert state.bad == [16]


def test_the_single_file_imports_the_standard_library_and_cryptography_only() -> None:
    tree = ast.parse(single.source())
    imported = {
        (alias.name if isinstance(node, ast.Import) else node.module or "").split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in node.names
    }
    assert imported - set(sys.stdlib_module_names) == {"cryptography"}


def test_the_single_file_refuses_a_name_two_modules_define(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(single, "MODULES", ("sync.merkle", "sync.logformat", "sync.merkle"))
    with pytest.raises(ValueError, match="both define"):
        single.source()


def test_the_words_of_a_qt_pdf_are_read(tmp_path: object) -> None:
    application()
    path = f"{tmp_path}/words.pdf"
    writer = QPdfWriter(path)
    doc = QTextDocument()
    doc.setHtml("<p>İmzalayanlar: 15023</p><table><tr><td>Ağdam</td><td>12</td></tr></table>")
    painter = QPainter(writer)
    doc.drawContents(painter)
    painter.end()
    del writer
    with open(path, "rb") as fh:
        reading = pdftext.read_pdf(fh.read())
    (page,) = reading.pages
    assert reading.unlike_qt == []  # as Qt wrote it
    assert "İmzalayanlar: 15023" in page
    assert "Ağdam 12" in page
