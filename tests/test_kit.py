"""The recipient's kit against a real server (SQLite and PostgreSQL): three tablets, a
withdrawal, a revocation and a record accepted from a hold after a fork. The kit verifies,
with ``imza verify-kit`` and with the single file inside it run by a bare Python; each
tampering (a name changed, a record dropped or added, the head re-signed, the PDF's count
edited) is caught and named."""

import json
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
import requests
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from kiosk import campaign as campaigns
from kiosk.cli import main
from kiosk.export import Summary
from sync import client
from sync.kit import kitfile
from sync.server import admin, counting, db, enrolment, treeheads
from sync.server import export as sealed_export
from sync.server.models import Quarantined
from tests.conftest import CampaignKeys, form_with
from tests.serverside import Server
from tests.syncside import device_of
from tests.test_export_server import sign, withdraw_at_server
from tests.test_log import synced_tablet

Members = dict[str, bytes]


def _signed_head(server: Server) -> treeheads.Head:
    counting.drain(server.engine)
    head = treeheads.sign_head(server.engine, server.campaign.slug)
    assert head is not None
    return head


def _export_kit(
    server: Server, keys: CampaignKeys, out: Path, capsys: pytest.CaptureFixture[str]
) -> dict[str, int]:
    code = main(["export", "--key", str(keys.key_file), "--passphrase-file",
                 str(keys.passphrase_file), "--format", "kit", "--out", str(out),
                 "--database", server.database_url, "--language", "en", "--json"])  # fmt: skip
    printed, err = capsys.readouterr()
    assert code == 0, err
    doc: dict[str, int] = json.loads(printed)
    return doc


@pytest.fixture
def kit(
    server: Server, keys: CampaignKeys, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> Path:
    """A kit of 8 people: Aysel twice, Gülnar withdrawn, two of tablet c past its cut-off,
    Səbinə accepted from a fork."""
    codes = synced_tablet(server, tmp_path / "a", ["Aysel", "Gülnar", "Sevda", "Nərgiz"])
    synced_tablet(server, tmp_path / "b", ["Aytən", "Ülviyyə", "Aysel"])
    synced_tablet(server, tmp_path / "c", ["Zəhra", "Lalə", "Könül"])
    earlier = _signed_head(server)  # a head a monitor saved; the kit's must extend it
    (tmp_path / "earlier-head.json").write_text(json.dumps(earlier.as_json()))
    withdraw_at_server(server, codes[1])
    enrolment.revoke(server.engine, device_of(tmp_path / "c"), 1)
    shutil.copytree(tmp_path / "a", tmp_path / "a-copy")  # a restored backup: a fork
    sign(tmp_path / "a", form_with(given_name="Pərvin", surname="Quliyeva", settlement="Laçın"))
    client.sync(tmp_path / "a")
    sign(
        tmp_path / "a-copy", form_with(given_name="Səbinə", surname="Quliyeva", settlement="Laçın")
    )
    with pytest.raises(client.ForkError):
        client.sync(tmp_path / "a-copy")
    with server.engine.connect() as conn:
        (held,) = conn.scalars(select(Quarantined.id).where(Quarantined.state == "held")).all()
    admin.decide(server.engine, held, accept=True)
    head = _signed_head(server)
    assert head.count == 8

    out = tmp_path / "petition-kit.zip"
    doc = _export_kit(server, keys, out, capsys)
    assert (doc["unique"], doc["duplicates_removed"], doc["withdrawn"], doc["excluded"]) == (
        8,
        1,
        1,
        2,
    )
    return out


def _verify(path: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, str]:
    code = main(["verify-kit", str(path), *extra])
    return code, capsys.readouterr().out


def test_the_kit_verifies_with_imza_and_with_its_own_single_file(
    kit: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = _verify(kit, capsys)
    assert code == 0, out
    assert out.rstrip().endswith("the kit holds")
    assert "the count: 8 people and 1 duplicate of one of them; no identity twice" in out
    assert "people 8, duplicates removed 1, withdrawn 1, left out, tablet revoked 2" in out
    assert "FAILED" not in out

    with zipfile.ZipFile(kit) as z:
        names = set(z.namelist())
        single = z.read(kitfile.VERIFIER).decode()
        signers = [json.loads(x) for x in z.read(kitfile.SIGNERS).decode().splitlines()]
    assert {kitfile.PDF, kitfile.README, kitfile.HEAD, kitfile.LOG, kitfile.DEVICES} <= names
    assert "from kiosk" not in single
    assert "from sync" not in single
    assert sum(s["listed"] for s in signers) == 8
    assert all(len(s["salt"]) == 32 and s["proof"] for s in signers)
    assert not any("phone" in s or "email" in s for s in signers)
    bare = tmp_path / "recipient"
    bare.mkdir()
    (bare / "verify_kit.py").write_text(single)
    run = subprocess.run([sys.executable, "-I", "verify_kit.py", str(kit)], cwd=bare,
                         capture_output=True, text=True, timeout=120)  # fmt: skip
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.rstrip().endswith("the kit holds")


def _members(path: Path) -> Members:
    with zipfile.ZipFile(path) as z:
        return {name: z.read(name) for name in z.namelist()}


def _rewrite(path: Path, out: Path, change: Callable[[Members], None]) -> Path:
    members = _members(path)
    change(members)
    with zipfile.ZipFile(out, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
    return out


def _lines(members: Members) -> list[dict[str, object]]:
    return [json.loads(x) for x in members[kitfile.SIGNERS].decode().splitlines()]


def _put_lines(members: Members, lines: list[dict[str, object]]) -> None:
    members[kitfile.SIGNERS] = "".join(
        json.dumps(x, ensure_ascii=False) + "\n" for x in lines
    ).encode()


def _rename(members: Members) -> None:
    lines = _lines(members)
    lines[0]["surname"] = "Həsənova"
    _put_lines(members, lines)


def _drop(members: Members) -> None:
    _put_lines(members, _lines(members)[1:])


def _add(members: Members) -> None:
    lines = _lines(members)
    fake = dict(lines[0], given="Fərid", record="ab" * 16, seq=99)
    _put_lines(members, [*lines, fake])


def _garble(members: Members) -> None:
    lines = _lines(members)
    lines[0]["seq"], lines[0]["proof"] = "seven", 5
    _put_lines(members, lines)


def _append_revision(members: Members) -> None:
    pdf = members[kitfile.PDF]  # an edit saved the way PDF editors save: appended
    members[kitfile.PDF] = pdf + b"\n5000 0 obj\n<< >>\nendobj\nstartxref\n0\n%%EOF\n"


def _unsigned_text(members: Members) -> None:
    members[f"{kitfile.TEXTS}az-Latn.txt"] = b"Another petition altogether"


def _resign(members: Members) -> None:
    head = json.loads(members[kitfile.HEAD])
    doc = treeheads.Head(head["campaign"], head["tree_size"], bytes.fromhex(head["root_hash"]),
                         head["timestamp_ms"], head["count"] + 1, b"")  # fmt: skip
    head["count"] += 1
    head["signature"] = Ed25519PrivateKey.generate().sign(doc.message()).hex()
    members[kitfile.HEAD] = json.dumps(head).encode()


@pytest.mark.parametrize(
    ("change", "caught"),
    [
        (_rename, "its names, settlement or method are not what the tablet committed to"),
        (_drop, "counts in the log (leaf"),
        (_add, "record abababababab (tablet"),
        (_resign, "the head's signature does not verify with the receipt key"),
        (_garble, "its line is incomplete"),
        (_append_revision, "petition.pdf was changed after Imza wrote it: a revision appended"),
        (_unsigned_text, "texts/az-Latn.txt: no signature in the kit was signed on it"),
    ],
    ids=[
        "a name changed",
        "a record dropped",
        "a record added",
        "the head re-signed",
        "a line garbled",
        "the PDF edited",
        "a text nobody signed",
    ],
)
def test_each_tampering_is_caught_and_named(
    kit: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    change: Callable[[Members], None],
    caught: str,
) -> None:
    code, out = _verify(_rewrite(kit, tmp_path / "tampered.zip", change), capsys)
    assert code == 1
    assert caught in out, out
    assert out.rstrip().endswith("FAILED: the kit does not hold")


def test_a_pdf_whose_count_was_edited_is_caught(
    kit: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], server: Server
) -> None:
    from ui.delivery.pdf import write_pdf
    from ui.export_text import texts

    forged = tmp_path / "forged.pdf"
    campaign = campaigns.load(server.issued)
    summary = Summary(unique=9, duplicates_removed=1, withdrawn=1)
    write_pdf(forged, campaign, "en", [], summary, {}, texts("en"))

    def swap(members: Members) -> None:
        members[kitfile.PDF] = forged.read_bytes()

    code, out = _verify(_rewrite(kit, tmp_path / "tampered.zip", swap), capsys)
    assert code == 1
    assert "the PDF states 'People who signed, each counted once' 9, 9, the log 8" in out, out


def test_a_head_and_key_both_replaced_pass_only_without_the_published_key(
    kit: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    published = json.loads(_members(kit)[kitfile.MANIFEST])["receipt_public_key"]
    other = Ed25519PrivateKey.generate()

    def both(members: Members) -> None:
        head = json.loads(members[kitfile.HEAD])
        doc = treeheads.Head(head["campaign"], head["tree_size"], bytes.fromhex(head["root_hash"]),
                             head["timestamp_ms"], head["count"], b"")  # fmt: skip
        head["signature"] = other.sign(doc.message()).hex()
        members[kitfile.HEAD] = json.dumps(head).encode()
        manifest = json.loads(members[kitfile.MANIFEST])
        manifest["receipt_public_key"] = other.public_key().public_bytes_raw().hex()
        members[kitfile.MANIFEST] = json.dumps(manifest).encode()

    swapped = _rewrite(kit, tmp_path / "swapped.zip", both)
    code, out = _verify(swapped, capsys)
    assert code == 0  # consistent in itself: hence the published key
    assert "compare it with the campaign's" in out
    code, out = _verify(swapped, capsys, "--receipt-key", published)
    assert code == 1
    assert "the head's signature does not verify" in out


def test_an_earlier_head_is_the_start_of_the_kits_log_and_a_split_view_is_caught(
    kit: Path, server: Server, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    saved = tmp_path / "earlier-head.json"
    code, out = _verify(kit, capsys, "--earlier-head", str(saved))
    assert code == 0, out
    assert "ok     the earlier head in earlier-head.json is the start of this log" in out
    assert "10 leaves, count 9 then" in out  # three tablets' ten records, Aysel twice

    doc = json.loads(saved.read_text())  # the same size, another root, signed by the server:
    head = treeheads.Head(doc["campaign"], doc["tree_size"], bytes(32), doc["timestamp_ms"],
                          doc["count"], b"")  # fmt: skip
    doc["root_hash"] = head.root.hex()
    doc["signature"] = server.campaign.receipt_key.sign(head.message()).hex()
    split = tmp_path / "shown-to-someone-else.json"
    split.write_text(json.dumps(doc))
    code, out = _verify(kit, capsys, "--earlier-head", str(split))
    assert code == 1
    assert "the log's first 10 leaves are not the earlier head's" in out


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (b"not a zip", "is not a kit (a zip file)"),
        (None, "the kit has no kit.json"),
    ],
    ids=["not a zip", "no manifest"],
)
def test_a_kit_that_cannot_be_read_says_why(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes | None, said: str
) -> None:
    path = tmp_path / "kit.zip"
    if content is None:
        with zipfile.ZipFile(path, "w") as z:
            z.writestr("README.txt", "hello")
    else:
        path.write_bytes(content)
    assert main(["verify-kit", str(path)]) == 2
    captured = capsys.readouterr()
    assert said in captured.err
    assert captured.out == ""


def test_a_kit_needs_the_database_and_a_signed_head(
    server: Server,
    keys: CampaignKeys,
    enrolled: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "kit.zip"
    key = ["--key", str(keys.key_file), "--passphrase-file", str(keys.passphrase_file)]
    assert (
        main(["export", *key, "--format", "kit", "--out", str(out), "--data-dir", str(enrolled)])
        == 1
    )
    assert "give --database URL" in capsys.readouterr().err
    database = ["--database", server.database_url]
    assert main(["export", *key, "--format", "kit", "--out", str(out), *database]) == 1
    assert "the log has no signed head yet" in capsys.readouterr().err
    assert not out.exists()
    assert list(tmp_path.glob("*kit.zip*")) == []  # no partial file either


def _state(server: Server, code: str) -> str:
    reply = requests.get(
        f"{server.url}/v1/campaigns/{server.campaign.slug}/check", params={"code": code}, timeout=10
    )
    state: str = reply.json()["state"]
    return state


def test_a_signature_held_after_a_fork_is_found_by_its_code_counted_and_withdrawn(
    server: Server, keys: CampaignKeys, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    synced_tablet(server, tmp_path / "a", ["Aysel", "Gülnar"])
    shutil.copytree(tmp_path / "a", tmp_path / "a-copy")  # a restored backup: a fork
    sign(tmp_path / "a", form_with(given_name="Pərvin", surname="Quliyeva", settlement="Laçın"))
    client.sync(tmp_path / "a")
    (code,) = sign(tmp_path / "a-copy", form_with(given_name="Səbinə", surname="Quliyeva"))
    with pytest.raises(client.ForkError):
        client.sync(tmp_path / "a-copy")
    assert _state(server, code) == "received"  # held aside: the server has it
    db.downgrade(server.engine, "0004")  # held before its code had a column of its own:
    db.upgrade(server.engine)  # the migration fills it in from the record
    assert _state(server, code) == "received"
    counting.drain(server.engine)  # the tablet's own records first in the log
    with server.engine.connect() as conn:
        (held,) = conn.scalars(select(Quarantined.id).where(Quarantined.state == "held")).all()
    admin.decide(server.engine, held, accept=True)
    head = _signed_head(server)
    assert head.count == 4
    reply = requests.get(f"{server.url}/v1/campaigns/{server.campaign.slug}/check",
                         params={"code": code}, timeout=10).json()  # fmt: skip
    assert reply["state"] == "counted"
    assert reply["leaf_index"] == head.size - 1  # the lead's acceptance counted it
    assert reply["head_size"] == head.size

    withdraw_at_server(server, code)
    assert _state(server, code) == "withdrawn"
    head = _signed_head(server)
    assert head.count == 3  # out of the count again, and logged so
    doc = _export_kit(server, keys, tmp_path / "kit.zip", capsys)
    assert (doc["unique"], doc["withdrawn"]) == (3, 1)
    sealed = tmp_path / "sealed.imza"  # the server's sealed file says so too
    sealed_export.write(server.engine, server.campaign.slug, sealed)
    held_items = [r for r in sealed_export.read(sealed) if r.get("quarantine") == "accepted"]
    assert [r["withdrawn"] for r in held_items] == [True]
    verdict, out = _verify(tmp_path / "kit.zip", capsys)
    assert verdict == 0, out
    assert "people 3, duplicates removed 0, withdrawn 1" in out


def _infinite_head(members: Members) -> None:
    head = json.loads(members[kitfile.HEAD])
    head["tree_size"] = float("inf")
    members[kitfile.HEAD] = json.dumps(head).encode()


@pytest.mark.parametrize(
    ("change", "said"),
    [
        (_infinite_head, "the head is not a signed tree head"),
        (lambda m: m.update({kitfile.SIGNERS: b"\xff\xfe"}), "signers.jsonl is not UTF-8 text"),
    ],
    ids=["a head of infinite size", "signers not text"],
)
def test_a_malformed_kit_is_refused_with_a_reason_not_a_traceback(
    kit: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    change: Callable[[Members], None],
    said: str,
) -> None:
    assert main(["verify-kit", str(_rewrite(kit, tmp_path / "bad.zip", change))]) == 2
    assert said in capsys.readouterr().err


def test_a_kit_holding_a_file_twice_is_refused(
    kit: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    twice = tmp_path / "twice.zip"
    shutil.copy(kit, twice)
    with zipfile.ZipFile(twice, "a") as z, pytest.warns(UserWarning, match="Duplicate name"):
        z.writestr(kitfile.PDF, b"%PDF-1.4 another")
    assert main(["verify-kit", str(twice)]) == 2
    assert "holds a file twice under one name" in capsys.readouterr().err
