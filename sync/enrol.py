"""Enrolment on the tablet: a one-time code, the campaign file the server issues, and a check
that its key is the one the code names before the tablet pins it."""

import base64
import contextlib
import logging
import os
import shutil
import tempfile
import tomllib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from kiosk import campaign as campaigns
from kiosk import datadir, fsio
from kiosk.device import KEY_NAME, load_or_create
from kiosk.models import Meta, Record
from kiosk.sealing import group_fingerprint
from kiosk.store import DB_NAME, open_engine
from sync import enrolcode, link, lock
from sync.http import Http, SyncError, refusal

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Enrolment:
    device: str
    state: str
    campaign: str
    fingerprint: str
    confirmed: bool = True  # False: the server hears it at the tablet's first sync
    practice_erased: int = 0  # DEMO records that went with the practice store


def issued_campaign(text: str, prefix: str) -> campaigns.Campaign:
    """The server's campaign file, refused unless its key matches the code's prefix."""
    try:
        camp = campaigns.parse(tomllib.loads(text), "the server's campaign file")
    except (tomllib.TOMLDecodeError, campaigns.CampaignError) as exc:
        raise SyncError(f"the server sent an unusable campaign file: {exc}", "stop") from None
    assert camp.keys is not None
    if not camp.keys.campaign_fingerprint.startswith(prefix):
        raise SyncError(
            "the server's campaign key does not match the enrolment code "
            f"(its fingerprint is {group_fingerprint(camp.keys.campaign_fingerprint, 2)}); "
            "nothing was pinned",
            "stop",
        )
    if camp.keys.receipt_public is None:
        raise SyncError("the server's campaign file has no receipt key", "stop")
    return camp


@dataclass(frozen=True)
class _Tablet:
    """What the data dir holds before enrolment, as far as enrolling cares."""

    set_up: bool
    keep: dict[str, bytes]  # PINs, settings and day, kept when the store is replaced
    in_place: bool  # it holds real signatures: enrol it as it is, the store stays
    practice: int = 0  # DEMO records the new store leaves behind


def _look(path: Path, prefix: str) -> _Tablet:
    """Every refusal the tablet can tell before asking the server."""
    datadir.check_usable(path)
    if not datadir.is_set_up(path):
        return _Tablet(False, {}, False)
    opened = datadir.open_dir(path, create=False)
    try:
        if link.load(opened.engine) is not None:
            raise SyncError("this tablet is enrolled already", "fix")
        keys = opened.campaign.keys
        if not opened.demo and keys and not keys.campaign_fingerprint.startswith(prefix):
            raise SyncError("this tablet is pinned to another campaign key than the code's", "stop")
        with opened.engine.connect() as conn:
            held = conn.scalar(select(func.count()).select_from(Record)) or 0
            keep = conn.execute(
                select(Meta.key, Meta.value).where(Meta.key.in_(_TABLET_META))
            ).all()
    finally:
        opened.engine.dispose()
    # Practice signatures never count and the DEMO key sealing them is public: they go.
    return _Tablet(
        True, {k: v for k, v in keep}, bool(held) and not opened.demo, held if opened.demo else 0
    )


def _existing(path: Path) -> Path:
    """``path`` or its nearest folder that exists: where the staging folder goes."""
    while not path.exists():
        path = path.parent
    return path


def _install(staging: Path, path: Path) -> None:
    """Move a whole staged tablet into ``path``: the key first, the store (which makes a data
    dir "set up") last, replacing a practice or never-used store."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.rename(staging, path)
        fsio.fsync_dir(path.parent)
        return
    for name in _REPLACED:
        (path / name).unlink(missing_ok=True)
    shutil.rmtree(path / datadir.DEMO_DIR, ignore_errors=True)
    for name in (KEY_NAME, datadir.CAMPAIGN_NAME, DB_NAME):
        os.replace(staging / name, path / name)
    fsio.fsync_dir(path)


def _claim(http: Http, code: enrolcode.Code, public: bytes, label: str) -> dict[str, str]:
    body = {"code": code.text, "device_public": base64.b64encode(public).decode(), "label": label}
    reply = http.call("POST", "/v1/enrol", json=body)
    if reply.status_code != 200:
        raise refusal(reply)
    doc: dict[str, str] = reply.json()
    return doc


def _pin(path: Path, issued: str, server: str, token: str, ca: str | None, state: str,
         keep: dict[str, bytes]) -> None:  # fmt: skip
    with tempfile.TemporaryDirectory() as folder:
        staged = Path(folder) / "campaign.toml"
        staged.write_text(issued, encoding="utf-8")
        datadir.init(path, staged)  # a store in use must pin the same keys, or nothing changes
    engine = open_engine(path)
    try:
        datadir.meta_put(engine, keep)
        link.save(engine, link.Link(server, token, ca, state))
    finally:
        engine.dispose()


def _confirm(server: str, token: str, ca_bundle: str | None) -> str | None:
    """Tell the server the campaign is pinned; None if the word did not get through (the
    tablet's first sync confirms it then)."""
    try:
        reply = Http(server, token=token, ca_bundle=ca_bundle, attempts=3).call(
            "POST", "/v1/enrol/confirm"
        )
    except SyncError as exc:
        log.warning("enrolment not confirmed yet (%s); the first sync confirms it", exc)
        return None
    if reply.status_code != 200:
        log.warning("enrolment not confirmed (HTTP %s)", reply.status_code)
        return None
    state: str = reply.json()["state"]
    return state


def _enrol_locked(
    path: Path,
    server: str,
    code: enrolcode.Code,
    ca_bundle: str | None,
    label: str,
    tablet: _Tablet,
) -> tuple[dict[str, str], campaigns.Campaign]:
    """Claim the code and pin the campaign: in place, or staged and moved into place."""
    http = Http(server, ca_bundle=ca_bundle, attempts=3)
    if tablet.in_place:
        device = load_or_create(path)
        doc = _claim(http, code, device.public, label)
        camp = issued_campaign(doc["campaign"], code.prefix)
        _pin(path, doc["campaign"], server, doc["token"], ca_bundle, doc["state"], {})
    else:
        # Beside what it replaces, on the same disk; a crash leaves only this folder.
        inside = path.exists()
        staging = Path(
            tempfile.mkdtemp(
                prefix=".enrolling-" if inside else f".{path.name}.enrolling-",
                dir=path if inside else _existing(path.parent),
            )
        )
        try:
            device = load_or_create(staging)
            doc = _claim(http, code, device.public, label)
            camp = issued_campaign(doc["campaign"], code.prefix)
            _pin(staging, doc["campaign"], server, doc["token"], ca_bundle, doc["state"],
                 tablet.keep)  # fmt: skip
            _install(staging, path)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    return doc, camp


def enrol(
    path: Path, server: str, code_text: str, ca_bundle: str | None = None, label: str = ""
) -> Enrolment:
    """Enrol this tablet with a one-time code.

    A fresh data dir, a DEMO one (its practice signatures are erased) or one set up but never
    used is built whole in a staging folder and moved into place, keeping the tablet's PINs,
    settings and day; one that holds real signatures is enrolled in place if the server's file
    pins the same keys. Every check the tablet can make comes before the server is asked, the
    server keeps the code usable until the tablet confirms, and a failure leaves ``path``
    exactly as it was. The caller has closed every store on ``path``.
    """
    code = enrolcode.parse(code_text)
    if code is None:
        raise SyncError("that is not an enrolment code (like 7F3A9C-K2QW-8MXD-4HTB-9RJE)", "fix")
    if not server.startswith(("https://", "http://")):
        raise SyncError("the server URL starts with https://", "fix")
    if ca_bundle is not None and not Path(ca_bundle).is_file():
        raise SyncError(f"no CA bundle at {ca_bundle}", "fix")
    tablet = _look(path, code.prefix)
    had_lock = (path / lock.LOCK_NAME).exists()
    try:
        with lock.held(path, 30.0) if tablet.set_up else contextlib.nullcontext():
            doc, camp = _enrol_locked(path, server, code, ca_bundle, label, tablet)
    except BaseException:
        if not had_lock:  # nothing syncs an unenrolled tablet: this lock file was ours alone
            (path / lock.LOCK_NAME).unlink(missing_ok=True)
        raise
    assert camp.keys is not None
    state = _confirm(server, doc["token"], ca_bundle)
    return Enrolment(
        doc["device"], state or doc["state"], camp.slug, camp.keys.campaign_fingerprint,
        confirmed=state is not None, practice_erased=tablet.practice,
    )  # fmt: skip


# What belongs to the tablet rather than to its practice or its campaign: kept on enrolment.
_TABLET_META = ("pin:coordinator", "pin:volunteer", "pin_failures:coordinator",
                "pin_failures:volunteer", "settings", "day")  # fmt: skip
_REPLACED = (DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm", KEY_NAME, datadir.CAMPAIGN_NAME)
