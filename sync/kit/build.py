"""``imza export --format kit``: the recipient's kit, made on the export computer from the
server's database and the campaign key (``kiosk.export_run`` calls ``make``).

The kit is of the log's newest signed head: the records that count at that head (replayed
from its leaves, as the verifier replays them), opened and de-duplicated as every export
is, so the delivery PDF inside states the head's count. With them: each record's link and
inclusion proof, the duplicates (so the verifier can recount), every leaf, every tablet's
links and signed head, the texts signed, the receipt key and the verifier, one file.
"""

import hashlib
import json
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import cbor2
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import Connection, select

from kiosk import chain, sealing
from kiosk.export import ExportError, SealedRow, Signer, Summary, open_signers
from kiosk.export_output import staged
from kiosk.export_sources import Gathered
from kiosk.places import canonical_settlement
from sync import merkle
from sync.kit import kitfile, single, verify
from sync.kit.checks import when
from sync.kit.verify import PDF_FIGURES
from sync.server import ledger, treeheads
from sync.server.export import open_database
from sync.server.models import Campaign, Device, Quarantined, Record
from sync.server.treeheads import Head

WritePdf = Callable[[Path, list[Signer], Summary], None]
Key = kitfile.Record  # (device, seq, SHA-256 of the link)
_MEMBERS = (
    (kitfile.PDF, "kit.pdf"),
    (kitfile.SIGNERS, "kit.signers"),
    (f"{kitfile.HEAD}, {kitfile.LOG}", "kit.log"),
    (kitfile.DEVICES, "kit.devices"),
    (kitfile.TEXTS, "kit.texts"),
    (kitfile.VERIFIER, "kit.verifier"),
)


def readme(words: dict[str, str], title: str, head: Head, name: str, key: bytes) -> str:
    """The kit's README.txt in one language: what each file is and how to check it."""

    def fill(text: str, *values: object) -> str:
        for i, value in enumerate(values, 1):
            text = text.replace(f"%{i}", str(value))
        return text

    rows = {
        "kit.pdf": fill(words["kit.pdf"], head.count),
        "kit.log": fill(words["kit.log"], when(head.at_ms), head.size),
    }
    listing = "\n".join(f"  {f:<20} {rows.get(k) or words[k]}" for f, k in _MEMBERS)
    return (
        f"{fill(words['kit.title'], title)}\n\n{words['kit.intro']}\n\n{listing}\n\n"
        f"{words['kit.how']}\n\n    python3 {kitfile.VERIFIER} {name}\n\n"
        f"{words['kit.key']}\n\n    {key.hex()}\n"
    )


@dataclass(frozen=True)
class Logged:
    head: Head
    leaves: list[bytes]
    state: kitfile.Replay
    links: dict[Key, tuple[bytes, bytes]]  # record -> (record id, link), held ones too
    live: dict[Key, int]  # what counts at the head -> the leaf that put it in
    devices: list[dict[str, object]]
    receipt_key: bytes
    after: int  # entries the log gained after the head: not in this kit


def _read_log(conn: Connection, slug: str, head: Head) -> Logged:
    camp_id, private, size = conn.execute(
        select(Campaign.id, Campaign.receipt_private, Campaign.log_size).where(
            Campaign.slug == slug
        )
    ).one()
    receipt = Ed25519PrivateKey.from_private_bytes(private).public_key().public_bytes_raw()
    leaves = ledger.leaves(conn, camp_id, head.size)
    # The tablets' heads first, then their records up to those heads: a batch stored in
    # between adds records past a head, which are left for the next kit.
    rows = conn.execute(
        select(Device.id, Device.label, Device.public_key, Device.head_seq, Device.head,
               Device.head_sig).where(Device.campaign_id == camp_id, Device.head.is_not(None))
    ).all()  # fmt: skip
    reached = {row[0]: row[3] for row in rows}
    links: dict[Key, tuple[bytes, bytes]] = {}
    chains: dict[str, list[str]] = {}
    for device, seq, rid, link in conn.execute(
        select(Record.device_id, Record.seq, Record.record_id, Record.link)
        .where(Record.campaign_id == camp_id)
        .order_by(Record.device_id, Record.seq)
    ):
        links[device, seq, hashlib.sha256(link).digest()] = (bytes(rid), bytes(link))
        if seq <= reached.get(device, 0):
            chains.setdefault(device, []).append(bytes(link).hex())
    devices = [
        {"device": d, "label": label, "public_key": bytes(public).hex(), "head_seq": seq,
         "head": bytes(head_hash or b"").hex(), "head_signature": bytes(sig or b"").hex(),
         "links": chains.get(d, [])}
        for d, label, public, seq, head_hash, sig in rows
    ]  # fmt: skip
    held = conn.execute(
        select(
            Quarantined.device_id, Quarantined.seq, Quarantined.record_digest, Quarantined.body
        ).where(
            Quarantined.device_id.in_(
                select(Device.id).where(Device.campaign_id == camp_id).scalar_subquery()
            ),
            Quarantined.state == "accepted",
        )
    )
    for device, seq, digest, body in held:
        doc = cbor2.loads(body)
        links[device, seq, bytes(digest)] = (doc["record_id"], doc["link"])
    state = kitfile.replay(leaves)
    return Logged(head, leaves, state, links, state.live(), devices, receipt, size - head.size)


def _at_head(rows: list[SealedRow], logged: Logged) -> list[SealedRow]:
    """The signatures the head holds, marked as its leaves left them, oldest first."""
    state = logged.state
    held = state.held()
    by_id = {
        rid: key
        for key, (rid, _link) in logged.links.items()
        if key in held or state.stored.get(key[:2], (0, b""))[1] == key[2]
    }
    out = []
    for row in rows:
        key = by_id.get(row.record_id)
        if row.kind != chain.KIND_SIGNATURE or key is None:
            continue
        why = state.held_outcome(key) if key in held else state.outcome(key[:2])
        if why == "unreadable":  # never counted: neither a signer nor a figure
            continue
        out.append(replace(row, withdrawn=why == "withdrawn", excluded=why == "revoked"))
    return sorted(out, key=lambda r: (r.created_ms, r.device, by_id[r.record_id][1]))


def _lines(signers: list[tuple[Signer, bool]], logged: Logged) -> str:
    """One JSON line per signer (listed, or a duplicate): what the verifier checks, its
    inclusion proof and all."""
    key_of = {rid.hex(): key for key, (rid, _link) in logged.links.items()}
    proofs = merkle.from_leaves([merkle.leaf_hash(x) for x in logged.leaves])
    out = []
    for s, listed in signers:
        key = key_of[s.record]
        index = logged.live[key]
        doc = {
            "record": s.record, "device": s.device, "seq": key[1], "given": s.given_name,
            "surname": s.surname, "patronymic": s.patronymic, "settlement": s.settlement,
            "place": s.place, "distinct": s.distinct, "method": s.method,
            "text_sha256": s.text_sha256.hex(), "salt": s.salt.hex(),
            "link": logged.links[key][1].hex(), "leaf": index,
            "proof": [p.hex() for p in merkle.inclusion_path(index, logged.head.size, proofs)],
            "listed": listed,
        }  # fmt: skip
        out.append(json.dumps(doc, ensure_ascii=False) + "\n")
    return "".join(out)


@dataclass(frozen=True)
class Made:
    summary: Summary
    head: Head
    lines: tuple[str, ...]  # for the export's report


def make(
    database: str,
    gathered: Gathered,
    pair: sealing.KeyPair,
    out: Path,
    words: dict[str, str],
    language: str,
    write_pdf: WritePdf,
    also: tuple[dict[str, str], ...] = (),
) -> Made:
    """Write the kit of the newest signed head to ``out`` (whole or not at all); its
    README.txt in ``language`` and in the languages of ``also`` (English, for observers)."""
    campaign = gathered.campaign
    engine = open_database(database)
    try:
        head = treeheads.latest_head(engine, campaign.slug)
        if head is None:
            raise ExportError(
                "the log has no signed head yet: `imza server log verify` on the server "
                "counts what waits and signs one"
            )
        with engine.connect() as conn:
            logged = _read_log(conn, campaign.slug, head)
    finally:
        engine.dispose()
    summary = Summary(held_aside=gathered.held_aside)
    duplicates: list[Signer] = []
    opener = sealing.Opener(pair.suite, pair.private_raw)
    rows = _at_head(gathered.rows, logged)
    read = {row.record_id for row in rows}
    missing = sum(logged.links.get(key, (b"", b""))[0] not in read for key in logged.live)
    if missing:
        raise ExportError(
            f"{missing} records the log counts are not among the records read (they arrived "
            "while the kit was being made?): make it again"
        )
    signers = open_signers(rows, campaign.slug, opener, summary, None, (), duplicates)
    everyone = signers + duplicates
    texts = {campaign.text(locale).sha256: locale for locale in campaign.locales}
    signed_on = {s.text_sha256 for s in everyone}
    unknown = signed_on - set(texts)
    if unknown:
        raise ExportError(
            f"{len(unknown)} text versions signed are not in the campaign file (an earlier "
            "version of the petition?): the kit cannot show what those signers read"
        )
    if summary.unique != head.count:
        raise ExportError(
            f"the log's head counts {head.count}, its records open to {summary.unique} "
            "people: the kit would not verify, so none was written"
        )
    title = campaign.text(language).title
    places = {s.place: canonical_settlement(s.settlement, s.place) for s in everyone}
    places.pop("", None)
    manifest = {
        "format": kitfile.KIT_FORMAT,
        "campaign": campaign.slug,
        "title": title,
        "language": language,
        "receipt_public_key": logged.receipt_key.hex(),
        "pdf": {"file": kitfile.PDF, "labels": {k: words[f"count.{k}"] for k in PDF_FIGURES}},
        "counts": summary.counts(),
    }
    text = "\n\n".join(readme(w, title, head, out.name, logged.receipt_key) for w in (words, *also))
    with tempfile.TemporaryDirectory() as tmp, staged(out) as staging:
        pdf = Path(tmp) / kitfile.PDF
        write_pdf(pdf, signers, summary)
        with zipfile.ZipFile(staging, "w", zipfile.ZIP_DEFLATED) as kit:
            kit.writestr(kitfile.README, text)
            kit.writestr(kitfile.MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
            kit.writestr(kitfile.HEAD, json.dumps(head.as_json(), indent=1))
            kit.writestr(kitfile.LOG, kitfile.pack_leaves(logged.leaves))
            listing = [(s, True) for s in signers] + [(s, False) for s in duplicates]
            kit.writestr(kitfile.SIGNERS, _lines(listing, logged))
            kit.writestr(kitfile.DEVICES, "".join(json.dumps(d) + "\n" for d in logged.devices))
            kit.writestr(kitfile.PLACES, json.dumps(places, ensure_ascii=False, indent=1))
            for digest in sorted(signed_on):
                locale = texts[digest]  # only texts someone signed: the verifier asks that
                kit.writestr(f"{kitfile.TEXTS}{locale}.txt", campaign.text(locale).shown)
            kit.write(pdf, kitfile.PDF)
            kit.writestr(kitfile.VERIFIER, single.source())
        report = verify.verify(staging)  # never hand over a kit that does not hold
        if not report.passed:
            failed = [f for c in report.checks for f in c.failures]
            raise ExportError(
                f"the kit would not verify ({'; '.join(failed[:3])}): none was written"
            )
    lines = [
        f"the kit is of the log's head of {when(head.at_ms)}: {head.size} entries, count "
        f"{head.count}; every signer with an inclusion proof, verify_kit.py inside"
    ]
    if logged.after:
        lines.append(
            f"the log has {logged.after} entries after that head, not in this kit: "
            "`imza server log verify` signs a head of the log as it stands"
        )
    return Made(summary, head, tuple(lines))
