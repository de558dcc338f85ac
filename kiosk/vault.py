"""The submit path: validate, seal twice, chain, and store in one durable transaction.

``Vault.submit`` is the only way a signature enters a store: the screens, ``imza simulate``
and the benchmarks all call it.
"""

import hashlib
import hmac
import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import select

from kiosk import chain, datadir, power, receipt, sealing
from kiosk import day as days
from kiosk import wipe as wiping
from kiosk.campaign import Campaign
from kiosk.device import Device, load_or_create
from kiosk.models import METHOD_CODES, Meta
from kiosk.normalise import identity
from kiosk.places import canonical_settlement
from kiosk.signature import SignatureForm, payload
from kiosk.status import Status, status
from kiosk.store import begin_write, put_meta
from kiosk.validation import Problem, cleaned, validate
from kiosk.wipe import Wiped

# The per-signature write runs on the DBAPI connection: SQLAlchemy's per-statement overhead
# was over half of the whole submit budget. The schema and every other query stay in SQLAlchemy.
_SEEN_HERE = (
    "SELECT 1 FROM records r WHERE r.local_tag = ? AND r.kind = 1 AND NOT EXISTS "
    "(SELECT 1 FROM records w WHERE w.kind = 2 AND w.target = r.record_id) LIMIT 1"
)
_HEAD = "SELECT value FROM meta WHERE key = 'head'"
_ANY_RECORD = "SELECT 1 FROM records LIMIT 1"
_NEWEST = "SELECT created_ms FROM records ORDER BY seq DESC LIMIT 1"
_BY_CODE = "SELECT kind, record_id FROM records WHERE withdrawal_hash = ?"
_INSERT_RECORD = (
    "INSERT INTO records (seq, record_id, kind, created_ms, suite, text_hash, withdrawal_hash,"
    " target, sealed, identity, link, chain_hash, head_sig, synthetic, local_tag, method)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_UPSERT_META = (
    "INSERT INTO meta (key, value) VALUES (?, ?)"
    " ON CONFLICT (key) DO UPDATE SET value = excluded.value"
)


@dataclass(frozen=True)
class Stored:
    seq: int
    record_id: bytes
    receipt_code: str


@dataclass(frozen=True)
class MaybeDuplicate:
    """Someone with this name from this settlement already signed here: ask, do not refuse."""


@dataclass(frozen=True)
class Invalid:
    problems: list[Problem]


@dataclass(frozen=True)
class Withdrawn:
    seq: int
    found_here: bool


class VaultError(Exception):
    """A request the store refuses; the message says why in one line."""


class Vault:
    """One data dir's store, opened for signing."""

    def __init__(self, opened: datadir.Opened) -> None:
        self.path: Path = opened.path
        self.campaign: Campaign = opened.campaign
        self.demo = opened.demo
        self.engine = opened.engine
        self.device: Device = load_or_create(self.path)
        keys = self.campaign.keys
        assert keys is not None
        self.suite = keys.suite
        self._suite_id = sealing.SUITE_IDS[keys.suite]
        self._personal = sealing.Sealer(keys.suite, keys.campaign_public)
        self._identity = sealing.Sealer(keys.suite, keys.count_public)
        self._genesis = chain.genesis(self.campaign.slug, self.device.public)
        self._text_hash = {lc: t.sha256 for lc, t in self.campaign.texts.items()}
        self._dup_key = self._setup_device()
        self._raw = self.engine.raw_connection()
        self._db: sqlite3.Connection = self._raw.driver_connection  # type: ignore[assignment]
        self.day = days.load(self.engine)  # site and volunteer, sealed with each signature
        newest = self._db.execute(_NEWEST).fetchone()
        self._newest_ms: int | None = newest[0] if newest else self._wiped_newest()

    @classmethod
    def open(cls, path: Path, create: bool = True) -> "Vault":
        opened = datadir.open_dir(path, create)
        try:
            return cls(opened)
        except BaseException:
            opened.engine.dispose()  # a refused open leaves no WAL or SHM behind
            raise

    def close(self) -> None:
        self._raw.close()
        self.engine.dispose()

    def _setup_device(self) -> bytes:
        with begin_write(self.engine) as conn:
            rows = dict(conn.execute(select(Meta.key, Meta.value)).all())
            pinned = rows.get("device_public")
            if pinned is not None and pinned != self.device.public:
                raise VaultError("device.key does not belong to this store (restored or copied?)")
            fresh = {"device_public": self.device.public, "dup_key": os.urandom(32)}
            for key, value in fresh.items():
                if key not in rows:
                    put_meta(conn, key, value)
                    rows[key] = value
        return rows["dup_key"]

    def _wiped_newest(self) -> int | None:
        with self.engine.connect() as conn:
            meta = dict(conn.execute(select(Meta.key, Meta.value)).all())
        return wiping.totals(meta).newest_ms

    def wipe(self) -> Wiped:
        """Erase everything the server has acknowledged (day's end); ``WipeRefused``, and
        nothing changes, while any record is unacknowledged or there is nothing to wipe."""
        key = os.urandom(32)
        done = wiping.erase(self.engine, self._genesis, key)
        self._dup_key = key  # the old tags are gone with their rows; new ones start afresh
        return replace(done, scrubbed=wiping.scrub(self.engine))

    def local_tag(self, base_identity: bytes) -> int:
        """16 bits of a keyed hash of name and settlement: enough to ask, too few to identify."""
        return int.from_bytes(hmac.digest(self._dup_key, base_identity, "sha256")[:2], "big")

    def _seen_here(self, tag: int) -> bool:
        return self._db.execute(_SEEN_HERE, (tag,)).fetchone() is not None

    def status(self) -> Status:
        """This tablet's numbers (total, today, unsent, acknowledged, head)."""
        return status(self.engine, self.device.id, self.demo, self.campaign.slug)

    @property
    def genesis(self) -> bytes:
        """The chain hash before this device's first record."""
        return self._genesis

    def clock_warning(self) -> str | None:
        """Why this tablet's clock cannot be right (sealed into each record), or None."""
        return power.clock_problem(time.time_ns() // 1_000_000, self._newest_ms)

    def seen_before(self, form: SignatureForm) -> bool:
        """Whether to ask "is that you?" before the signer goes on (submit asks again)."""
        return self._seen_here(self.local_tag(_identity(cleaned(form))))

    def submit(
        self, form: SignatureForm, *, not_the_same: bool = False, synthetic: bool = False
    ) -> Stored | MaybeDuplicate | Invalid:
        """Store one signature, or say why not. ``not_the_same``: the signer answered "No, that
        is not me" to the duplicate question, and the patronymic or birth year tells them apart."""
        if synthetic and self.campaign.production:
            raise VaultError("a production campaign refuses synthetic signatures")
        problems = validate(form, self.campaign.locales, self.campaign.minimum_age)
        if problems:
            return Invalid(problems)
        form = cleaned(form)
        base = _identity(form)
        tag = self.local_tag(base)
        extra = form.disambiguator() if not_the_same else ""
        if not_the_same and not extra:
            return Invalid([Problem("patronymic", "required")])
        if not not_the_same and self._seen_here(tag):
            return MaybeDuplicate()
        record_id = os.urandom(16)
        code = receipt.new_code()
        salt = os.urandom(16)  # sealed with the record: the commitment opens with it only
        sealed = self._personal.seal(
            payload(
                form,
                self._text_hash[form.locale],
                {
                    "distinct": extra,
                    "clock": self.clock_warning() or "",
                    "site": self.day.site,
                    "day_volunteer": self.day.volunteer,
                    "salt": salt,
                },
            ),
            sealing.seal_info(
                self.suite, self.campaign.slug, self.device.id, record_id, "signature"
            ),
        )
        ident = self._identity.seal(
            sealing.identity_plaintext(_identity(form, extra) if extra else base),
            sealing.seal_info(
                self.suite, self.campaign.slug, self.device.id, record_id, "identity"
            ),
        )
        entry = Entry(
            chain.KIND_SIGNATURE,
            record_id,
            self._text_hash[form.locale],
            receipt.code_hash(self.campaign.slug, code),
            chain.ZERO16,
            sealed,
            ident,
            synthetic,
            tag,
            METHOD_CODES[form.method],
            chain.commitment(
                salt,
                record_id,
                (form.given_name, form.surname, form.patronymic),
                (form.settlement, form.place_id),
                extra,
                form.method,
                self._text_hash[form.locale],
            ),
        )
        with self._write() as db:
            seq = self._append(db, entry)
        return Stored(seq, record_id, code)

    def withdraw(self, code_text: str) -> Withdrawn:
        """Append a withdrawal for a receipt code; the signature it names stays in the chain."""
        code = receipt.parse(code_text)
        if code is None:
            raise VaultError(
                "that is not a receipt code (12 letters and digits, like 7KQ2 M9XD 4HTB)"
            )
        code_hash = receipt.code_hash(self.campaign.slug, code)
        with self._write() as db:  # checked under the write lock: two withdrawals cannot race
            rows = db.execute(_BY_CODE, (code_hash,)).fetchall()
            if any(kind == chain.KIND_WITHDRAWAL for kind, _ in rows):
                raise VaultError("that signature is already withdrawn")
            target = next((rid for kind, rid in rows if kind == chain.KIND_SIGNATURE), chain.ZERO16)
            entry = Entry(
                chain.KIND_WITHDRAWAL,
                os.urandom(16),
                chain.ZERO32,
                code_hash,
                target,
                None,
                None,
                False,
                None,
                None,
            )
            seq = self._append(db, entry)
        return Withdrawn(seq, target != chain.ZERO16)

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction under the write lock (BEGIN IMMEDIATE); commits on success."""
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def _append(self, db: sqlite3.Connection, e: "Entry") -> int:
        """Chain and insert one record inside ``_write``; returns its sequence number."""
        row = db.execute(_HEAD).fetchone()
        last, head = chain.unpack_head(row[0] if row else None)
        if head is None and db.execute(_ANY_RECORD).fetchone():
            raise VaultError("the store has records but no chain head: run `imza verify`")
        seq, prev = last + 1, head or self._genesis
        created_ms = time.time_ns() // 1_000_000
        flags = chain.FLAG_SYNTHETIC if e.synthetic else 0
        link = chain.Link(
            prev,
            e.kind,
            self._suite_id,
            flags,
            seq,
            e.record_id,
            created_ms,
            e.text_hash,
            e.withdrawal_hash,
            e.target,
            chain.digest(e.sealed),
            chain.digest(e.ident),
            e.commitment,
        ).pack()
        head_hash = hashlib.sha256(link).digest()
        sig = self.device.sign(
            chain.head_message(self.campaign.slug, self.device.id, seq, head_hash)
        )
        db.execute(
            _INSERT_RECORD,
            (
                seq,
                e.record_id,
                e.kind,
                created_ms,
                self._suite_id,
                e.text_hash,
                e.withdrawal_hash,
                e.target,
                e.sealed,
                e.ident,
                link,
                head_hash,
                sig,
                e.synthetic,
                e.tag,
                e.method,
            ),
        )
        db.execute(_UPSERT_META, ("head", chain.pack_head(seq, head_hash)))
        self._newest_ms = created_ms
        return seq


@dataclass(frozen=True)
class Entry:
    """What a new chain record holds besides what the chain itself adds."""

    kind: int
    record_id: bytes
    text_hash: bytes
    withdrawal_hash: bytes
    target: bytes
    sealed: bytes | None
    ident: bytes | None
    synthetic: bool
    tag: int | None
    method: int | None  # METHOD_CODES; None for a withdrawal
    commitment: bytes = chain.ZERO32  # a signature's salted hash of what was given


def _identity(form: SignatureForm, extra: str = "") -> bytes:
    """Name and settlement as duplicates are judged: a picked place by its one Latin name,
    so Ağdam picked in Cyrillic and Ağdam typed in Latin are the same place."""
    place = canonical_settlement(form.settlement, form.place_id)
    return identity(form.given_name, form.surname, place, extra)
