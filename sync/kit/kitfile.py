"""What a recipient's kit holds, and reading it back: the members of the zip, the log's
leaves, and what counts at the signed head, replayed from the leaves alone.

Standard library only (``zipfile``, ``json``), so it ships inside the kit's single-file
verifier (``sync.kit.single``) as well as serving ``imza verify-kit`` and the export that
writes the kit (``sync.kit.build``).
"""

import json
import struct
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sync.logformat import read_leaf

KIT_FORMAT = "imza-kit-1"
MANIFEST = "kit.json"
HEAD = "head.json"
LOG = "log.bin"
SIGNERS = "signers.jsonl"
DEVICES = "devices.jsonl"
PLACES = "places.json"
TEXTS = "texts/"
PDF = "petition.pdf"
VERIFIER = "verify_kit.py"
README = "README.txt"
Numbered = tuple[str, int]  # (device id, seq)
Record = tuple[str, int, bytes]  # (device id, seq, SHA-256 of the link)


class KitError(Exception):
    """The kit cannot be read at all; the message says what is wrong with it."""


def pack_leaves(leaves: list[bytes]) -> bytes:
    """The log's leaves, each after its length (4 bytes, big-endian)."""
    return b"".join(struct.pack(">I", len(leaf)) + leaf for leaf in leaves)


def unpack_leaves(data: bytes) -> list[bytes]:
    out: list[bytes] = []
    at = 0
    while at < len(data):
        if at + 4 > len(data):
            raise KitError(f"{LOG} ends inside a leaf's length")
        (size,) = struct.unpack_from(">I", data, at)
        if at + 4 + size > len(data):
            raise KitError(f"{LOG} ends inside leaf {len(out)}")
        out.append(data[at + 4 : at + 4 + size])
        at += 4 + size
    return out


@dataclass
class Kit:
    manifest: dict[str, Any]
    head: dict[str, Any]
    leaves: list[bytes]
    signers: list[dict[str, Any]]
    devices: list[dict[str, Any]]
    texts: dict[str, bytes]
    places: dict[str, str]
    pdf: bytes | None


def _json_lines(data: bytes, name: str) -> list[dict[str, Any]]:
    out = []
    try:
        text = data.decode()
    except UnicodeDecodeError:
        raise KitError(f"{name} is not UTF-8 text") from None
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip():
            try:
                doc = json.loads(line)
            except ValueError:
                raise KitError(f"{name} line {number} is not JSON") from None
            if not isinstance(doc, dict):
                raise KitError(f"{name} line {number} is not a JSON object")
            out.append(doc)
    return out


def read_kit(path: Path) -> Kit:
    """Every member a verifier reads; KitError naming what is missing or unreadable."""
    try:
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        raise KitError(f"{path} is not a kit (a zip file): {exc}") from None
    with archive:
        listed = archive.namelist()
        names = set(listed)
        if len(names) != len(listed):  # which of two copies shows depends on the tool
            raise KitError("the kit holds a file twice under one name")

        def member(name: str) -> bytes:
            if name not in names:
                raise KitError(f"the kit has no {name}")
            try:
                return archive.read(name)
            except (zipfile.BadZipFile, RuntimeError, NotImplementedError, OSError) as exc:
                raise KitError(f"{name} cannot be read from the kit: {exc}") from None

        def one_json(name: str) -> Any:
            try:
                return json.loads(member(name))
            except ValueError:
                raise KitError(f"{name} is not JSON") from None

        manifest = one_json(MANIFEST)
        if not isinstance(manifest, dict) or manifest.get("format") != KIT_FORMAT:
            raise KitError(f"{MANIFEST} does not say format {KIT_FORMAT}")
        head = one_json(HEAD)
        places = one_json(PLACES)
        if not isinstance(head, dict) or not isinstance(places, dict):
            raise KitError(f"{HEAD} and {PLACES} are JSON objects")
        texts = {
            name[len(TEXTS) :]: member(name)
            for name in sorted(names)
            if name.startswith(TEXTS) and not name.endswith("/")
        }
        return Kit(
            manifest,
            head,
            unpack_leaves(member(LOG)),
            _json_lines(member(SIGNERS), SIGNERS),
            _json_lines(member(DEVICES), DEVICES),
            texts,
            {str(k): str(v) for k, v in places.items()},
            member(PDF) if PDF in names else None,
        )


@dataclass
class Replay:
    """What counts after a run of leaves, as the server's counter decided it: a record
    counted from its batch (``R``) or accepted by the lead from a hold, less whatever a
    later event took out. A withdrawal is final; a revocation lasts until restored. A
    record is its tablet, its number and its link's hash: a held record can share its
    tablet and number with a stored one (a fork), never its link."""

    stored: dict[Numbered, tuple[int, bytes]] = field(default_factory=dict)  # R: index, hash
    accepted: dict[Record, int] = field(default_factory=dict)  # held ones, by their event
    withdrawn: set[Numbered] = field(default_factory=set)
    withdrawn_held: set[Record] = field(default_factory=set)  # accepted, then withdrawn
    revoked_held: dict[Record, int] = field(default_factory=dict)  # accepted, tablet revoked
    revoked: set[Numbered] = field(default_factory=set)
    unreadable: set[Numbered] = field(default_factory=set)
    bad: list[int] = field(default_factory=list)  # leaves that are not leaves of this log

    def outcome(self, record: Numbered) -> str | None:
        """Why a stored record does not count: "unreadable" (it never could), "withdrawn",
        "revoked"; None: it counts."""
        for why, named in (
            ("unreadable", self.unreadable),
            ("withdrawn", self.withdrawn),
            ("revoked", self.revoked),
        ):
            if record in named:
                return why
        return None

    def held(self) -> set[Record]:
        """Every record the lead accepted from a hold, whether it counts now or not."""
        return self.accepted.keys() | self.withdrawn_held | self.revoked_held.keys()

    def held_outcome(self, record: Record) -> str | None:
        """Why a record accepted from a hold does not count now: "withdrawn" (for good),
        "revoked" (until that is taken back); None: it counts."""
        if record in self.withdrawn_held:
            return "withdrawn"
        return "revoked" if record in self.revoked_held else None

    def outcomes(self) -> Counter[str | None]:
        """How many records, stored or accepted from a hold, each ``outcome`` has."""
        stored = Counter(self.outcome(record) for record in self.stored)
        return stored + Counter(self.held_outcome(record) for record in self.held())

    def live(self) -> dict[Record, int]:
        """Every record that counts, with the index of the leaf that put it in."""
        out = {
            (d, s, h): i for (d, s), (i, h) in self.stored.items() if self.outcome((d, s)) is None
        }
        return out | self.accepted


def _held_event(state: Replay, kind: str, record: Record) -> None:
    """A record accepted from a hold taken out (withdrawn: for good; its tablet revoked: until
    that is taken back), or brought back."""
    if kind == "restored":
        if (index := state.revoked_held.pop(record, None)) is not None:
            state.accepted[record] = index
        return
    index = state.accepted.pop(record, None)
    if kind == "revoked":
        if index is not None:
            state.revoked_held[record] = index
    elif index is not None or state.revoked_held.pop(record, None) is not None:
        state.withdrawn_held.add(record)


def replay(leaves: list[bytes]) -> Replay:
    state = Replay()
    for index, body in enumerate(leaves):
        try:
            kind, named, link_hash = read_leaf(body)
        except (ValueError, RecursionError):  # RecursionError: CBOR nested past reason
            state.bad.append(index)
            continue
        for record in named:
            if kind == "record":
                state.stored[record] = (index, link_hash)
            elif kind == "accepted":
                state.accepted[(*record, link_hash)] = index
            elif kind in ("rejected", "reopened", "settled"):  # held, or decided, uncounted
                state.accepted.pop((*record, link_hash), None)
            elif link_hash and kind in ("withdrawn", "revoked", "restored"):
                _held_event(state, kind, (*record, link_hash))
            elif kind == "restored":
                state.revoked.discard(record)
            else:
                {"withdrawn": state.withdrawn, "revoked": state.revoked,
                 "unreadable": state.unreadable}[kind].add(record)  # fmt: skip
    return state
