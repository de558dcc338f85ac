"""The export's count is the server's count: from the server database (SQLite and PostgreSQL),
with its withdrawals, revocations and the hand-over files not yet imported."""

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest

from kiosk import receipt
from kiosk.cli import main
from kiosk.signature import SignatureForm
from kiosk.vault import MaybeDuplicate, Stored, Vault
from sync import client, handover, outbox, protocol
from sync.enrol import enrol
from sync.server import admin, campaigns, counting, db, enrolment, ingest
from sync.server.db import write
from sync.server.refusals import Refused
from tests.conftest import CampaignKeys, form_with
from tests.serverside import Server
from tests.syncside import device_of

AYSEL = form_with(given_name="Aysel", surname="Quliyeva", settlement="Laçın")
TURAL = form_with(given_name="Tural", surname="Həsənov", settlement="Şuşa")
ILKIN = form_with(given_name="İlkin", surname="Məmmədov", settlement="Ağdam")
ILKIN_AGAIN = form_with(given_name="ilkin", surname="MƏMMƏDOV", settlement="Ağdam ")
SAKINA = form_with(given_name="Сәкинә", surname="Әлијева", settlement="Шуша", locale="az-Cyrl")
ELVIN = form_with(given_name="Elvin", surname="Rüstəmov", settlement="Füzuli")


def sign(path: Path, *forms: SignatureForm) -> list[str]:
    """Sign on the tablet at ``path``; the receipt codes, in order."""
    vault = Vault.open(path)
    try:
        stored = [vault.submit(form) for form in forms]
    finally:
        vault.close()
    assert all(isinstance(s, Stored) for s in stored)
    return [s.receipt_code for s in stored if isinstance(s, Stored)]


def withdraw_on_tablet(path: Path, code: str) -> None:
    vault = Vault.open(path)
    try:
        vault.withdraw(code)
    finally:
        vault.close()


def withdraw_at_server(server: Server, code: str) -> None:
    """A signer withdraws by code at the server: no record on any tablet says so."""
    with write(server.engine) as conn:
        ingest.withdraw(conn, server.campaign, receipt.code_hash(server.campaign.slug, code))


def server_figure(server: Server) -> int:
    counting.drain(server.engine)
    figure: int = campaigns.progress(server.engine, server.campaign.slug)["at_least"]  # type: ignore[assignment]
    return figure


def export(
    capsys: pytest.CaptureFixture[str], keys: CampaignKeys, out: Path, *sources: str
) -> dict[str, Any]:
    code = main(["export", "--key", str(keys.key_file), "--passphrase-file",
                 str(keys.passphrase_file), "--out", str(out), "--json", *sources])  # fmt: skip
    printed, err = capsys.readouterr()
    assert code == 0, err
    doc: dict[str, Any] = json.loads(printed)
    return doc


def second_tablet(server: Server, tmp_path: Path, label: str) -> Path:
    path = tmp_path / label.replace(" ", "-")
    enrol(path, server.url, server.code(approved=True), label=label)
    return path


def test_the_export_from_the_server_database_counts_as_the_server_does(
    server: Server,
    enrolled: Path,
    keys: CampaignKeys,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    other = second_tablet(server, tmp_path, "Tablet 2")
    _, tural, _ = sign(enrolled, AYSEL, TURAL, ILKIN)
    _, sakina = sign(other, ILKIN_AGAIN, SAKINA)  # İlkin signed on both tablets
    withdraw_on_tablet(other, sakina)
    client.sync(enrolled)
    client.sync(other)
    withdraw_at_server(server, tural)  # only the server's mark says so

    figure = server_figure(server)
    out = tmp_path / "signers.csv"
    doc = export(capsys, keys, out, "--database", server.database_url)
    assert figure == 2  # Aysel and İlkin
    assert doc["unique"] == figure
    assert (doc["duplicates_removed"], doc["withdrawn"]) == (1, 2)
    assert len(out.read_text("utf-8-sig").splitlines()) == 1 + figure
    # The tablets' own data dirs hold the same records: read together with the server's,
    # each record counts once and keeps the server's marks.
    both = export(capsys, keys, out, "--database", server.database_url,
                  "--data-dir", str(enrolled), "--data-dir", str(other))  # fmt: skip
    assert (both["unique"], both["duplicates_removed"], both["withdrawn"]) == (2, 1, 2)
    # The tablets alone never heard of the withdrawal at the server: the database is needed.
    alone = export(capsys, keys, out, "--data-dir", str(enrolled), "--data-dir", str(other))
    assert alone["unique"] == 3


def test_hand_over_files_pending_withdrawals_and_revoked_tablets(
    server: Server,
    enrolled: Path,
    keys: CampaignKeys,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    far = second_tablet(server, tmp_path, "Tablet 3")
    sign(enrolled, AYSEL)
    client.sync(enrolled)
    _, sakina = sign(far, ELVIN, SAKINA)
    handover = tmp_path / "day3.imza"
    assert main(["sync", "--to-file", str(handover), "--data-dir", str(far)]) == 0
    withdraw_at_server(server, sakina)  # before her signature reached the server: held
    capsys.readouterr()

    out = tmp_path / "signers.csv"
    doc = export(capsys, keys, out, "--database", server.database_url,
                 "--from-file", str(handover))  # fmt: skip
    assert (doc["unique"], doc["withdrawn"]) == (2, 1)  # Aysel, Elvin
    # A hand-over file alone carries no campaign texts: the campaign file is asked for.
    code = main(["export", "--key", str(keys.key_file), "--passphrase-file",
                 str(keys.passphrase_file), "--out", str(out),
                 "--from-file", str(handover)])  # fmt: skip
    assert code == 1
    assert "--campaign" in capsys.readouterr().err
    alone = export(
        capsys, keys, out, "--from-file", str(handover), "--campaign", str(server.issued)
    )
    assert alone["unique"] == 2  # Elvin and Sakina: only the server knows she withdrew

    admin.import_file(server.engine, handover, tmp_path / "receipt.imza")
    assert server_figure(server) == 2
    assert export(capsys, keys, out, "--database", server.database_url)["unique"] == 2

    device = enrolment.find(server.engine, device_of(enrolled))
    enrolment.revoke(server.engine, device, after_seq=0)  # Aysel's tablet was stolen
    revoked = export(capsys, keys, out, "--database", server.database_url)
    assert server_figure(server) == revoked["unique"] == 1
    assert revoked["excluded"] == 1


def test_a_record_the_lead_accepts_from_quarantine_is_exported_and_counted(
    server: Server,
    enrolled: Path,
    keys: CampaignKeys,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    sign(enrolled, AYSEL, TURAL)
    vault = Vault.open(enrolled)
    try:
        batch = outbox.batch_from(vault, 2)  # the first record never arrives: a gap
    finally:
        vault.close()
    assert batch is not None
    gap = tmp_path / "gap.imza"
    handover.write(gap, [protocol.encode(batch)])
    with pytest.raises(Refused):
        admin.import_file(server.engine, gap, tmp_path / "receipt.imza")
    [held] = admin.quarantine(server.engine)

    out = tmp_path / "signers.csv"
    before = export(capsys, keys, out, "--database", server.database_url)
    assert (before["unique"], before["held_aside"]) == (0, 1)
    admin.decide(server.engine, held.id, accept=True)
    after = export(capsys, keys, out, "--database", server.database_url)
    assert server_figure(server) == after["unique"] == 1
    assert after["held_aside"] == 0


def _collides(path: Path) -> Vault:
    """The tablet at ``path`` with every signer's 16-bit tag the same: each after the first
    is asked "is that you?" (as a real collision of two different names would ask)."""
    vault = Vault.open(path)
    vault.local_tag = lambda base_identity: 7  # type: ignore[method-assign]
    return vault


def test_one_person_on_three_tablets_asked_apart_on_one_counts_once(
    server: Server,
    enrolled: Path,
    keys: CampaignKeys,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Elvin is asked "is that you?" on the first tablet only (his tag met Aysel's there) and
    gives his year of birth; on two others nobody asks. He is one person, not two."""
    second, third = (second_tablet(server, tmp_path, f"Tablet {n}") for n in (2, 3))
    vault = _collides(enrolled)
    try:
        assert isinstance(vault.submit(AYSEL), Stored)
        assert isinstance(vault.submit(ELVIN), MaybeDuplicate)
        told = dataclasses.replace(ELVIN, birth_year=1961)
        assert isinstance(vault.submit(told, not_the_same=True), Stored)
    finally:
        vault.close()
    sign(second, ELVIN)
    sign(third, ELVIN)
    for tablet in (enrolled, second, third):
        client.sync(tablet)

    figure = server_figure(server)
    doc = export(capsys, keys, tmp_path / "signers.csv", "--database", server.database_url)
    assert figure == 2  # Aysel and Elvin
    assert (doc["unique"], doc["duplicates_removed"]) == (2, 2)


def test_namesakes_told_apart_on_one_tablet_stay_two_wherever_else_they_sign(
    server: Server,
    enrolled: Path,
    keys: CampaignKeys,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Two İlkin Məmmədovs of Ağdam, father and son, told apart on one tablet: two people.
    The father signing again on another tablet, where nobody asks, adds nobody; a withdrawal
    of one of the two leaves one."""
    other = second_tablet(server, tmp_path, "Tablet 2")
    vault = Vault.open(enrolled)
    try:
        assert isinstance(vault.submit(ILKIN), Stored)
        assert isinstance(vault.submit(ILKIN_AGAIN), MaybeDuplicate)
        son = dataclasses.replace(ILKIN_AGAIN, patronymic="İlkin", birth_year=1990)
        stored = vault.submit(son, not_the_same=True)
        assert isinstance(stored, Stored)
    finally:
        vault.close()
    sign(other, ILKIN_AGAIN)
    client.sync(enrolled)
    client.sync(other)
    assert server_figure(server) == 2
    out = tmp_path / "signers.csv"
    doc = export(capsys, keys, out, "--database", server.database_url)
    assert (doc["unique"], doc["duplicates_removed"]) == (2, 1)

    withdraw_at_server(server, stored.receipt_code)  # the son withdraws
    assert server_figure(server) == 1
    assert export(capsys, keys, out, "--database", server.database_url)["unique"] == 1


def test_a_count_made_before_variants_moves_over_and_goes_on(
    server: Server, enrolled: Path, tmp_path: Path
) -> None:
    """A database counted under the first schema (one tag per person, no variants) migrates
    with its figure kept, and counts on: the same person on a new tablet adds nobody."""
    other = second_tablet(server, tmp_path, "Tablet 2")
    sign(enrolled, AYSEL, ILKIN)
    sign(other, ILKIN_AGAIN)
    client.sync(enrolled)
    client.sync(other)
    assert server_figure(server) == 2
    db.downgrade(server.engine, "0001")
    db.upgrade(server.engine)
    assert server_figure(server) == 2
    third = second_tablet(server, tmp_path, "Tablet 3")
    sign(third, ILKIN, TURAL)
    client.sync(third)
    assert server_figure(server) == 3
