"""The command line contract: what works, and bad input refused in one line, changing nothing."""

import csv
import hashlib
import json
from pathlib import Path

import pytest

from kiosk import datadir, keyfile, sealing
from kiosk.cli import main
from kiosk.device import device_number
from tests.conftest import CampaignKeys, write_campaign


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def snapshot(path: Path) -> dict[str, str]:
    if not path.exists():
        return {}
    return {
        str(p.relative_to(path)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(path.rglob("*"))
        if p.is_file()
    }


def refused(capsys: pytest.CaptureFixture[str], watched: Path, *argv: str) -> str:
    """Run a command that must fail: one line on stderr, exit 1, the data dir untouched."""
    before = snapshot(watched)
    code, out, err = run(capsys, *argv)
    assert code == 1, (out, err)
    assert err.startswith("imza: error: ")
    assert err.count("\n") == 1, err
    assert "Traceback" not in err
    assert snapshot(watched) == before
    return err


def test_demo_simulate_status_verify_export(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    d = str(tmp_path / "demo")
    code, out, err = run(capsys, "simulate", "--count", "30", "--data-dir", d, "--seed", "7")
    assert code == 0
    assert "DEMO" in err
    assert "stored 30" in out
    code, out, _ = run(capsys, "status", "--json", "--data-dir", d)
    doc = json.loads(out)
    assert (doc["mode"], doc["signatures"], doc["unsent"], doc["head_seq"]) == ("demo", 30, 30, 30)
    number = device_number(doc["device"])  # the full id in JSON; its number for people
    code, out, _ = run(capsys, "status", "--data-dir", d)
    assert out.startswith(f"DEMO campaign {doc['campaign']}, device {number}\n")
    code, out, _ = run(capsys, "verify", "--data-dir", d)
    assert code == 0
    assert out.startswith(f"device {number}: seq 1..30, 30 records, head ")
    assert "chain intact" in out
    target = tmp_path / "out.csv"
    code, out, _ = run(capsys, "export", "--data-dir", d, "--out", str(target), "--json")
    assert json.loads(out)["unique"] == 30
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel then shows ə
    assert b"\r\n" in raw
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert len(rows) == 30
    phones = [r["phone"] for r in rows if r["phone"]]
    assert phones
    assert all(p.startswith("0") for p in phones)  # as dialled: no apostrophe


def test_simulated_repeats_are_asked_and_not_stored(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    d = str(tmp_path / "d")
    _code, out, _ = run(
        capsys,
        "simulate",
        "--count",
        "60",
        "--duplicates",
        "0.3",
        "--seed",
        "3",
        "--data-dir",
        d,
        "--json",
    )
    tally = json.loads(out)
    assert tally["repeats"] > 0
    assert tally["stored"] + tally["repeats"] == 60


def test_keygen_prints_a_six_word_passphrase_that_opens_the_key(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, _ = run(capsys, "keygen", "--out", str(tmp_path / "k"), "--suite", "x25519")
    assert code == 0
    passphrase = out.strip().splitlines()[-1].strip()
    assert len(passphrase.split()) == 6
    key = tmp_path / "k" / keyfile.PRIVATE_NAME
    assert key.stat().st_mode & 0o777 == 0o600
    assert keyfile.unwrap(key.read_bytes(), passphrase).suite == "x25519"
    refused(capsys, tmp_path / "k", "keygen", "--out", str(tmp_path / "k"))


def test_keygen_with_a_campaign_template_makes_a_tablet_ready_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    pw = tmp_path / "pw"
    pw.write_text("one two three four five six")
    code, out, _ = run(
        capsys,
        "keygen",
        "--out",
        str(tmp_path / "k"),
        "--passphrase-file",
        str(pw),
        "--campaign",
        "resources/campaigns/landmine-maps.toml",
    )
    assert code == 0
    assert "PASSPHRASE" not in out
    code, out, _ = run(
        capsys,
        "init",
        "--campaign",
        str(tmp_path / "k" / "landmine-maps.toml"),
        "--data-dir",
        str(tmp_path / "t"),
    )
    assert code == 0
    assert "fingerprint" in out


def test_init_pins_the_key_and_refuses_a_change(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, keys: CampaignKeys
) -> None:
    d = tmp_path / "t"
    code, out, _ = run(capsys, "init", "--campaign", str(keys.campaign_file), "--data-dir", str(d))
    assert code == 0
    fp = sealing.group_fingerprint(keys.pair.fingerprint)
    assert fp in out
    code, _, _ = run(capsys, "simulate", "--count", "3", "--data-dir", str(d))
    assert code == 0
    other = write_campaign(tmp_path / "other.toml", sealing.generate(), keys.count)
    err = refused(capsys, d, "init", "--campaign", str(other), "--data-dir", str(d))
    assert "pinned" in err
    # The pinned copy on the tablet cannot be swapped behind its back either.
    (d / datadir.CAMPAIGN_NAME).write_bytes(other.read_bytes())
    refused(capsys, d, "status", "--data-dir", str(d))


def test_export_with_the_campaign_key(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, keys: CampaignKeys, tablet: Path
) -> None:
    assert run(capsys, "simulate", "--count", "5", "--data-dir", str(tablet))[0] == 0
    out = tmp_path / "signers.csv"
    code, text, _ = run(
        capsys,
        "export",
        "--key",
        str(keys.key_file),
        "--passphrase-file",
        str(keys.passphrase_file),
        "--out",
        str(out),
        "--data-dir",
        str(tablet),
    )
    assert code == 0
    assert "unique signers: 5" in text
    assert len(out.read_text("utf-8-sig").splitlines()) == 6


def test_bad_input_is_refused_in_one_line_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, keys: CampaignKeys, tablet: Path
) -> None:
    assert run(capsys, "simulate", "--count", "3", "--data-dir", str(tablet))[0] == 0
    t = str(tablet)
    out = tmp_path / "x.csv"
    wrong_pw = tmp_path / "wrong"
    wrong_pw.write_text("not the passphrase")
    other_key = tmp_path / "other.imzakey"
    other_key.write_bytes(keyfile.wrap(sealing.generate(), "pw", 2**14))
    other_pw = tmp_path / "other-pw"
    other_pw.write_text("pw")
    broken = tmp_path / "broken.toml"
    broken.write_text('format = 1\nslug = "x"\ngoal = "many"\n')
    garbled = tmp_path / "garbled.toml"
    garbled.write_bytes(b"\xff\xfe[[[")
    stranger = tmp_path / "photos"
    stranger.mkdir()
    (stranger / "holiday.jpg").write_bytes(b"jpeg")

    cases: list[tuple[str, ...]] = [
        ("init", "--campaign", str(tmp_path / "missing.toml"), "--data-dir", t),
        ("init", "--campaign", str(broken), "--data-dir", t),
        ("init", "--campaign", str(garbled), "--data-dir", t),
        ("init", "--campaign", str(keys.campaign_file), "--data-dir", str(stranger)),
        ("status", "--data-dir", str(stranger)),
        ("status", "--data-dir", str(keys.key_file)),
        ("verify", "--data-dir", str(tmp_path / "never")),
        ("simulate", "--count", "0", "--data-dir", t),
        ("simulate", "--count", "5", "--duplicates", "2", "--data-dir", t),
        ("withdraw", "NOT-A-CODE", "--data-dir", t),
        (
            "export",
            "--key",
            str(tmp_path / "nokey"),
            "--passphrase-file",
            str(wrong_pw),
            "--out",
            str(out),
            "--data-dir",
            t,
        ),
        (
            "export",
            "--key",
            str(keys.key_file),
            "--passphrase-file",
            str(wrong_pw),
            "--out",
            str(out),
            "--data-dir",
            t,
        ),
        (
            "export",
            "--key",
            str(keys.key_file),
            "--passphrase-file",
            str(tmp_path / "nopw"),
            "--out",
            str(out),
            "--data-dir",
            t,
        ),
        (
            "export",
            "--key",
            str(other_key),
            "--passphrase-file",
            str(other_pw),
            "--out",
            str(out),
            "--data-dir",
            t,
        ),
        (
            "export",
            "--key",
            str(keys.campaign_file),
            "--passphrase-file",
            str(wrong_pw),
            "--out",
            str(out),
            "--data-dir",
            t,
        ),
        ("export", "--passphrase-file", str(wrong_pw), "--out", str(out), "--data-dir", t),
    ]
    for argv in cases:
        refused(capsys, tablet, *argv)
        assert not out.exists(), argv
    err = refused(capsys, tablet, "init", "--campaign", str(broken), "--data-dir", t)
    assert "goal must be a whole number" in err
    assert "locales must list" in err


def test_usage_errors_exit_1_in_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "simulate")
    assert (code, out) == (1, "")
    assert err.splitlines() == [
        "imza: error: simulate: the following arguments are required: --count "
        "(imza simulate --help)"
    ]


def test_status_of_a_fresh_data_dir_says_demo_and_creates_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    fresh = tmp_path / "fresh"
    code, out, _ = run(capsys, "status", "--data-dir", str(fresh))
    assert code == 0
    assert "DEMO mode on first use" in out
    assert not fresh.exists()


def test_damaged_files_and_odd_paths_are_refused_in_one_line(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    keys: CampaignKeys,
    tablet: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert run(capsys, "simulate", "--count", "2", "--data-dir", str(tablet))[0] == 0
    out = tmp_path / "x.csv"
    latin1 = tmp_path / "latin1-pw"
    latin1.write_bytes("şifrä".encode("cp1254"))
    greedy = tmp_path / "greedy.imzakey"
    doc = json.loads(keys.key_file.read_text())
    doc["kdf"]["n"] = 2**24  # would need 16 GiB: refused before any work
    greedy.write_text(json.dumps(doc))
    a_file = tmp_path / "a-file"
    a_file.write_text("x")
    export = ("export", "--out", str(out), "--data-dir", str(tablet))
    refused(capsys, tablet, *export, "--key", str(keys.key_file), "--passphrase-file", str(latin1))
    refused(
        capsys,
        tablet,
        *export,
        "--key",
        str(greedy),
        "--passphrase-file",
        str(keys.passphrase_file),
    )
    refused(
        capsys,
        tablet,
        "export",
        "--out",
        str(tmp_path),
        "--data-dir",
        str(tablet),
        "--key",
        str(keys.key_file),
        "--passphrase-file",
        str(keys.passphrase_file),
    )
    refused(capsys, a_file, "keygen", "--out", str(a_file))

    broken = tmp_path / "broken"
    broken.mkdir()
    for name in ("imza.db", "device.key"):
        (broken / name).write_bytes((tablet / name).read_bytes()[:10])
    err = refused(capsys, broken, "status", "--data-dir", str(broken))
    assert "damaged" in err

    monkeypatch.setenv("IMZA_LOG_LEVEL", "bogus")
    assert run(capsys, "status", "--data-dir", str(tablet))[0] == 0


def test_a_short_device_key_is_refused(capsys: pytest.CaptureFixture[str], tablet: Path) -> None:
    assert run(capsys, "status", "--data-dir", str(tablet))[0] == 0
    (tablet / "device.key").write_bytes(b"short")
    err = refused(capsys, tablet, "simulate", "--count", "1", "--data-dir", str(tablet))
    assert "device key" in err
