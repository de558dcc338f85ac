"""Wipe at day's end: only what the server holds, no byte of a signer left, the chain goes on."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kiosk import audit
from kiosk.device import load_or_create
from kiosk.signature import SignatureForm
from kiosk.vault import MaybeDuplicate, Stored, Vault
from kiosk.wipe import WipeRefused
from sync import client
from sync.server import models
from tests.serverside import Server
from tests.signers import distinct_signers

# Nobody in the simulated names, the places or the campaign text is called this.
RARE = ("Zərifəxanım", "Sevindikzadə")


@pytest.fixture
def tablet_vault(enrolled: Path) -> Iterator[Vault]:
    vault = Vault.open(enrolled)
    yield vault
    vault.close()


def sign_all(vault: Vault, forms: list[SignatureForm]) -> list[Stored]:
    done = []
    for n, form in enumerate(forms):
        result = vault.submit(form, synthetic=True)
        if isinstance(result, MaybeDuplicate):  # a 16-bit local tag met a namesake's
            form.birth_year = 1950 + n % 50
            result = vault.submit(form, synthetic=True, not_the_same=True)
        assert isinstance(result, Stored)
        done.append(result)
    return done


def rare_signer() -> SignatureForm:
    form = distinct_signers(9, 1)[0]
    form.given_name, form.surname = RARE
    return form


def needles(vault: Vault) -> list[bytes]:
    """What would betray a held record: slices of its envelopes, its id, link and code hash."""
    found = [name.encode() for name in RARE]
    with vault.engine.connect() as conn:
        for row in conn.exec_driver_sql(
            "SELECT record_id, link, withdrawal_hash, sealed, identity FROM records"
        ):
            found += [bytes(row.record_id), bytes(row.link), bytes(row.withdrawal_hash)]
            found += [bytes(blob)[200:232] for blob in (row.sealed, row.identity) if blob]
    return found


def traces(path: Path, wanted: list[bytes]) -> list[str]:
    """Every needle found in any byte of any file under the data dir."""
    files = {f: f.read_bytes() for f in path.rglob("*") if f.is_file()}
    return [f"{f.name}: {n[:8].hex()}" for n in wanted for f, data in files.items() if n in data]


def server_seqs(server: Server, device: str) -> list[int]:
    with server.engine.connect() as conn:
        return list(
            conn.scalars(
                select(models.Record.seq)
                .where(models.Record.device_id == device)
                .order_by(models.Record.seq)
            )
        )


def server_signatures(server: Server, device: str) -> int:
    with server.engine.connect() as conn:
        return int(
            conn.scalar(
                select(func.count()).where(
                    models.Record.device_id == device, models.Record.kind == 1
                )
            )
            or 0
        )


def snapshot(vault: Vault) -> tuple[object, ...]:
    with vault.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT seq, record_id, link FROM records ORDER BY seq").all()
        meta = conn.exec_driver_sql("SELECT key, value FROM meta ORDER BY key").all()
    return tuple(map(tuple, rows)), tuple(map(tuple, meta))


def test_a_wipe_is_refused_while_anything_is_unsent_and_then_changes_nothing(
    server: Server, enrolled: Path, tablet_vault: Vault
) -> None:
    vault = tablet_vault
    with pytest.raises(WipeRefused, match=r"^nothing to wipe"):
        vault.wipe()
    first = sign_all(vault, distinct_signers(0, 10))
    assert client.sync(enrolled).acked_through == 10
    sign_all(vault, distinct_signers(1, 2))
    vault.withdraw(first[0].receipt_code)
    before = snapshot(vault)

    with pytest.raises(WipeRefused) as refused:
        vault.wipe()

    assert str(refused.value) == (
        "2 signatures and 1 withdrawal are not yet acknowledged by the server: "
        "sync or load a receipt first"
    )
    assert snapshot(vault) == before
    assert vault.seen_before(distinct_signers(0, 10)[3])  # still asks "is that you?"
    st = vault.status()
    assert (st.signatures, st.unsent, st.wiped, st.wiped_through) == (12, 3, 0, 0)
    assert client.sync(enrolled).unsent == 0
    assert vault.wipe().records == 13
    with pytest.raises(WipeRefused, match=r"^nothing to wipe"):
        vault.wipe()


def test_after_a_synced_wipe_no_byte_of_a_signer_is_left_and_the_chain_goes_on(
    server: Server, enrolled: Path, tablet_vault: Vault
) -> None:
    vault = tablet_vault
    forms = [*distinct_signers(2, 19), rare_signer()]
    stored = sign_all(vault, forms)
    vault.withdraw(stored[5].receipt_code)
    assert client.sync(enrolled).acked_through == 21
    secrets = needles(vault)
    assert len(secrets) == 2 + 21 * 3 + 20 * 2
    assert len(traces(enrolled, secrets)) >= 21 * 3  # the scan sees what the store holds

    done = vault.wipe()

    assert (done.records, done.through_seq, done.scrubbed) == (21, 21, True)
    assert traces(enrolled, secrets) == []
    st = vault.status()
    assert (st.signatures, st.withdrawn, st.today, st.unsent) == (20, 1, 20, 0)
    assert (st.wiped, st.wiped_through, st.head_seq) == (20, 21, 21)
    assert not vault.seen_before(forms[3])  # the new duplicate key: the tablet forgot them

    later = sign_all(vault, distinct_signers(3, 5))
    assert [s.seq for s in later] == [22, 23, 24, 25, 26]
    assert audit.verify(vault.engine, vault.campaign.slug).ok
    outcome = client.sync(enrolled)
    assert (outcome.acknowledged, outcome.unsent) == (5, 0)
    device = load_or_create(enrolled).id
    assert server_seqs(server, device) == list(range(1, 27))  # nothing lost or doubled
    assert server_signatures(server, device) == vault.status().signatures == 25

    vault.close()  # as after a power cut: the store opens and verifies
    reopened = Vault.open(enrolled)
    try:
        report = audit.verify(reopened.engine, reopened.campaign.slug)
        assert report.ok
        assert (report.first_seq, report.last_seq, report.wiped_through) == (22, 26, 21)
        assert reopened.status().signatures == 25
    finally:
        reopened.close()


def test_a_wipe_after_a_hand_over_file_and_its_receipt(
    server: Server, enrolled: Path, tmp_path: Path
) -> None:
    from kiosk.cli import main

    stick = tmp_path / "usb"
    stick.mkdir()
    data = ["--data-dir", str(enrolled)]
    db = ["--database", server.database_url]

    def hand_over(name: str) -> None:
        handover, receipt = str(stick / f"{name}.imza"), str(stick / f"{name}.receipt")
        assert main(["sync", "--to-file", handover, *data]) == 0
        assert main(["server", "import", handover, "--receipt", receipt, *db]) == 0
        assert main(["sync", "--receipt", receipt, *data]) == 0

    vault = Vault.open(enrolled)
    try:
        sign_all(vault, [*distinct_signers(4, 7), rare_signer()])
        secrets = needles(vault)
    finally:
        vault.close()
    hand_over("monday")
    vault = Vault.open(enrolled)
    try:
        assert vault.wipe().records == 8
        assert traces(enrolled, secrets) == []
        sign_all(vault, distinct_signers(5, 4))
    finally:
        vault.close()
    hand_over("tuesday")  # the next file starts where the wipe ended, and the server takes it

    device = load_or_create(enrolled).id
    assert server_seqs(server, device) == list(range(1, 13))
    assert client.sync(enrolled).acknowledged == 0  # the same records over HTTP: nothing new
    assert server_signatures(server, device) == 12
    vault = Vault.open(enrolled)
    try:
        assert vault.status().signatures == 12
        assert audit.verify(vault.engine, vault.campaign.slug).ok
    finally:
        vault.close()
