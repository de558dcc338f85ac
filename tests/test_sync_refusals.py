"""Everything the server refuses, with nothing stored: each refusal says what to do next."""

import base64
import dataclasses
import gzip
import hashlib
import tomllib
from pathlib import Path

import pytest
import requests
import tomli_w
from sqlalchemy import func, select

from kiosk import chain, datadir, simulate
from kiosk.device import load_or_create
from kiosk.vault import Vault
from sync import enrol, outbox, protocol
from sync.http import SyncError
from sync.server import campaigns, enrolment
from sync.server.app import Limits
from sync.server.models import Device, Quarantined, Record
from tests.conftest import CampaignKeys
from tests.serverside import Server, serving
from tests.signers import token_of

CBOR = {"Content-Type": "application/cbor"}


def _batch(path: Path, count: int = 3) -> protocol.Batch:
    vault = Vault.open(path)
    try:
        simulate.run(vault, count, 0.0, 7, None, None)
        batch = outbox.batch_from(vault, 1)
    finally:
        vault.close()
    assert batch is not None
    return batch


def _post(server: Server, body: bytes, token: str | None, **headers: str) -> requests.Response:
    auth = {"Authorization": f"Bearer {token}"} if token else {}
    return requests.post(
        f"{server.url}/v1/batches", data=body, headers={**CBOR, **auth, **headers}, timeout=30
    )


def _stored(server: Server) -> tuple[int, int]:
    with server.engine.connect() as conn:
        records = conn.scalar(select(func.count()).select_from(Record))
        held = conn.scalar(select(func.count()).select_from(Quarantined))
    return records or 0, held or 0


def test_requests_without_a_valid_token_are_refused(server: Server, enrolled: Path) -> None:
    body = protocol.encode(_batch(enrolled))
    for token, status in ((None, 401), ("not-a-token", 401)):
        reply = _post(server, body, token)
        assert reply.status_code == status
        assert reply.json()["action"] in ("fix", "re-enrol")
    assert requests.get(f"{server.url}/v1/devices/me", timeout=10).status_code == 401
    assert _stored(server) == (0, 0)


def test_another_devices_token_altered_records_and_bad_signatures(
    server: Server, enrolled: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other"
    enrol.enrol(other, server.url, server.code())
    batch = _batch(enrolled)
    token = token_of(enrolled)
    assert _post(server, protocol.encode(batch), token_of(other)).json()["error"] == "wrong_device"
    forged = dataclasses.replace(batch, head_sig=bytes(64))
    assert _post(server, protocol.encode(forged), token).json()["error"] == "bad_signature"
    records = list(batch.records)
    sealed = records[1].sealed
    assert sealed is not None
    records[1] = records[1]._replace(sealed=sealed[:-1] + bytes([sealed[-1] ^ 1]))
    altered = dataclasses.replace(batch, records=tuple(records))
    reply = _post(server, protocol.encode(altered), token)
    assert (reply.status_code, reply.json()["error"]) == (422, "altered")
    assert _stored(server) == (0, 0)


@pytest.mark.parametrize(
    ("body", "headers", "status"),
    [
        (b"\xa1\x61v\x01", {}, 422),  # CBOR, but not a batch
        (b"not cbor", {}, 422),
        (gzip.compress(bytes(50_000_000)), {"Content-Encoding": "gzip"}, 415),  # a gzip bomb
        (b"{}", {"Content-Type": "application/json"}, 415),
        (bytes(protocol.MAX_BODY + 1), {}, 413),
    ],
)
def test_malformed_compressed_and_oversized_bodies(
    server: Server, enrolled: Path, body: bytes, headers: dict[str, str], status: int
) -> None:
    reply = _post(server, body, token_of(enrolled), **headers)
    assert reply.status_code == status
    assert reply.json()["action"] == "fix"
    assert _stored(server) == (0, 0)


def test_a_revoked_tablet_is_told_to_stop(server: Server, enrolled: Path) -> None:
    body = protocol.encode(_batch(enrolled))
    ident = enrolment.find(server.engine, load_or_create(enrolled).id[:12])
    enrolment.revoke(server.engine, ident, 0)
    reply = _post(server, body, token_of(enrolled))
    assert (reply.status_code, reply.json()["action"]) == (403, "stop")
    assert _stored(server) == (0, 0)


def test_a_pending_tablet_waits_for_approval(server: Server, tmp_path: Path) -> None:
    path = tmp_path / "pending"
    done = enrol.enrol(path, server.url, server.code(approved=False))
    assert done.state == "pending"
    reply = _post(server, protocol.encode(_batch(path)), token_of(path))
    assert (reply.status_code, reply.json()["action"]) == (403, "wait")
    enrolment.approve(server.engine, done.device)
    assert _post(server, protocol.encode(_batch(path, 1)), token_of(path)).status_code == 200


def test_enrolment_codes_are_single_use_and_expire(server: Server, tmp_path: Path) -> None:
    code = server.code()
    enrol.enrol(tmp_path / "a", server.url, code)
    with pytest.raises(SyncError, match="unknown, used or expired"):
        enrol.enrol(tmp_path / "b", server.url, code)
    expired = enrolment.make_code(server.engine, server.campaign.slug, hours=1e-9).text
    with pytest.raises(SyncError, match="unknown, used or expired"):
        enrol.enrol(tmp_path / "c", server.url, expired)
    assert not datadir.is_set_up(tmp_path / "b")
    assert not datadir.is_set_up(tmp_path / "c")


def test_a_code_for_another_campaign_key_pins_nothing(server: Server, tmp_path: Path) -> None:
    code = server.code()
    wrong = ("0" if code[0] != "0" else "1") + code[1:]
    with pytest.raises(SyncError):
        enrol.enrol(tmp_path / "t", server.url, wrong)
    assert not datadir.is_set_up(tmp_path / "t")


def test_guessing_enrolment_codes_hits_the_rate_limit(server: Server, tmp_path: Path) -> None:
    with serving(server.engine, Limits(enrol_per_window=5, progress_ttl_s=0)) as url:
        public = base64.b64encode(bytes(32)).decode()
        for _ in range(5):
            guess = server.code()[:7] + "0000-0000-0000-0000"
            reply = requests.post(
                f"{url}/v1/enrol", json={"code": guess, "device_public": public}, timeout=10
            )
            assert reply.status_code == 403
        with pytest.raises(SyncError, match="too many attempts"):
            enrol.enrol(tmp_path / "t", url, server.code())


def test_a_production_campaign_refuses_synthetic_records(
    server_database: str, keys: CampaignKeys, tmp_path: Path
) -> None:
    lead = tomllib.loads(keys.campaign_file.read_text()) | {"production": True}
    (tmp_path / "prod.toml").write_text(tomli_w.dumps(lead))
    from sync.server import db

    engine = db.connect(server_database)
    camp = campaigns.add(engine, tmp_path / "prod.toml")
    # A tablet that pretends the campaign is a test one, to slip simulated records in.
    pretend = tomllib.loads(camp.issued) | {"production": False}
    (tmp_path / "pretend.toml").write_text(tomli_w.dumps(pretend))
    path = tmp_path / "pretend"
    datadir.init(path, tmp_path / "pretend.toml")
    token = enrolment.enrol(
        engine,
        enrolment.make_code(engine, camp.slug, approved=True).text,
        load_or_create(path).public,
    ).token
    body = protocol.encode(_batch(path))
    with serving(engine) as url:
        reply = requests.post(
            f"{url}/v1/batches",
            data=body,
            headers={**CBOR, "Authorization": f"Bearer {token}"},
            timeout=30,
        )
    assert (reply.status_code, reply.json()["error"]) == (422, "synthetic")
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(Record)) == 0
    engine.dispose()


def test_a_demo_data_dir_never_syncs_and_enrolling_erases_its_practice(
    server: Server, tmp_path: Path
) -> None:
    from sync import client

    demo = tmp_path / "demo"
    vault = Vault.open(demo)
    simulate.run(vault, 2, 0.0, 1, None, None)
    vault.close()
    with pytest.raises(SyncError, match="DEMO"):
        client.sync(demo)
    done = enrol.enrol(demo, server.url, server.code())
    assert done.practice_erased == 2
    vault = Vault.open(demo)
    assert not vault.demo
    assert vault.status().signatures == 0
    vault.close()
    assert not (demo / datadir.DEMO_DIR).exists()


def test_withdrawal_by_code_at_the_server_is_applied_or_held_and_rate_limited(
    server: Server, enrolled: Path, tmp_path: Path
) -> None:
    from kiosk.vault import Stored
    from sync import client
    from sync.server import counting
    from tests.conftest import form_with

    vault = Vault.open(enrolled)
    stored = vault.submit(form_with(given_name="Nərmin"))
    assert isinstance(stored, Stored)
    vault.close()
    other = tmp_path / "other"
    enrol.enrol(other, server.url, server.code())
    with serving(server.engine, Limits(withdrawals_per_window=2, progress_ttl_s=0)) as url:
        auth = {"Authorization": f"Bearer {token_of(other)}"}

        def withdraw(code: str) -> requests.Response:
            return requests.post(
                f"{url}/v1/withdrawals", json={"code": code}, headers=auth, timeout=10
            )

        held = withdraw(stored.receipt_code.lower())  # typed by hand on another tablet
        assert (held.status_code, held.json()) == (200, {"applied": False})  # not arrived yet
        client.sync(enrolled)
        counting.drain(server.engine)
        progress = requests.get(f"{url}/v1/campaigns/{server.campaign.slug}/progress", timeout=10)
        assert progress.json()["at_least"] == 0  # it arrived withdrawn
        assert withdraw("not a code").status_code == 422
        limited = withdraw(stored.receipt_code)
        assert (limited.status_code, limited.json()["action"]) == (429, "retry")
        assert int(limited.headers["Retry-After"]) > 0


def _relinked(batch: protocol.Batch, path: Path, slug: str) -> protocol.Batch:
    """``batch``'s records on the chain of the tablet at ``path``, signed with its key: what a
    tablet that copied another's records into its own chain would send."""
    device = load_or_create(path)
    prev, records = chain.genesis(slug, device.public), []
    for r in batch.records:
        link = chain.Link(
            prev, r.kind, r.suite, r.flags, r.seq, r.record_id, r.created_ms, r.text_hash,
            r.withdrawal_hash, r.target, chain.digest(r.sealed), chain.digest(r.identity),
        ).pack()  # fmt: skip
        records.append(protocol.WireRecord.from_link(link, r.sealed, r.identity))
        prev = hashlib.sha256(link).digest()
    head_sig = device.sign(chain.head_message(slug, device.id, batch.head_seq, prev))
    return dataclasses.replace(
        batch,
        device=device.id,
        device_public=device.public,
        prev_head=chain.genesis(slug, device.public),
        head=prev,
        head_sig=head_sig,
        records=tuple(records),
    )


def test_a_record_held_for_another_tablet_is_refused_and_nothing_of_its_batch_is_kept(
    server: Server, enrolled: Path, tmp_path: Path
) -> None:
    batch = _batch(enrolled)
    assert _post(server, protocol.encode(batch), token_of(enrolled)).status_code == 200
    other = tmp_path / "other"
    enrol.enrol(other, server.url, server.code())
    copied = _relinked(batch, other, server.campaign.slug)
    reply = _post(server, protocol.encode(copied), token_of(other))
    assert (reply.status_code, reply.json()["error"]) == (409, "conflict")
    assert _stored(server) == (3, 0)
    with server.engine.connect() as conn:
        head = conn.scalar(select(Device.head_seq).where(Device.id == copied.device))
    assert head == 0  # the other tablet's head did not move: it is told to stop, not acked
