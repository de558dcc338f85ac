"""The identity envelope: padded, so its length says nothing of the name's; envelopes the first
release sealed bare still open on the server and count the same signer once."""

from pathlib import Path

import pytest
from sqlalchemy import select

from kiosk import sealing
from kiosk.models import Record as TabletRecord
from kiosk.normalise import identity
from kiosk.signature import SignatureForm
from kiosk.vault import Stored, Vault
from sync import client
from sync.enrol import enrol
from sync.server import counting
from sync.server.models import Campaign, RecordTag
from tests.conftest import form_with
from tests.serverside import Server

GIVEN = "GülnarəİlkinŞəhlaÜlviyyəÇingizAğabəyİsmayılNərminƏbülfəzXədicəRüstəmTünzalə"
SURNAMES = ("Əli", "Şükürova", "Məmmədov", "Hüseynova-Qasımova", "Abdurrəhmanbəyli")


def _forms() -> list[SignatureForm]:
    """Names of every length from 1 to 60 letters, with and without a patronymic."""
    return [
        form_with(
            given_name=GIVEN[:n],
            surname=SURNAMES[n % len(SURNAMES)],
            patronymic=f"{GIVEN[: max(1, 50 - n)]} qızı" if n % 2 else "",
            settlement="Cəbrayıl" if n % 3 else "Ağdam",
            birth_year=1940 + n,
        )
        for n in range(1, 61)
    ]


def _identity_lengths(path: Path) -> list[int]:
    vault = Vault.open(path)
    try:
        with vault.engine.connect() as conn:
            blobs = conn.execute(select(TabletRecord.identity).order_by(TabletRecord.seq))
            return [len(blob) for blob in blobs.scalars() if blob is not None]
    finally:
        vault.close()


def _sign(path: Path, forms: list[SignatureForm]) -> None:
    vault = Vault.open(path)
    try:
        for form in forms:
            # "Not the same": the 16-bit local tag cannot turn a test signer into a question.
            assert isinstance(vault.submit(form, not_the_same=True), Stored)
    finally:
        vault.close()


def test_identity_envelopes_of_names_of_every_length_are_one_size(tablet: Path) -> None:
    forms = _forms()
    bare = {len(identity(f.given_name, f.surname, f.settlement, f.disambiguator())) for f in forms}
    assert len(bare) > 30  # what the envelope lengths gave away before they were padded
    _sign(tablet, forms)
    lengths = _identity_lengths(tablet)
    assert len(lengths) == len(forms)
    assert len(set(lengths)) == 1


@pytest.mark.parametrize("suite", ["hybrid", "x25519"])
def test_an_identity_pads_to_buckets_of_256_bytes_and_unpads_to_itself(
    suite: sealing.SuiteName,
) -> None:
    pair = sealing.generate(suite)
    info = sealing.seal_info(suite, "c", "dev", bytes(16), "identity")
    sealer, opener = sealing.Sealer(suite, pair.public_raw), sealing.Opener(suite, pair.private_raw)
    sizes = set()
    for n in range(0, 253):
        ident = b"a" * n
        envelope = sealer.seal(sealing.identity_plaintext(ident), info)
        sizes.add(len(envelope))
        assert opener.open_identity(envelope, info) == ident
    assert len(sizes) == 1
    # Only an identity longer than any real name's goes into the next bucket.
    assert len(sealing.identity_plaintext(b"a" * 253)) == 2 * sealing.IDENTITY_PAD_TO


def test_an_identity_of_the_first_release_opens_as_it_was_sealed() -> None:
    pair = sealing.generate("x25519")
    info = sealing.seal_info("x25519", "c", "dev", bytes(16), "identity")
    ident = identity("Gülnarə", "Şükürova", "Cəbrayıl")
    bare = sealing.Sealer("x25519", pair.public_raw).seal(ident, info)
    assert sealing.Opener("x25519", pair.private_raw).open_identity(bare, info) == ident


@pytest.mark.parametrize(
    "plaintext",
    [
        b"\x00",  # too short for its header
        b"\x00\x09\x00\x01a" + bytes(251),  # a version not yet made
        b"\x00\x02\x01\x00a" + bytes(251),  # a length past the end
        b"\x00\x02\x00\x01a" + bytes(250) + b"x",  # something after the identity
    ],
)
def test_a_padded_identity_that_is_not_well_formed_does_not_open(plaintext: bytes) -> None:
    with pytest.raises(sealing.SealError):
        sealing.identity_of(plaintext)


def test_bare_and_padded_identity_envelopes_count_the_same_signer_once(
    server: Server, enrolled: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old, new = enrolled, tmp_path / "second"
    enrol(new, server.url, server.code(approved=True), label="Tablet 2")
    both = form_with(
        given_name="Gülnarə", surname="Şükürova", settlement="Cəbrayıl", birth_year=1971
    )
    with monkeypatch.context() as first_release:  # sealed as the first release did: bare
        first_release.setattr(sealing, "identity_plaintext", lambda ident: ident)
        _sign(old, [both, form_with(given_name="Rüstəm", surname="Əliyev", birth_year=1964)])
    _sign(new, [both, form_with(given_name="Xədicə", surname="Quliyeva", birth_year=1988)])
    bare, padded = _identity_lengths(old), _identity_lengths(new)
    assert max(bare) < min(padded)  # the first tablet's envelopes are of the old version
    assert len(set(padded)) == 1
    for path in (old, new):
        assert client.sync(path).unsent == 0
    counting.drain(server.engine)
    with server.engine.connect() as conn:
        tags = conn.execute(select(RecordTag.tag)).scalars().all()
        assert len(tags) == 4
        assert None not in tags  # every envelope opened
        assert len(set(tags)) == 3  # Gülnarə's two envelopes gave one tag
        assert conn.scalar(select(Campaign.unique_signers)) == 3
