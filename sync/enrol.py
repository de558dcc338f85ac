"""Enrolment on the tablet: a one-time code, the campaign file the server issues, and a check
that its key is the one the code names before the tablet pins it."""

import base64
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


@dataclass(frozen=True)
class Enrolment:
    device: str
    state: str
    campaign: str
    fingerprint: str


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


def _check_tablet(path: Path, prefix: str) -> None:
    datadir.check_usable(path)
    if not datadir.is_set_up(path):
        return
    opened = datadir.open_dir(path, create=False)
    try:
        if link.load(opened.engine) is not None:
            raise SyncError("this tablet is enrolled already", "fix")
        keys = opened.campaign.keys
        if not opened.demo and keys and not keys.campaign_fingerprint.startswith(prefix):
            raise SyncError("this tablet is pinned to another campaign key than the code's", "stop")
    finally:
        opened.engine.dispose()


def enrol(
    path: Path, server: str, code_text: str, ca_bundle: str | None = None, label: str = ""
) -> Enrolment:
    """Enrol this tablet; a fresh data dir is set up from the server's campaign file."""
    code = enrolcode.parse(code_text)
    if code is None:
        raise SyncError("that is not an enrolment code (like 7F3A9C-K2QW-8MXD-4HTB-9RJE)", "fix")
    if not server.startswith(("https://", "http://")):
        raise SyncError("the server URL starts with https://", "fix")
    _check_tablet(path, code.prefix)
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    device = load_or_create(path)
    http = Http(server, ca_bundle=ca_bundle, attempts=3)
    body = {
        "code": code.text,
        "device_public": base64.b64encode(device.public).decode(),
        "label": label,
    }
    reply = http.call("POST", "/v1/enrol", json=body)
    if reply.status_code != 200:
        raise refusal(reply)
    doc = reply.json()
    camp = issued_campaign(doc["campaign"], code.prefix)
    assert camp.keys is not None
    with tempfile.TemporaryDirectory() as folder:
        staged = Path(folder) / "campaign.toml"
        staged.write_text(doc["campaign"], encoding="utf-8")
        datadir.init(path, staged)
    engine = open_engine(path)
    try:
        link.save(engine, link.Link(server, doc["token"], ca_bundle, doc["state"]))
    finally:
        engine.dispose()
    return Enrolment(doc["device"], doc["state"], camp.slug, camp.keys.campaign_fingerprint)


# What belongs to the tablet rather than to its practice or its campaign: kept on enrolment.
_TABLET_META = ("pin:coordinator", "pin:volunteer", "pin_failures:coordinator",
                "pin_failures:volunteer", "settings", "day")  # fmt: skip
_REPLACED = (DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm", KEY_NAME, datadir.CAMPAIGN_NAME)


def _tablet_meta(path: Path) -> list[tuple[str, bytes]]:
    """The PINs, settings and day to keep; refused if real signatures would be lost."""
    opened = datadir.open_dir(path, create=False)
    try:
        if link.load(opened.engine) is not None:
            raise SyncError("this tablet is enrolled already", "fix")
        with opened.engine.connect() as conn:
            held = conn.scalar(select(func.count()).select_from(Record)) or 0
            keep = conn.execute(
                select(Meta.key, Meta.value).where(Meta.key.in_(_TABLET_META))
            ).all()
    finally:
        opened.engine.dispose()
    if held and not opened.demo:
        raise SyncError(
            "this tablet holds signatures sealed for its own campaign file; hand them over "
            "and enrol a fresh data dir",
            "fix",
        )
    return [(k, v) for k, v in keep]


def enrol_replacing(
    path: Path, server: str, code_text: str, ca_bundle: str | None = None, label: str = ""
) -> Enrolment:
    """Enrol a tablet that runs in DEMO mode (or was set up but never signed): the practice
    store gives way to a fresh one for the server's campaign, keeping the tablet's PINs,
    settings and day. Practice signatures are erased: they never count, and the DEMO key
    that seals them is public. The caller has closed every store on ``path``."""
    with lock.held(path, 30.0):
        keep = _tablet_meta(path)
        staging = path.parent / f".{path.name}.enrolling"
        shutil.rmtree(staging, ignore_errors=True)
        try:
            done = enrol(staging, server, code_text, ca_bundle, label)
            engine = open_engine(staging)
            try:
                datadir.meta_put(engine, dict(keep))
            finally:
                engine.dispose()
            for name in _REPLACED:
                (path / name).unlink(missing_ok=True)
            shutil.rmtree(path / datadir.DEMO_DIR, ignore_errors=True)
            for name in (KEY_NAME, datadir.CAMPAIGN_NAME, DB_NAME):  # the key first
                os.replace(staging / name, path / name)
            fsio.fsync_dir(path)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    return done
