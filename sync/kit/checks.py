"""The checks of ``imza verify-kit`` (``sync.kit.verify``), each trusting none of the kit's
files, only the signatures in them. Standard library and ``cryptography`` only: this is part
of the single file shipped inside every kit.

What holds when it passes: the log's head is signed by the receipt key; the log's leaves
are the ones under that head; every tablet's records link up from its start to the head the
tablet signed; every signer's names, settlement and method are what the tablet committed to
in its record, whose hash is a leaf of the log (with its inclusion proof); the kit lists
every signature the log counts and no other; recounting them by name and settlement gives
the head's count; the texts are the ones signed; and the PDF states the same numbers.
"""

import datetime as dt
import hashlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from kiosk.chain import KIND_SIGNATURE, commitment, commitment_of, genesis, head_message, unpack_raw
from kiosk.normalise import Headcount, identity
from sync.kit.kitfile import Kit, KitError, Record, Replay, replay
from sync.logformat import Head, record_leaf
from sync.merkle import leaf_hash, root, verify_inclusion

SHOWN = 20  # failures printed per check; the rest are counted


@dataclass
class Check:
    what: str
    failures: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass
class Report:
    checks: list[Check] = field(default_factory=list)

    def check(self, what: str) -> Check:
        self.checks.append(Check(what))
        return self.checks[-1]

    @property
    def passed(self) -> bool:
        return not any(c.failures for c in self.checks)

    def lines(self) -> list[str]:
        out = []
        for c in self.checks:
            out.append(f"{'FAILED' if c.failures else 'ok    '} {c.what}")
            out += [f"         {n}" for n in c.notes]
            out += [f"         - {f}" for f in c.failures[:SHOWN]]
            if len(c.failures) > SHOWN:
                out.append(f"         ... and {len(c.failures) - SHOWN} more")
        return out


def _tablet(device: str) -> str:
    """A tablet as people read it: the device number (``kiosk.device.device_number``)."""
    return f"{device[:4]} {device[4:8]} {device[8:12]}"


def _named(doc: dict[str, Any]) -> str:
    tablet = _tablet(str(doc.get("device")))
    return f"record {str(doc.get('record', '?'))[:12]} (tablet {tablet}, no. {doc.get('seq')})"


def when(ms: int) -> str:
    """A time in milliseconds as people read it; "?" for one no calendar holds."""
    try:
        return dt.datetime.fromtimestamp(ms / 1000, dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    except (ValueError, OverflowError, OSError):
        return "?"


def _number(value: object) -> int:
    """A whole number from a line, or -1 (which no record has) for anything else."""
    return value if isinstance(value, int) and not isinstance(value, bool) else -1


def _hex(doc: dict[str, Any], key: str, size: int | None = None) -> bytes:
    value = doc.get(key)
    raw = bytes.fromhex(value) if isinstance(value, str) else b""
    if not isinstance(value, str) or (size is not None and len(raw) != size):
        raise ValueError(f"its {key} is missing or not {size} bytes of hex")
    return raw


def _verifies(public: bytes, signature: bytes, message: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


def read_head(doc: Any) -> Head:
    try:
        return Head.from_json(doc)
    except ValueError:
        raise KitError("the head is not a signed tree head") from None


def signed_by(head: Head, public: bytes) -> bool:
    return _verifies(public, head.signature, head.message())


def check_head(report: Report, kit: Kit, head: Head, key: bytes, given: bool) -> Replay:
    c = report.check(
        f"the log's head of {when(head.at_ms)}: {head.size} leaves, count {head.count}, "
        "signed by the receipt key"
    )
    c.notes.append(
        f"receipt key {key.hex()}"
        + ("" if given else " (the kit's own: compare it with the campaign's)")
    )
    if not signed_by(head, key):
        c.failures.append("the head's signature does not verify with the receipt key")
    if head.slug != kit.manifest.get("campaign"):
        c.failures.append(
            f"the head is of campaign '{head.slug}', the kit of '{kit.manifest.get('campaign')}'"
        )
    c = report.check(f"the log: its {len(kit.leaves)} leaves hash to the head's root")
    if len(kit.leaves) != head.size:
        c.failures.append(f"the kit holds {len(kit.leaves)} leaves, the head {head.size}")
    elif root([leaf_hash(x) for x in kit.leaves]) != head.root:
        c.failures.append("the leaves do not hash to the head's root")
    state = replay(kit.leaves)
    c.failures += [f"leaf {i} is not a leaf of this log" for i in state.bad]
    return state


def check_devices(report: Report, kit: Kit, slug: str) -> dict[str, list[bytes]]:
    """Each tablet's chain from its start to the head it signed; its links by number."""
    chains: dict[str, list[bytes]] = {}
    total = sum(len(d["links"]) for d in kit.devices if isinstance(d.get("links"), list))
    c = report.check(
        f"{len(kit.devices)} tablets: {total} records link up to the heads the tablets signed"
    )
    for doc in kit.devices:
        device = str(doc.get("device"))
        try:
            public, head = _hex(doc, "public_key", 32), _hex(doc, "head", 32)
            signature = _hex(doc, "head_signature", 64)
            links = [bytes.fromhex(x) for x in doc.get("links") or []]
        except (ValueError, TypeError, AttributeError) as exc:
            c.failures.append(f"tablet {_tablet(device)}: {exc}")
            continue
        if hashlib.sha256(public).hexdigest() != device:
            c.failures.append(f"tablet {_tablet(device)}: its id is not its key's")
            continue
        prev = genesis(slug, public)
        for number, link in enumerate(links, 1):
            try:
                fields = unpack_raw(link)
            except ValueError:
                fields = None
            if fields is None or fields[1] != prev or fields[5] != number:
                c.failures.append(
                    f"tablet {_tablet(device)}: record {number} does not link to the one before"
                )
                break
            prev = hashlib.sha256(link).digest()
        seq = _number(doc.get("head_seq"))
        if prev != head or seq != len(links):
            c.failures.append(
                f"tablet {_tablet(device)}: its records do not end at the head it signed"
            )
        elif not _verifies(public, signature, head_message(slug, device, seq, head)):
            c.failures.append(f"tablet {_tablet(device)}: its head signature does not verify")
        chains[device] = links
    return chains


@dataclass(frozen=True)
class _Known:
    """What a signer's line is checked against."""

    kit: Kit
    head: Head
    state: Replay
    live: dict[Record, int]
    chains: dict[str, list[bytes]]
    texts: set[bytes]


def _check_one(doc: dict[str, Any], known: _Known) -> tuple[str | None, bool]:
    """(what is wrong with a signer's line, or None; whether its names could be checked)."""
    kit, head, state, live, chains = known.kit, known.head, known.state, known.live, known.chains
    try:
        device, seq = str(doc["device"]), int(doc["seq"])
        link, salt = _hex(doc, "link"), _hex(doc, "salt")
        record, text = _hex(doc, "record", 16), _hex(doc, "text_sha256", 32)
        fields = unpack_raw(link)
        proof = [bytes.fromhex(p) for p in doc["proof"]]
        index = int(doc["leaf"])
    except (KeyError, TypeError, ValueError, OverflowError) as exc:
        return f"its line is incomplete ({exc})", False
    if fields[2] != KIND_SIGNATURE or fields[5] != seq or fields[6] != record:
        return "its link is not the link of this signature", False
    if fields[8] != text or text not in known.texts:
        return "the text it was signed on is none of the kit's texts", False
    key = (device, seq, hashlib.sha256(link).digest())
    if key in state.accepted:  # a hold the lead accepted: not in the tablet's signed chain
        leaf_ok = index == live.get(key)
    else:
        chain = chains.get(device, [])
        if not 0 < seq <= len(chain) or chain[seq - 1] != link:
            return "its record is not in its tablet's signed chain", False
        leaf_ok = live.get(key) == index and kit.leaves[index] == record_leaf(device, seq, link)
    if not leaf_ok:
        return "the log does not count it at this head", False
    if not verify_inclusion(leaf_hash(kit.leaves[index]), index, head.size, proof, head.root):
        return "its inclusion proof does not lead to the head's root", False
    committed = commitment_of(link)
    if committed == bytes(32):
        return None, False  # chain version 1: signed before commitments
    names = (str(doc.get("given", "")), str(doc.get("surname", "")), str(doc.get("patronymic", "")))
    place = (str(doc.get("settlement", "")), str(doc.get("place", "")))
    mine = commitment(
        salt, record, names, place, str(doc.get("distinct", "")), str(doc.get("method", "")), text
    )
    if mine != committed:
        return "its names, settlement or method are not what the tablet committed to", False
    return None, True


def _key(doc: dict[str, Any]) -> Record:
    try:
        link_hash = hashlib.sha256(bytes.fromhex(str(doc.get("link")))).digest()
        return str(doc.get("device")), int(doc.get("seq") or 0), link_hash
    except (TypeError, ValueError, OverflowError):
        return str(doc.get("device")), -1, b""


def check_signers(
    report: Report, kit: Kit, head: Head, state: Replay, chains: dict[str, list[bytes]]
) -> None:
    digests = {name: hashlib.sha256(t).digest() for name, t in kit.texts.items()}
    texts = set(digests.values())
    c = report.check(
        f"{len(kit.signers)} signatures: each its tablet's record, in the log, proof and all"
    )
    on = Counter(str(doc.get("text_sha256")) for doc in kit.signers)
    for name, digest in sorted(digests.items()):
        if on[digest.hex()]:
            c.notes.append(f"texts/{name}: {on[digest.hex()]} signed it")
        else:
            c.failures.append(f"texts/{name}: no signature in the kit was signed on it")
    unchecked = 0
    seen: set[Record] = set()
    live = state.live()
    known = _Known(kit, head, state, live, chains, texts)
    for doc in kit.signers:
        wrong, committed = _check_one(doc, known)
        key = _key(doc)
        if key in seen:
            wrong = "it is in the kit twice"
        seen.add(key)
        if wrong:
            c.failures.append(f"{_named(doc)}: {wrong}")
        unchecked += not committed and not wrong
    if unchecked:
        c.notes.append(
            f"{unchecked} signed before commitments (chain version 1): names not checkable"
        )
    for device, seq, link_hash in sorted(set(live) - seen):
        c.failures.append(
            f"record no. {seq} of tablet {_tablet(device)} counts in the log (leaf "
            f"{live[device, seq, link_hash]}), but the kit does not have it"
        )


def recount(
    signers: Iterable[dict[str, Any]], places: dict[str, str]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(the signers who count, the duplicates), judged as the server counts: a person is
    name and settlement; what told namesakes apart proves two people on one tablet only."""

    def created(doc: dict[str, Any]) -> int:
        try:
            return int(unpack_raw(bytes.fromhex(doc["link"]))[7])
        except (KeyError, TypeError, ValueError):
            return 0

    ordered = sorted(
        signers, key=lambda d: (created(d), str(d.get("device")), _number(d.get("seq")))
    )
    headcount = Headcount()
    kept: list[dict[str, Any]] = []
    dropped: list[dict[str, Any]] = []
    for doc in ordered:
        place = places.get(str(doc.get("place") or ""), str(doc.get("settlement", "")))
        ident = identity(
            str(doc.get("given", "")),
            str(doc.get("surname", "")),
            place,
            str(doc.get("distinct", "")),
        )
        (kept if headcount.adds(ident, str(doc.get("device"))) else dropped).append(doc)
    return kept, dropped


def check_count(
    report: Report, kit: Kit, head: Head
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    kept, dropped = recount(kit.signers, kit.places)
    c = report.check(
        f"the count: {len(kept)} people and {len(dropped)} duplicate"
        f"{'' if len(dropped) == 1 else 's'} of one of them; no identity twice"
    )
    if len(kept) != head.count:
        c.failures.append(f"the kit's signatures count {len(kept)} people, the head {head.count}")
    for doc in kept:
        if doc.get("listed") is not True:
            c.failures.append(f"{_named(doc)}: counts as a person, but the kit does not list it")
    for doc in dropped:
        if doc.get("listed") is not False:
            c.failures.append(
                f"{_named(doc)}: listed, but someone listed before has its name and settlement"
            )
    return kept, dropped
