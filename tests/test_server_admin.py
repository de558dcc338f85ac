"""The server's schema and its command line: `imza server ...` and `imza serve` refusals."""

import json
from pathlib import Path

import pytest
import requests
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from kiosk.cli import main
from kiosk.device import device_number
from sync.enrol import enrol
from sync.server import db
from sync.server.models import Base
from tests.conftest import CampaignKeys
from tests.serverside import Server
from tests.signers import token_of


def test_server_models_equal_upgrade_head_and_migrate_down_and_up(server_database: str) -> None:
    engine = db.connect(server_database)
    with engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    db.downgrade(engine, "base")
    assert set(inspect(engine).get_table_names()) == {"alembic_version"}
    db.upgrade(engine)
    assert {"campaigns", "devices", "records", "quarantine"} <= set(
        inspect(engine).get_table_names()
    )
    engine.dispose()


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_campaign_codes_devices_approval_and_revocation_from_the_command_line(
    server_database: str, keys: CampaignKeys, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = ["--database", server_database]
    issued = tmp_path / "issued.toml"
    code, out, _ = _run(
        capsys, "server", "campaign", str(keys.campaign_file), "--out", str(issued), *data
    )
    assert code == 0
    assert "fingerprint:" in out
    assert "receipt_public_key" in issued.read_text()
    code, _, err = _run(
        capsys, "server", "campaign", str(keys.campaign_file), "--out", str(issued), *data
    )
    assert code == 1
    assert err.startswith("imza: error:")
    assert "already" in err
    code, out, _ = _run(
        capsys, "server", "enrol-code", "--campaign", "landmine-maps", "--json", *data
    )
    assert code == 0
    assert len(json.loads(out)["code"].replace("-", "")) == 22
    code, _, err = _run(capsys, "server", "enrol-code", "--campaign", "nope", *data)
    assert code == 1
    assert "no campaign" in err
    code, _, err = _run(
        capsys, "server", "enrol-code", "--campaign", "landmine-maps", "--hours", "48", *data
    )
    assert code == 1
    assert "24 hours" in err
    code, out, _ = _run(capsys, "server", "devices", *data)
    assert code == 0
    assert "no devices yet" in out
    code, _, err = _run(capsys, "server", "approve", "abc", *data)
    assert code == 1
    assert "6 hex digits" in err
    code, out, _ = _run(capsys, "server", "quarantine", *data)
    assert code == 0
    assert "nothing held aside" in out
    code, out, _ = _run(capsys, "server", "progress", *data)
    assert code == 0
    assert "at least 0 of 15000" in out


def test_pending_device_is_approved_and_revoked_by_id_prefix(
    server: Server, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    done = enrol(tmp_path / "t", server.url, server.code(approved=False), label="Qax 2")
    data = ["--database", server.database_url]
    number = device_number(done.device)  # "3f9a 0c21 b7e4"
    code, out, err = _run(capsys, "server", "devices", "--json", *data)
    assert code == 0
    (row,) = json.loads(out)
    assert (row["state"], row["label"]) == ("pending", "Qax 2")
    assert (row["id"], row["number"]) == (done.device, number)  # the full id stays
    assert err.startswith("imza: database ")
    code, out, _ = _run(capsys, "server", "devices", *data)
    assert code == 0
    assert out.startswith(f"{number}  'Qax 2'  landmine-maps  pending")
    for typed in ("3f9a", "12 34 5", "3f9a 0c2x"):  # too short, or not a device number
        code, _, err = _run(capsys, "server", "approve", typed, *data)
        assert code == 1
        assert "6 hex digits" in err
    code, out, _ = _run(capsys, "server", "approve", f" {number[:9].upper()} ", *data)
    assert code == 0
    assert out == f"device {number} approved\n"  # typed as read out: capitals, in groups
    code, out, _ = _run(capsys, "server", "revoke", done.device[:12], "--after-seq", "0", *data)
    assert code == 0
    assert out == f"device {number} revoked; 0 records after 0 excluded\n"
    code, out, _ = _run(capsys, "server", "devices", "--json", *data)
    assert json.loads(out)[0]["state"] == "revoked"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["serve", "--database", "mysql://x/y"], "sqlite:///FILE or postgresql"),
        (["serve", "--database", "::::"], "not a database URL"),
        (["serve", "--port", "70000", "--database", "sqlite://"], "--port"),
        (["serve", "--database", "sqlite://"], "sqlite:///PATH"),
        (["server", "devices", "--database", "sqlite:///:memory:"], "sqlite:///PATH"),
        (["sync", "--batch-size", "0"], "1 to 1000"),
        (["enrol", "--server", "ftp://x", "--code", "7F3A9C-K2QW-8MXD-4HTB-9RJE"], "https://"),
        (["enrol", "--server", "https://127.0.0.1:9", "--code", "nonsense"], "enrolment code"),
    ],
)
def test_bad_command_lines_get_one_clear_line(
    argv: list[str], message: str, tablet: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _run(
        capsys, *argv, *(["--data-dir", str(tablet)] if argv[0] in ("sync", "enrol") else [])
    )
    assert code == 1
    assert err.startswith("imza: error:")
    assert message in err
    assert len(err.strip().splitlines()) == 1


def test_sealed_export_holds_every_record_chained_and_no_identity(
    server: Server, enrolled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import hashlib

    from kiosk import chain, simulate
    from kiosk.device import verify_signature
    from kiosk.vault import Vault
    from sync import client, outbox, protocol
    from sync.server import export

    token = token_of(enrolled)

    vault = Vault.open(enrolled)
    simulate.run(vault, 12, 0.0, 4, None, None)
    # 1-5, then 3-9 (a resend that overlaps: only 6-9 are new), then the rest by the client
    for first, size in ((1, 5), (3, 7)):
        batch = outbox.batch_from(vault, first, size)
        assert batch is not None
        reply = requests.post(
            f"{server.url}/v1/batches",
            data=protocol.encode(batch),
            headers={"Content-Type": "application/cbor", "Authorization": f"Bearer {token}"},
            timeout=30,
        )
        assert reply.status_code == 200
    vault.close()
    client.sync(enrolled, batch_size=5)
    out = tmp_path / "sealed.imza"
    code, text, _ = _run(
        capsys, "server", "export", "--campaign", "landmine-maps", "--out", str(out),
        "--database", server.database_url,
    )  # fmt: skip
    assert code == 0
    assert "12 sealed records" in text
    header, *records = list(export.read(out))
    (device,) = header["devices"]
    assert device["head_seq"] == 12
    assert all("identity" not in r and "tag" not in r for r in records)
    assert [r["seq"] for r in records] == list(range(1, 13))
    prev = chain.genesis("landmine-maps", device["public"])
    for r in records:
        assert chain.Link.unpack(r["link"]).prev == prev
        assert chain.digest(r["sealed"]) == chain.Link.unpack(r["link"]).sealed_hash
        prev = hashlib.sha256(r["link"]).digest()
    message = chain.head_message("landmine-maps", device["device"], 12, prev)
    assert verify_signature(device["public"], records[-1]["head_sig"], message)
    assert [r["seq"] for r in records if r["head_sig"]] == [5, 9, 12]  # where each batch ended
