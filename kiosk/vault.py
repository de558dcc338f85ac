"""The submit path: validate, seal twice, chain, and store in one durable transaction.

``Vault.submit`` is the only way a signature enters a store: the screens, ``imza simulate``
and the benchmarks all call it.
"""

import hashlib
import hmac
import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import insert, select

from kiosk import chain, datadir, receipt, sealing
from kiosk.campaign import Campaign
from kiosk.device import Device, load_or_create
from kiosk.models import Meta, Record
from kiosk.normalise import identity
from kiosk.signature import SignatureForm, payload
from kiosk.validation import Problem, cleaned, validate

# The per-signature write runs on the DBAPI connection: SQLAlchemy's per-statement overhead
# was over half of the whole submit budget. The schema and every other query stay in SQLAlchemy.
_SEEN_HERE = (
    "SELECT 1 FROM records r WHERE r.local_tag = ? AND r.kind = 1 AND NOT EXISTS "
    "(SELECT 1 FROM records w WHERE w.kind = 2 AND w.target = r.record_id) LIMIT 1"
)
_HEAD = "SELECT value FROM meta WHERE key = 'head'"
_INSERT_RECORD = (
    "INSERT INTO records (seq, record_id, kind, created_ms, suite, text_hash, withdrawal_hash,"
    " target, sealed, identity, link, chain_hash, head_sig, synthetic, acked, local_tag)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)"
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

    @classmethod
    def open(cls, path: Path, create: bool = True) -> "Vault":
        return cls(datadir.open_dir(path, create))

    def close(self) -> None:
        self._raw.close()
        self.engine.dispose()

    def _setup_device(self) -> bytes:
        with self.engine.begin() as conn:
            rows = dict(conn.execute(select(Meta.key, Meta.value)).all())
            pinned = rows.get("device_public")
            if pinned is not None and pinned != self.device.public:
                raise VaultError("device.key does not belong to this store (restored or copied?)")
            fresh = {"device_public": self.device.public, "dup_key": os.urandom(32)}
            for key, value in fresh.items():
                if key not in rows:
                    conn.execute(insert(Meta).values(key=key, value=value))
                    rows[key] = value
        return rows["dup_key"]

    def local_tag(self, base_identity: bytes) -> int:
        """16 bits of a keyed hash of name and settlement: enough to ask, too few to identify."""
        return int.from_bytes(hmac.digest(self._dup_key, base_identity, "sha256")[:2], "big")

    def _seen_here(self, tag: int) -> bool:
        return self._db.execute(_SEEN_HERE, (tag,)).fetchone() is not None

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
        base = identity(form.given_name, form.surname, form.settlement)
        tag = self.local_tag(base)
        extra = form.disambiguator() if not_the_same else ""
        if not_the_same and not extra:
            return Invalid([Problem("patronymic", "required")])
        if not not_the_same and self._seen_here(tag):
            return MaybeDuplicate()
        record_id = os.urandom(16)
        code = receipt.new_code()
        sealed = self._personal.seal(
            payload(form, self._text_hash[form.locale]),
            sealing.seal_info(
                self.suite, self.campaign.slug, self.device.id, record_id, "signature"
            ),
        )
        ident = self._identity.seal(
            identity(form.given_name, form.surname, form.settlement, extra) if extra else base,
            sealing.seal_info(
                self.suite, self.campaign.slug, self.device.id, record_id, "identity"
            ),
        )
        seq = self._append(
            chain.KIND_SIGNATURE,
            record_id,
            self._text_hash[form.locale],
            receipt.code_hash(self.campaign.slug, code),
            chain.ZERO16,
            sealed,
            ident,
            synthetic,
            tag,
        )
        return Stored(seq, record_id, code)

    def withdraw(self, code_text: str) -> Withdrawn:
        """Append a withdrawal for a receipt code; the signature it names stays in the chain."""
        code = receipt.parse(code_text)
        if code is None:
            raise VaultError(
                "that is not a receipt code (12 letters and digits, like 7KQ2 M9XD 4HTB)"
            )
        code_hash = receipt.code_hash(self.campaign.slug, code)
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(Record.kind, Record.record_id).where(Record.withdrawal_hash == code_hash)
            ).all()
        if any(kind == chain.KIND_WITHDRAWAL for kind, _ in rows):
            raise VaultError("that signature is already withdrawn")
        target = next((rid for kind, rid in rows if kind == chain.KIND_SIGNATURE), chain.ZERO16)
        seq = self._append(
            chain.KIND_WITHDRAWAL,
            os.urandom(16),
            chain.ZERO32,
            code_hash,
            target,
            None,
            None,
            False,
            None,
        )
        return Withdrawn(seq, target != chain.ZERO16)

    def _append(
        self,
        kind: int,
        record_id: bytes,
        text_hash: bytes,
        withdrawal_hash: bytes,
        target: bytes,
        sealed: bytes | None,
        ident: bytes | None,
        synthetic: bool,
        tag: int | None,
    ) -> int:
        """Chain and insert one record under the write lock; returns its sequence number."""
        created_ms = time.time_ns() // 1_000_000
        db = self._db
        db.execute("BEGIN IMMEDIATE")  # seq is ours until commit
        try:
            row = db.execute(_HEAD).fetchone()
            last, head = chain.unpack_head(row[0] if row else None)
            seq, prev = last + 1, head or self._genesis
            link = chain.Link(
                prev,
                kind,
                seq,
                record_id,
                created_ms,
                text_hash,
                withdrawal_hash,
                target,
                chain.digest(sealed),
                chain.digest(ident),
            ).pack()
            head_hash = hashlib.sha256(link).digest()
            sig = self.device.sign(
                chain.head_message(self.campaign.slug, self.device.id, seq, head_hash)
            )
            db.execute(
                _INSERT_RECORD,
                (
                    seq,
                    record_id,
                    kind,
                    created_ms,
                    self._suite_id,
                    text_hash,
                    withdrawal_hash,
                    target,
                    sealed,
                    ident,
                    link,
                    head_hash,
                    sig,
                    synthetic,
                    tag,
                ),
            )
            db.execute(_UPSERT_META, ("head", chain.pack_head(seq, head_hash)))
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        return seq
