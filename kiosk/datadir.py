"""A tablet's data dir: set up for a campaign (pinning its key), or DEMO until it is.

Layout: ``imza.db`` (the store), ``device.key`` (Ed25519, 0600), ``campaign.toml`` (the pinned
campaign file) and, in DEMO mode only, ``demo/`` with a demo key pair (passphrase ``demo``).
"""

import hashlib
import os
import secrets
import shutil
from dataclasses import dataclass
from pathlib import Path

import platformdirs
import tomli_w
from sqlalchemy import Engine, select

from kiosk import campaign as campaigns
from kiosk import fsio, keyfile, sealing
from kiosk.models import Record
from kiosk.store import DB_NAME, begin_write, create_file, get_meta, open_engine, put_meta
from resources import resource_path

CAMPAIGN_NAME = "campaign.toml"
DEMO_DIR = "demo"
DEMO_PASSPHRASE = "demo"  # noqa: S105 - public by design: DEMO data is practice data
DEMO_SCRYPT_N = 2**14  # the passphrase is public: a slow KDF would only slow the first start
BUNDLED_CAMPAIGN = ("campaigns", "landmine-maps.toml")
_OWN_FILES = {
    DB_NAME,
    f"{DB_NAME}-wal",
    f"{DB_NAME}-shm",
    "device.key",
    CAMPAIGN_NAME,
    DEMO_DIR,
    "logs",
    "sync.lock",
    "forked",
    "imza.toml",
}


class DataDirError(Exception):
    """The data dir cannot be used as asked; the message says why in one line."""


@dataclass(frozen=True)
class Opened:
    path: Path
    campaign: campaigns.Campaign
    engine: Engine
    demo: bool


def default_dir() -> Path:
    return Path(os.environ.get("IMZA_DATA_DIR") or platformdirs.user_data_dir("imza", False))


def is_set_up(path: Path) -> bool:
    return (path / DB_NAME).is_file()


def check_usable(path: Path) -> None:
    """Refuse a path that is a file, or a folder that holds things other than Imza's."""
    if path.exists() and not path.is_dir():
        raise DataDirError(f"{path} is a file, not a data dir")
    if path.is_dir() and not is_set_up(path):
        strangers = sorted(
            p.name
            for p in path.iterdir()
            if p.name not in _OWN_FILES
            and not p.name.startswith((".demo.", ".device.key.", ".enrolling-"))
        )
        if strangers:
            raise DataDirError(
                f"{path} is not an Imza data dir (it holds {strangers[0]!r}); use an empty folder"
            )


def meta_get(engine: Engine, key: str) -> bytes | None:
    with engine.connect() as conn:
        return get_meta(conn, key)


def meta_put(engine: Engine, values: dict[str, bytes]) -> None:
    """Set several meta values in one write transaction."""
    with begin_write(engine) as conn:
        for key, value in values.items():
            put_meta(conn, key, value)


def _make_dir(path: Path) -> None:
    if not path.is_dir():
        path.mkdir(parents=True, exist_ok=True, mode=0o700)


def _write_toml(path: Path, doc: dict[str, object]) -> None:
    fsio.replace(path, tomli_w.dumps(doc).encode())


def _make_demo_keys(demo: Path) -> None:
    """Build the demo key folder aside and rename it into place: complete or absent, and
    when two processes start at once, the first rename wins and both use its keys."""
    staging = demo.with_name(f".{demo.name}.{secrets.token_hex(6)}")
    staging.mkdir(mode=0o700)
    try:
        for stem in ("campaign-key", "count-key"):
            pair = sealing.generate("hybrid")
            keyfile.write_private(
                staging / f"{stem}.imzakey", keyfile.wrap(pair, DEMO_PASSPHRASE, DEMO_SCRYPT_N)
            )
            fsio.replace(staging / f"{stem}.pub.json", keyfile.public_file(pair))
        os.rename(staging, demo)
        fsio.fsync_dir(demo.parent)
    except OSError:
        if not demo.is_dir():
            raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _demo_campaign(path: Path) -> campaigns.Campaign:
    """The bundled campaign with the demo keys of this data dir (made on first use)."""
    demo = path / DEMO_DIR
    bundled = campaigns.load(resource_path(*BUNDLED_CAMPAIGN), require_keys=False)
    pub_path = demo / keyfile.PUBLIC_NAME
    count_path = demo / "count-key.pub.json"
    if not demo.is_dir():
        _make_demo_keys(demo)
    pub = keyfile.read_public_file(pub_path)
    count = keyfile.read_public_file(count_path)
    keys = campaigns.Keys(pub.suite, pub.public_raw, pub.fingerprint, count.public_raw)
    doc = campaigns.with_keys(bundled, keys) | {"production": False}
    return campaigns.parse(doc, "bundled demo campaign")


def open_dir(path: Path, create: bool = True) -> Opened:
    """Open a data dir; one never set up becomes a DEMO data dir when ``create`` allows."""
    check_usable(path)
    if not is_set_up(path) and not create:
        raise DataDirError(f"{path} holds no Imza data yet (it runs in DEMO mode on first use)")
    _make_dir(path)
    existing = is_set_up(path)
    engine = open_engine(path)
    mode = meta_get(engine, "mode") if existing else None
    if mode == b"campaign":
        try:
            camp = campaigns.load(path / CAMPAIGN_NAME)
        except campaigns.CampaignError:
            engine.dispose()
            raise
        pinned = meta_get(engine, "campaign_fingerprint")
        if (
            camp.keys is None
            or pinned != camp.keys.campaign_fingerprint.encode()
            or meta_get(engine, "campaign_pins") != _pins(camp)
        ):
            engine.dispose()
            raise DataDirError(f"{path / CAMPAIGN_NAME} no longer carries the pinned keys")
        return Opened(path, camp, engine, demo=False)
    camp = _demo_campaign(path)
    if mode is None:
        meta_put(engine, {"mode": b"demo", "campaign_slug": camp.slug.encode()})
    return Opened(path, camp, engine, demo=True)


def _pins(camp: campaigns.Campaign) -> bytes:
    """What a later campaign file may not change besides the campaign key: the count key
    (it receives every signer's identity), whether the campaign is production, and the
    server's receipt key (a receipt lets the tablet wipe what it acknowledges)."""
    assert camp.keys is not None
    digest = hashlib.sha256(camp.keys.count_public).hexdigest()
    pins = f"count={digest};production={camp.production}"
    if camp.keys.receipt_public is not None:
        pins += f";receipt={camp.keys.receipt_public.hex()}"
    return pins.encode()


def _refit(engine: Engine, path: Path, camp: campaigns.Campaign, fp: bytes) -> bool:
    """For a data dir already set up: True if only the campaign text was updated; refuses a
    different key or campaign, and a DEMO data dir that holds signatures."""
    mode = meta_get(engine, "mode")
    if mode == b"campaign":
        if meta_get(engine, "campaign_fingerprint") != fp:
            raise DataDirError(
                "this tablet is pinned to another campaign key; refusing the change "
                "(a new key needs a new data dir)"
            )
        if meta_get(engine, "campaign_slug") != camp.slug.encode():
            raise DataDirError("this tablet is set up for another campaign")
        if meta_get(engine, "campaign_pins") != _pins(camp):
            raise DataDirError(
                "the campaign file changes its count key, receipt key or production flag; "
                "refusing "
                "(only texts may change on a tablet already set up)"
            )
        _write_toml(path / CAMPAIGN_NAME, dict(camp.raw))
        return True
    with engine.connect() as conn:
        if conn.scalar(select(Record.seq).limit(1)) is not None:
            raise DataDirError(
                "this data dir holds DEMO signatures; set the tablet up in an empty data dir"
            )
    shutil.rmtree(path / DEMO_DIR, ignore_errors=True)
    return False


def init(path: Path, campaign_file: Path) -> tuple[campaigns.Campaign, str]:
    """Set a tablet up for a campaign and pin its key; returns the campaign and what happened."""
    camp = campaigns.load(campaign_file)
    assert camp.keys is not None
    check_usable(path)
    fp = camp.keys.campaign_fingerprint.encode()
    if is_set_up(path):
        engine = open_engine(path)
        try:
            if _refit(engine, path, camp, fp):
                return camp, "updated"
        finally:
            engine.dispose()
    else:
        _make_dir(path)
        create_file(path / DB_NAME)
    engine = open_engine(path)
    try:
        _write_toml(path / CAMPAIGN_NAME, dict(camp.raw))
        meta_put(
            engine,
            {
                "mode": b"campaign",
                "campaign_slug": camp.slug.encode(),
                "campaign_fingerprint": fp,
                "campaign_pins": _pins(camp),
            },
        )
    finally:
        engine.dispose()
    return camp, "pinned"
