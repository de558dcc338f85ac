"""Shared fixtures: every test gets its own data dir, campaign keys and a valid form."""

import base64
import math
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
import tomli_w

from kiosk import campaign as campaigns
from kiosk import datadir, keyfile, sealing
from kiosk.signature import SignatureForm, Stroke
from kiosk.vault import Vault
from resources import resource_path

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from tests.faultproxy import FaultProxy
    from tests.serverside import Server
    from ui.window import KioskWindow

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
FAST_SCRYPT = 2**14  # tests wrap keys with a cheaper KDF; the format and code path are the same


@pytest.fixture(autouse=True)
def _own_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test ever touches the real user data dir."""
    monkeypatch.setenv("IMZA_DATA_DIR", str(tmp_path / "default-data"))


@dataclass(frozen=True)
class CampaignKeys:
    pair: sealing.KeyPair
    count: sealing.KeyPair
    key_file: Path
    passphrase_file: Path
    campaign_file: Path


def write_campaign(
    path: Path, pair: sealing.KeyPair, count: sealing.KeyPair, **changes: Any
) -> Path:
    bundled = campaigns.load(resource_path(*datadir.BUNDLED_CAMPAIGN), require_keys=False)
    keys = campaigns.Keys(pair.suite, pair.public_raw, pair.fingerprint, count.public_raw)
    doc = campaigns.with_keys(bundled, keys) | changes
    path.write_bytes(tomli_w.dumps(doc).encode())
    return path


@pytest.fixture
def keys(tmp_path: Path) -> CampaignKeys:
    pair, count = sealing.generate("hybrid"), sealing.generate("hybrid")
    key_dir = tmp_path / "keys"
    key_dir.mkdir()
    key_file = key_dir / keyfile.PRIVATE_NAME
    key_file.write_bytes(keyfile.wrap(pair, "correct horse battery staple", FAST_SCRYPT))
    pw = key_dir / "passphrase.txt"
    pw.write_text("correct horse battery staple\n")
    camp = write_campaign(key_dir / "campaign.toml", pair, count)
    return CampaignKeys(pair, count, key_file, pw, camp)


@pytest.fixture
def tablet(tmp_path: Path, keys: CampaignKeys) -> Path:
    """A data dir set up for the test campaign."""
    path = tmp_path / "tablet"
    datadir.init(path, keys.campaign_file)
    return path


@pytest.fixture
def vault(tablet: Path) -> Iterator[Vault]:
    v = Vault.open(tablet)
    yield v
    v.close()


def squiggle(points: int = 40) -> list[Stroke]:
    return [[(0.1 + 0.8 * i / points, 0.5 + 0.2 * math.sin(i / 3), 0.01) for i in range(points)]]


def form_with(**changes: Any) -> SignatureForm:
    """A form that passes validation, with ``changes`` applied."""
    base: dict[str, Any] = {
        "given_name": "İlkin",
        "surname": "Məmmədov",
        "settlement": "Ağdam",
        "age_confirmed": True,
        "for_self": True,
        "consent": True,
        "strokes": squiggle(),
        "locale": "az-Latn",
    }
    return SignatureForm(**(base | changes))


@pytest.fixture
def make_form() -> Callable[..., SignatureForm]:
    return form_with


@pytest.fixture
def window(qtbot: "QtBot", vault: Vault) -> Iterator["KioskWindow"]:
    """The kiosk window on the test tablet, in English, timeouts short; cleaned up after."""
    from tests.kiosk_driver import make_window, release_filters

    w = make_window(qtbot, vault)
    yield w
    release_filters(w)


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


@pytest.fixture(params=["sqlite", "postgresql"])
def server_database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The server's database: SQLite always; PostgreSQL when IMZA_TEST_DATABASE_URL is set."""
    from tests.serverside import PG_ENV, database

    if request.param == "postgresql" and not os.environ.get(PG_ENV):
        pytest.skip(f"{PG_ENV} is not set: the PostgreSQL run is skipped (CI sets it)")
    with database(request.param, tmp_path) as url:
        yield url


@pytest.fixture
def server(server_database: str, keys: CampaignKeys, tmp_path: Path) -> Iterator["Server"]:
    """A real sync server on loopback with the test campaign added."""
    from tests.serverside import Server, serving, set_up

    engine, camp = set_up(server_database, keys.campaign_file, tmp_path / "issued.toml")
    try:
        with serving(engine) as url:
            yield Server(url, engine, server_database, camp, tmp_path / "issued.toml")
    finally:
        engine.dispose()


@pytest.fixture
def enrolled(server: "Server", tmp_path: Path) -> Path:
    """A tablet enrolled (approved) with the loopback server."""
    from sync.enrol import enrol

    path = tmp_path / "enrolled"
    enrol(path, server.url, server.code(approved=True), label="Tablet 1")
    return path


@pytest.fixture
def proxy(server: "Server") -> Iterator["FaultProxy"]:
    """A fault proxy of our own in front of the loopback server."""
    from tests.faultproxy import FaultProxy

    with FaultProxy(int(server.url.rsplit(":", 1)[1])) as p:
        yield p
