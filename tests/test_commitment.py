"""Each new record's link commits to what the signer gave (chain version 2): whoever is handed
the opened record can check it against the link, and so against the public log, while the
salt sealed inside keeps anyone from testing guesses. Version 1 links stay valid as hashed."""

from collections.abc import Callable

from kiosk import chain, sealing
from kiosk.signature import SignatureForm, read_payload
from kiosk.vault import Stored, Vault
from sync.outbox import batch_from
from tests.conftest import CampaignKeys


def test_a_new_link_commits_to_the_signers_record_and_its_salt(
    vault: Vault, keys: CampaignKeys, make_form: Callable[..., SignatureForm]
) -> None:
    stored = vault.submit(make_form(given_name="Aysel", surname="Quliyeva", patronymic="Əli"))
    assert isinstance(stored, Stored)
    batch = batch_from(vault, 1)
    assert batch is not None
    (record,) = batch.records
    assert record.link[0] == chain.VERSION == 2
    assert len(record.link) == chain.LINK_SIZE
    info = sealing.seal_info(
        vault.suite, vault.campaign.slug, vault.device.id, record.record_id, "signature"
    )
    opened = read_payload(
        sealing.Opener(vault.suite, keys.pair.private_raw).open(record.sealed or b"", info)
    )
    salt = opened["salt"]
    assert isinstance(salt, bytes)
    assert len(salt) == 16

    def commits(surname: object, with_salt: bytes) -> bytes:
        return chain.commitment(
            with_salt,
            record.record_id,
            (str(opened["given"]), str(surname), str(opened["patronymic"])),
            (str(opened["settlement"]), str(opened.get("place", ""))),
            str(opened["distinct"]),
            str(opened["method"]),
            record.text_hash,
        )

    assert chain.commitment_of(record.link) == commits(opened["surname"], salt)
    assert chain.commitment_of(record.link) != commits("Həsənova", salt)  # a name changed
    assert chain.commitment_of(record.link) != commits(opened["surname"], bytes(16))  # a guess
    assert chain.Link.unpack(record.link).commitment == commits(opened["surname"], salt)


def test_a_version_1_link_still_reads_and_commits_to_nothing(
    vault: Vault, make_form: Callable[..., SignatureForm]
) -> None:
    assert isinstance(vault.submit(make_form(given_name="Gülnar")), Stored)
    batch = batch_from(vault, 1)
    assert batch is not None
    v2 = batch.records[0].link
    v1 = b"\x01" + v2[1 : chain.LINK_SIZE_V1]  # the same fields as the first release packed
    assert chain.unpack_raw(v1)[1:] == chain.unpack_raw(v2)[1:]
    assert chain.commitment_of(v1) == chain.ZERO32
    assert chain.Link.unpack(v1).seq == 1
