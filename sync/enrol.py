"""Enrolment on the tablet: a one-time code, the campaign file the server issues, and a check
that its key is the one the code names before the tablet pins it."""

import base64
import tempfile
import tomllib
from dataclasses import dataclass
from pathlib import Path

from kiosk import campaign as campaigns
from kiosk import datadir
from kiosk.device import load_or_create
from kiosk.sealing import group_fingerprint
from kiosk.store import open_engine
from sync import enrolcode, link
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
