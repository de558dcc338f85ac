"""An https:// address for a server that speaks plain http is named as such: one line saying
what to change, and the tablet's data dir as it was."""

import json
from pathlib import Path

import pytest

from kiosk import cli, simulate
from kiosk.vault import Vault
from sync import client, link
from sync.http import SyncError
from tests.serverside import Server

PLAIN_HTTP = "the server speaks plain http; use http:// or put TLS in front"


def _status(tablet: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    """What ``imza status --json`` says about ``tablet``."""
    capsys.readouterr()
    assert cli.main(["status", "--json", "--data-dir", str(tablet)]) == 0
    doc: dict[str, object] = json.loads(capsys.readouterr().out)
    return doc


def _https(server: Server) -> str:
    assert server.url.startswith("http://127.0.0.1:")
    return "https://" + server.url.removeprefix("http://")


def test_enrol_with_https_to_a_plain_http_server_says_so(
    server: Server, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tablet = tmp_path / "tablet"
    code = server.code()
    argv = ["enrol", "--server", _https(server), "--code", code, "--data-dir", str(tablet)]
    assert cli.main(argv) == 1
    assert capsys.readouterr().err == f"imza: error: {PLAIN_HTTP}\n"
    assert not tablet.exists()  # nothing made, not even the folder
    argv[2] = server.url  # the server never heard the code: it still enrols over http://
    assert cli.main(argv) == 0
    assert "enrolled for" in capsys.readouterr().out


def test_sync_with_https_to_a_plain_http_server_says_so(
    enrolled: Path, server: Server, capsys: pytest.CaptureFixture[str]
) -> None:
    vault = Vault.open(enrolled)
    simulate.run(vault, 2, 0.0, 1, None, None)
    vault.close()
    toml = enrolled / "imza.toml"
    assert not toml.exists()
    toml.write_text(f'[server]\nurl = "{_https(server)}"\n', encoding="utf-8")
    before = _status(enrolled, capsys)
    assert before["unsent"] == 2
    assert cli.main(["sync", "--data-dir", str(enrolled)]) == 1
    assert capsys.readouterr().err == f"imza: error: {PLAIN_HTTP}\n"
    with pytest.raises(SyncError, match="plain http") as refused:
        client.sync(enrolled)
    assert refused.value.action == "fix"
    assert _status(enrolled, capsys) == before
    vault = Vault.open(enrolled)
    kept = link.load(vault.engine)
    vault.close()
    assert kept is not None
    assert kept.url == server.url  # the enrolment as it was
