"""Receipts: only a verified receipt naming this tablet's own chain head acknowledges records."""

from collections.abc import Callable

import cbor2
import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519

from kiosk.signature import SignatureForm
from kiosk.vault import Stored, Vault
from sync import acknowledge, receipt
from sync.outbox import batch_from
from sync.protocol import ProtocolError

Make = Callable[..., SignatureForm]
SERVER = ed25519.Ed25519PrivateKey.generate()
SERVER_PUBLIC = SERVER.public_key().public_bytes_raw()


@pytest.fixture
def filled(vault: Vault, make_form: Make) -> Vault:
    for name in ("Aysel", "Bəhruz", "Cavid"):
        assert isinstance(vault.submit(make_form(given_name=name)), Stored)
    return vault


def unsent(vault: Vault) -> int:
    return vault.status().unsent


def receipt_for(vault: Vault, through: int) -> receipt.Receipt:
    batch = batch_from(vault, 1, limit=through)
    assert batch is not None
    return receipt.sign(SERVER, vault.campaign.slug, vault.device.id, through, batch.head)


def test_a_receipt_acknowledges_through_its_sequence_number(filled: Vault) -> None:
    sent = receipt.decode(receipt.encode(receipt_for(filled, 2)))  # as it travels
    assert acknowledge.apply(filled, sent, SERVER_PUBLIC) == 2
    st = filled.status()
    assert (st.unsent, st.acknowledged_through) == (1, 2)
    assert st.last_sync is not None
    assert acknowledge.apply(filled, sent, SERVER_PUBLIC) == 0  # again: nothing changes


def test_a_receipt_that_does_not_verify_changes_nothing(filled: Vault) -> None:
    good = receipt_for(filled, 3)
    other_server = ed25519.Ed25519PrivateKey.generate().public_key().public_bytes_raw()
    with pytest.raises(ProtocolError) as exc:
        acknowledge.apply(filled, good, other_server)
    assert exc.value.code == "bad_signature"
    forged = receipt.Receipt(**{**good.__dict__, "through_seq": 2})
    with pytest.raises(ProtocolError):
        acknowledge.apply(filled, forged, SERVER_PUBLIC)
    assert unsent(filled) == 3


def test_a_receipt_for_another_chain_is_a_fork(filled: Vault) -> None:
    fork = receipt.sign(SERVER, filled.campaign.slug, filled.device.id, 2, bytes(32))
    with pytest.raises(ProtocolError) as exc:
        acknowledge.apply(filled, fork, SERVER_PUBLIC)
    assert exc.value.code == "fork"
    stranger = receipt.sign(SERVER, filled.campaign.slug, "0" * 64, 2, bytes(32))
    with pytest.raises(ProtocolError) as exc:
        acknowledge.apply(filled, stranger, SERVER_PUBLIC)
    assert exc.value.code == "wrong_device"
    assert unsent(filled) == 3


@pytest.mark.parametrize("data", [b"", b"\xa0", cbor2.dumps({"v": 1, "campaign": 3})])
def test_a_damaged_receipt_file_is_refused(data: bytes) -> None:
    with pytest.raises(ProtocolError) as exc:
        receipt.decode(data)
    assert exc.value.code == "malformed"
