"""The submit path as a signer and a thief would meet it."""

from collections.abc import Callable
from pathlib import Path

import pytest

from kiosk import keyfile, sealing
from kiosk.export import Summary, opened_signatures, rows_from_store
from kiosk.normalise import normalise
from kiosk.signature import SignatureForm
from kiosk.vault import Invalid, MaybeDuplicate, Stored, Vault, VaultError
from tests.conftest import CampaignKeys

Make = Callable[..., SignatureForm]


def open_all(vault: Vault, keys: CampaignKeys) -> list[dict[str, object]]:
    opener = sealing.Opener(keys.pair.suite, keys.pair.private_raw)
    return opened_signatures(rows_from_store(vault.engine), vault.campaign.slug, opener, Summary())


def test_a_signature_is_stored_sealed_and_opens_with_the_campaign_key(
    vault: Vault, keys: CampaignKeys, make_form: Make
) -> None:
    result = vault.submit(make_form())
    assert isinstance(result, Stored)
    assert result.seq == 1
    assert len(result.receipt_code) == 12
    [signer] = open_all(vault, keys)
    assert (signer["given_name"], signer["surname"], signer["settlement"]) == (
        "İlkin",
        "Məmmədov",
        "Ağdam",
    )


def test_no_name_is_anywhere_on_disk_in_plain_text(
    vault: Vault, keys: CampaignKeys, make_form: Make, tablet: Path
) -> None:
    people = [
        ("Gülnarə", "Əliyeva", "Füzuli"),
        ("Тимур", "Карпов", "Şuşa"),
        ("Rəşad", "Quliyev", "Xocalı"),
    ]
    for given, surname, settlement in people:
        assert isinstance(
            vault.submit(
                make_form(
                    given_name=given,
                    surname=surname,
                    settlement=settlement,
                    wants_updates=True,
                    phone="+994 50 123 45 67",
                )
            ),
            Stored,
        )
    # Read every byte while the store is still open: WAL and SHM included.
    blobs = b"".join(p.read_bytes() for p in tablet.rglob("*") if p.is_file())
    for given, surname, _ in people:
        for needle in (given, surname, normalise(given), normalise(surname)):
            for encoding in ("utf-8", "utf-16-le"):
                assert needle.encode(encoding) not in blobs, needle
    assert b"123 45 67" not in blobs
    opened = {(s["given_name"], s["surname"]) for s in open_all(vault, keys)}
    assert opened == {(g, s) for g, s, _ in people}


@pytest.mark.parametrize("surname", ["Məmmədov", "MƏMMƏDOV ", "Мәммәдов", "Memmedov"])
def test_the_same_person_in_another_script_or_case_is_asked(
    vault: Vault, make_form: Make, surname: str
) -> None:
    assert isinstance(vault.submit(make_form()), Stored)
    given = "Илкин" if surname.startswith("М") else "ILKIN"
    again = vault.submit(make_form(given_name=given, surname=surname, settlement="AĞDAM"))
    assert isinstance(again, MaybeDuplicate)


def test_a_namesake_is_accepted_once_told_apart(vault: Vault, make_form: Make) -> None:
    assert isinstance(vault.submit(make_form()), Stored)
    assert isinstance(vault.submit(make_form()), MaybeDuplicate)
    refused = vault.submit(make_form(), not_the_same=True)
    assert isinstance(refused, Invalid)
    assert refused.problems[0].field == "patronymic"
    assert isinstance(vault.submit(make_form(patronymic="Əli oğlu"), not_the_same=True), Stored)
    assert isinstance(vault.submit(make_form(birth_year=1961), not_the_same=True), Stored)


def test_invalid_form_stores_nothing(vault: Vault, make_form: Make) -> None:
    result = vault.submit(make_form(surname="  ", consent=False))
    assert isinstance(result, Invalid)
    assert {p.field for p in result.problems} == {"surname", "consent"}
    with vault.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM records").scalar() == 0


def test_withdrawal_appends_and_the_export_leaves_the_signer_out(
    vault: Vault, keys: CampaignKeys, make_form: Make
) -> None:
    first = vault.submit(make_form())
    other = vault.submit(make_form(given_name="Aygün", surname="Həsənova"))
    assert isinstance(first, Stored)
    assert isinstance(other, Stored)
    spoken = first.receipt_code.lower()[:4] + "-" + first.receipt_code[4:]
    done = vault.withdraw(spoken)
    assert done.found_here
    assert done.seq == 3
    assert [s["given_name"] for s in open_all(vault, keys)] == ["Aygün"]
    with pytest.raises(VaultError, match="already withdrawn"):
        vault.withdraw(first.receipt_code)
    with pytest.raises(VaultError, match="not a receipt code"):
        vault.withdraw("hello")
    # Once withdrawn, the same person may sign again without being asked.
    assert isinstance(vault.submit(make_form(given_name="ilkin")), Stored)


def test_a_production_campaign_refuses_synthetic_signatures(
    tmp_path: Path, keys: CampaignKeys, make_form: Make
) -> None:
    from kiosk import datadir
    from tests.conftest import write_campaign

    prod = write_campaign(tmp_path / "prod.toml", keys.pair, keys.count, production=True)
    datadir.init(tmp_path / "prod", prod)
    vault = Vault.open(tmp_path / "prod")
    with pytest.raises(VaultError, match="production"):
        vault.submit(make_form(), synthetic=True)
    assert isinstance(vault.submit(make_form()), Stored)
    vault.close()


def test_key_file_round_trip_and_wrong_passphrase(keys: CampaignKeys) -> None:
    data = keys.key_file.read_bytes()
    assert (
        keyfile.unwrap(data, "Correct  Horse battery staple").fingerprint == keys.pair.fingerprint
    )
    with pytest.raises(keyfile.KeyFileError, match="wrong passphrase"):
        keyfile.unwrap(data, "correct horse battery")
