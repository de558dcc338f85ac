"""Campaign key passphrases: a weak chosen one is refused, a chosen one keeps its case, and a
key file made before either rule still opens as it always did."""

import base64
import json
import os
import unicodedata
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from kiosk import keyfile, passphrases, sealing
from kiosk.cli import main

GOLDEN = Path(__file__).parent / "golden"
STRONG = "Kestrel quarry 42 Lantern obsidian drift"
FAST = 2**14


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def wrap_v1(pair: sealing.KeyPair, passphrase: str) -> bytes:
    """A key file exactly as format 1 wrote it: no rule in the header, passphrase lowercased."""
    salt, nonce = os.urandom(16), os.urandom(12)
    kdf = {"name": "scrypt", "n": FAST, "r": 8, "p": 1, "salt": base64.b64encode(salt).decode()}
    header = {
        "format": "imza-private-key-1",
        "suite": pair.suite,
        "fingerprint": pair.fingerprint,
        "kdf": kdf,
        "aead": "AES-256-GCM",
    }
    canonical = " ".join(passphrase.lower().split()).encode()
    key = Scrypt(salt=salt, length=32, n=FAST, r=8, p=1).derive(canonical)
    aad = json.dumps(header, sort_keys=True, separators=(",", ":")).encode()
    sealed = AESGCM(key).encrypt(nonce, pair.private_raw, aad)
    doc = header | {
        "nonce": base64.b64encode(nonce).decode(),
        "ciphertext": base64.b64encode(sealed).decode(),
    }
    return json.dumps(doc).encode()


@pytest.mark.parametrize(
    "weak",
    [
        "a",
        "password",
        "Password1!",
        "p@ssw0rd",
        "correct horse battery staple",
        "Tr0ub4dor&3",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "abcdefghijklmnopqrstuvwxyz",
        "qwertyuiopasdfghjkl",
        "apple apple apple apple apple apple",
        "abacus abdomen abdominal abide",  # four list words: 52 bits
    ],
)
def test_a_weak_passphrase_file_is_refused_and_no_key_is_written(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, weak: str
) -> None:
    pw = tmp_path / "pw"
    pw.write_text(weak + "\n")
    out = tmp_path / "keys"
    code, stdout, err = run(capsys, "keygen", "--out", str(out), "--passphrase-file", str(pw))
    assert (code, stdout) == (1, "")
    (line,) = err.splitlines()
    assert line.startswith(f"imza: error: the passphrase in {pw} is too weak (")
    assert "generated six-word passphrase" in line
    assert "longer one" in line
    assert not out.exists()


def test_the_refusal_says_why(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    pw = tmp_path / "pw"
    pw.write_text("letmein")
    code, _, err = run(capsys, "keygen", "--out", str(tmp_path / "k"), "--passphrase-file", str(pw))
    assert code == 1
    assert "very common password" in err
    pw.write_text("a")
    code, _, err = run(capsys, "keygen", "--out", str(tmp_path / "k"), "--passphrase-file", str(pw))
    assert code == 1
    assert f"bits of estimated strength, {passphrases.MIN_BITS} needed" in err


def test_a_strong_chosen_passphrase_makes_a_key_that_only_its_case_opens(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    pw = tmp_path / "pw"
    pw.write_text(f"  {STRONG}\n")
    out = tmp_path / "keys"
    argv = ("keygen", "--out", str(out), "--suite", "x25519", "--passphrase-file", str(pw))
    code, stdout, _ = run(capsys, *argv)
    assert code == 0
    assert "letter case counts" in stdout
    data = (out / keyfile.PRIVATE_NAME).read_bytes()
    doc = json.loads(data)
    assert (doc["format"], doc["passphrase_rule"]) == ("imza-private-key-2", "nfc-spaces")
    assert keyfile.unwrap(data, STRONG).suite == "x25519"
    with pytest.raises(keyfile.KeyFileError, match="wrong passphrase"):
        keyfile.unwrap(data, STRONG.lower())


def test_a_chosen_passphrase_forgives_spacing_and_unicode_form_but_not_case() -> None:
    pair = sealing.generate("x25519")
    chosen = "Gülnarə Şükürova Cəbrayıl Lankaran 1957 Xızı"
    data = keyfile.wrap(pair, chosen, FAST, rule=keyfile.RULE_AS_TYPED)
    decomposed = unicodedata.normalize("NFD", chosen)
    assert decomposed != chosen
    typed = "  " + "   ".join(decomposed.split()) + "\t"
    assert keyfile.unwrap(data, typed).fingerprint == pair.fingerprint
    with pytest.raises(keyfile.KeyFileError, match="wrong passphrase"):
        keyfile.unwrap(data, chosen.upper())


def test_the_generated_passphrase_forgives_case_and_spacing() -> None:
    pair = sealing.generate("x25519")
    words = passphrases.generate()
    data = keyfile.wrap(pair, words, FAST)
    assert json.loads(data)["passphrase_rule"] == "nfc-lower-spaces"
    typed = "  " + "  ".join(words.split()).capitalize().replace("a", "A") + "\n"
    assert keyfile.unwrap(data, typed).fingerprint == pair.fingerprint


@pytest.mark.parametrize("suite", ["hybrid", "x25519"])
def test_the_golden_format_1_key_still_opens_in_any_case(suite: str) -> None:
    data = (GOLDEN / f"{suite}.imzakey").read_bytes()
    assert json.loads(data)["format"] == "imza-private-key-1"
    assert "passphrase_rule" not in json.loads(data)
    passphrase = json.loads((GOLDEN / f"{suite}-record.json").read_text())["passphrase"]
    fingerprint = keyfile.unwrap(data, passphrase).fingerprint
    for typed in (passphrase.upper(), f"  {passphrase.title()}  ".replace(" ", "  ")):
        assert keyfile.unwrap(data, typed).fingerprint == fingerprint


def test_a_weak_format_1_key_still_opens() -> None:
    pair = sealing.generate("x25519")
    data = wrap_v1(pair, "Ab")
    assert passphrases.weakness("Ab") is not None
    assert keyfile.unwrap(data, "aB").fingerprint == pair.fingerprint
    with pytest.raises(keyfile.KeyFileError, match="wrong passphrase"):
        keyfile.unwrap(data, "ab c")


def test_the_rule_in_the_header_cannot_be_swapped_or_dropped() -> None:
    pair = sealing.generate("x25519")
    doc = json.loads(keyfile.wrap(pair, STRONG, FAST, rule=keyfile.RULE_AS_TYPED))
    caseless = doc | {"passphrase_rule": keyfile.RULE_WORDS}
    dropped = {k: v for k, v in doc.items() if k != "passphrase_rule"}
    older = dropped | {"format": "imza-private-key-1"}
    for forged in (caseless, dropped, older):
        with pytest.raises(keyfile.KeyFileError):
            keyfile.unwrap(json.dumps(forged).encode(), STRONG.lower())
    unknown = doc | {"passphrase_rule": "ignore-everything"}
    with pytest.raises(keyfile.KeyFileError, match="passphrase rule"):
        keyfile.unwrap(json.dumps(unknown).encode(), STRONG)
    with pytest.raises(ValueError, match="rule"):
        keyfile.wrap(pair, STRONG, FAST, rule=keyfile.RULE_V1)


def test_every_generated_passphrase_passes_the_estimate() -> None:
    expected = passphrases.WORDS * passphrases.word_bits()
    assert expected > 77
    for _ in range(500):
        words = passphrases.generate()
        assert len(set(words.split())) == passphrases.WORDS
        assert passphrases.weakness(words) is None
        assert passphrases.estimate_bits(words) == pytest.approx(expected)


@pytest.mark.parametrize(
    "strong",
    [
        STRONG,
        "Xkqz9vbm!wplr",
        "kx7#Rq2!mZ9p",
        "Abacus-abdomen-abdominal-abide-ablaze-able",
        "my grandmother baked bread in Lankaran every Sunday",
    ],
)
def test_strong_chosen_passphrases_pass(strong: str) -> None:
    assert passphrases.weakness(strong) is None
    assert passphrases.estimate_bits(strong) >= passphrases.MIN_BITS


def test_repeats_and_sequences_score_less_than_random_characters() -> None:
    assert passphrases.estimate_bits("k7Rq2mZ9") > passphrases.estimate_bits("12345678")
    assert passphrases.estimate_bits("abcabcabcabc") == passphrases.estimate_bits("abc")
    assert passphrases.estimate_bits("wertyu") < passphrases.estimate_bits("qxebvm")
