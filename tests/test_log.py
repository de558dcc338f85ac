"""The campaign's append-only log against a real server (SQLite and PostgreSQL): three
tablets, a withdrawal, a revocation and a decision on records held aside after a fork. Every
record is a leaf, every leaf's inclusion proof verifies against each signed head that holds
it, every pair of heads is consistent, each head is signed by the campaign's receipt key and
its count is the progress figure of its moment."""

import itertools
import shutil
from pathlib import Path

import cbor2
import pytest
import requests
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from sqlalchemy import select, update

from kiosk import chain
from kiosk.cli import main
from kiosk.signature import SignatureForm
from sync import client, logformat, merkle
from sync.enrol import enrol
from sync.server import admin, campaigns, counting, enrolment, treeheads
from sync.server.db import write
from sync.server.models import Device, LogHead, LogLeaves, Quarantined, Record
from tests.conftest import form_with
from tests.serverside import Server
from tests.syncside import device_of
from tests.test_export_server import sign, withdraw_at_server


def _get(server: Server, path: str, **params: int) -> dict[str, object]:
    reply = requests.get(
        f"{server.url}/v1/campaigns/{server.campaign.slug}/log/{path}", params=params, timeout=10
    )
    assert reply.status_code == 200, reply.text
    doc: dict[str, object] = reply.json()
    return doc


def _people(*names: str) -> list[SignatureForm]:
    return [form_with(given_name=name, surname="Quliyeva", settlement="Laçın") for name in names]


def synced_tablet(server: Server, path: Path, people: list[str]) -> list[str]:
    """Enrol a tablet, sign ``people`` on it and sync; their receipt codes."""
    enrol(path, server.url, server.code(approved=True), label=path.name)
    codes = sign(path, *_people(*people))
    client.sync(path)
    return codes


def _head(server: Server) -> treeheads.Head:
    counting.drain(server.engine)
    head = treeheads.sign_head(server.engine, server.campaign.slug)
    assert head is not None
    served = _get(server, "head")
    assert served["tree_size"] == head.size  # the newest head is what the server serves
    assert served["root_hash"] == head.root.hex()
    assert head.count == campaigns.progress(server.engine, server.campaign.slug)["at_least"]
    server.campaign.receipt_key.public_key().verify(head.signature, head.message())
    return head


def test_every_record_is_in_every_later_head_and_the_heads_are_consistent(
    server: Server, tmp_path: Path
) -> None:
    heads = []
    codes = synced_tablet(server, tmp_path / "a", ["Aysel", "Gülnar", "Sevda", "Nərgiz"])
    synced_tablet(server, tmp_path / "b", ["Aytən", "Ülviyyə", "Aysel"])  # Aysel again: one person
    third = synced_tablet(server, tmp_path / "c", ["Zəhra", "Lalə", "Könül"])
    heads.append(_head(server))
    assert heads[0].count == 9

    withdraw_at_server(server, codes[1])
    heads.append(_head(server))
    assert heads[-1].count == 8

    enrolment.revoke(server.engine, device_of(tmp_path / "c"), 1)  # after its first
    heads.append(_head(server))
    assert heads[-1].count == 6
    assert len(third) == 3

    shutil.copytree(tmp_path / "a", tmp_path / "a-copy")  # a restored backup: a fork
    sign(tmp_path / "a", *_people("Pərvin"))
    client.sync(tmp_path / "a")
    sign(tmp_path / "a-copy", *_people("Səbinə"))
    with pytest.raises(client.ForkError):
        client.sync(tmp_path / "a-copy")
    with server.engine.connect() as conn:
        held = conn.scalars(select(Quarantined.id).where(Quarantined.state == "held")).all()
    assert len(held) == 1
    admin.decide(server.engine, held[0], accept=True)
    heads.append(_head(server))
    assert heads[-1].count == 8

    leaves: list[bytes] = []
    for head in heads:
        for i in range(head.size):
            proof = _get(server, "proof", leaf=i, size=head.size)
            leaf = bytes.fromhex(str(proof["leaf"]))
            path = [bytes.fromhex(p) for p in proof["audit_path"]]  # type: ignore[attr-defined]
            assert merkle.verify_inclusion(merkle.leaf_hash(leaf), i, head.size, path, head.root)
            if i == len(leaves):
                leaves.append(leaf)
            assert leaves[i] == leaf  # a leaf never changes
    assert merkle.root([merkle.leaf_hash(x) for x in leaves]) == heads[-1].root
    counter = requests.get(f"{server.url}/p/{server.campaign.slug}?lang=en", timeout=10).text
    assert f"head {heads[-1].root.hex()[:16]}" in counter  # the public counter shows the head

    logged = [logformat.read_leaf(x) for x in leaves]
    records = [pair for kind, pairs, _ in logged if kind == "record" for pair in pairs]
    with server.engine.connect() as conn:
        stored = set(conn.execute(select(Record.device_id, Record.seq)).all())
    assert sorted(records) == sorted(stored)  # every accepted record, once
    kinds = [kind for kind, _, _ in logged if kind != "record"]
    assert kinds == ["withdrawn", "revoked", "accepted"]
    with server.engine.connect() as conn:  # each tablet's own signature over its last head
        devices = conn.execute(
            select(Device.id, Device.public_key, Device.head_seq, Device.head, Device.head_sig)
        ).all()
    for device, public, seq, head_hash, signature in devices:
        assert head_hash is not None
        assert signature is not None
        message = chain.head_message(server.campaign.slug, device, seq, head_hash)
        Ed25519PublicKey.from_public_bytes(public).verify(signature, message)

    for old, new in itertools.combinations(heads, 2):
        proof = _get(server, "consistency", **{"from": old.size, "to": new.size})
        path = [bytes.fromhex(p) for p in proof["consistency_path"]]  # type: ignore[attr-defined]
        assert merkle.verify_consistency(old.size, new.size, old.root, new.root, path)


def test_proofs_are_refused_clearly_for_what_is_not_there(server: Server, tmp_path: Path) -> None:
    url = f"{server.url}/v1/campaigns/{server.campaign.slug}/log"
    assert requests.get(f"{url}/head", timeout=10).status_code == 404  # nothing logged yet
    synced_tablet(server, tmp_path / "a", ["Aysel", "Gülnar"])
    head = _head(server)
    for query, status in (
        (f"proof?leaf={head.size}", 404),
        ("proof?leaf=-1", 422),
        ("proof?leaf=0&size=99", 404),  # no head was signed at 99
        ("proof?leaf=x", 422),
        ("consistency?from=2&to=1", 422),
        ("consistency?from=0&to=1", 422),
    ):
        reply = requests.get(f"{url}/{query}", timeout=10)
        assert reply.status_code == status, (query, reply.text)
        assert reply.json()["message"]  # a sentence, whatever was asked
    assert requests.get(f"{server.url}/v1/campaigns/nope/log/head", timeout=10).status_code == 404


def test_log_verify_passes_a_true_log_and_names_each_tampering(
    server: Server, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    verify = ["server", "log", "verify", "--database", server.database_url]
    synced_tablet(server, tmp_path / "a", ["Aysel", "Gülnar", "Sevda"])
    first = _head(server)
    synced_tablet(server, tmp_path / "b", ["Aytən"])
    assert main(verify) == 0
    out = capsys.readouterr().out
    assert f"{server.campaign.slug}: 4 leaves, 2 signed heads" in out  # the second signed now
    assert out.rstrip().endswith("all consistent")

    with write(server.engine) as conn:  # a record's leaf rewritten in place
        run = conn.scalar(select(LogLeaves.bodies).where(LogLeaves.first == 0))
        assert run is not None
        bodies = cbor2.loads(run)
        bodies[1] = logformat.record_leaf("ab" * 32, 2, b"another link")
        conn.execute(
            update(LogLeaves).where(LogLeaves.first == 0).values(bodies=cbor2.dumps(bodies))
        )
    assert main(verify) == 1
    out = capsys.readouterr().out
    assert "FAILED: leaf 1: its hash does not match it" in out

    forged = Ed25519PrivateKey.generate().sign(first.message())  # a head re-signed elsewhere
    with write(server.engine) as conn:
        conn.execute(update(LogHead).where(LogHead.size == first.size).values(signature=forged))
    assert main(verify) == 1
    assert f"head of size {first.size}: the signature does not verify" in capsys.readouterr().out
    assert main([*verify, "--campaign", "nope"]) == 1
    assert "no campaign 'nope'" in capsys.readouterr().err
