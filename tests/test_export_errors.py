"""A refused export says why in one line, exits non-zero and leaves no file, not even a part."""

from pathlib import Path

import openpyxl
import pytest

from kiosk import keyfile, sealing
from kiosk.cli import main
from kiosk.vault import Stored, Vault
from tests.conftest import CampaignKeys, form_with, write_campaign


@pytest.fixture
def signed(tablet: Path) -> Path:
    vault = Vault.open(tablet)
    try:
        assert isinstance(vault.submit(form_with()), Stored)
    finally:
        vault.close()
    return tablet


def refused(capsys: pytest.CaptureFixture[str], folder: Path, *argv: str) -> str:
    """Run an export that must fail: one line on stderr, exit 1, nothing left in ``folder``."""
    before = sorted(folder.iterdir())
    code = main(["export", *argv])
    _, err = capsys.readouterr()
    assert code == 1, err
    assert err.startswith("imza: error: ")
    assert err.count("\n") == 1, err
    assert sorted(folder.iterdir()) == before  # no output and no .partial beside it
    return err


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "pdf"])
def test_a_wrong_key_or_passphrase_writes_nothing(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    keys: CampaignKeys,
    signed: Path,
    fmt: str,
) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = str(out_dir / f"signers.{fmt}")
    wrong = tmp_path / "wrong-pw"
    wrong.write_text("not the passphrase")
    other = tmp_path / "other.imzakey"
    other.write_bytes(keyfile.wrap(sealing.generate(), "pw", 2**14))
    other_pw = tmp_path / "other-pw"
    other_pw.write_text("pw")
    common = ("--format", fmt, "--out", out, "--data-dir", str(signed))
    err = refused(capsys, out_dir, *common, "--key", str(keys.key_file),
                  "--passphrase-file", str(wrong))  # fmt: skip
    assert "wrong passphrase" in err
    err = refused(capsys, out_dir, *common, "--key", str(other), "--passphrase-file", str(other_pw))
    assert "not the key of campaign 'landmine-maps'" in err


def test_a_campaign_with_another_key_says_so(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, keys: CampaignKeys, signed: Path
) -> None:
    """Records sealed to one key and a campaign file naming another: nothing opens."""
    other = write_campaign(tmp_path / "other.toml", sealing.generate(), keys.count)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    err = refused(capsys, out_dir, "--out", str(out_dir / "x.csv"), "--data-dir", str(signed),
                  "--campaign", str(other), "--key", str(keys.key_file),
                  "--passphrase-file", str(keys.passphrase_file))  # fmt: skip
    assert "another key" in err


def test_missing_sources_and_unwritable_targets_are_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, keys: CampaignKeys, signed: Path
) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = str(out_dir / "x.csv")
    key = ("--key", str(keys.key_file), "--passphrase-file", str(keys.passphrase_file))
    garbage = tmp_path / "garbage.imza"
    garbage.write_bytes(b"not a hand-over file")
    cases = {
        "holds no Imza data": ("--out", out, "--data-dir", str(tmp_path / "never")),
        "no hand-over file": ("--out", out, "--from-file", str(tmp_path / "nothing.imza")),
        "not an Imza hand-over file": ("--out", out, "--from-file", str(garbage)),
        "no server database": ("--out", out, "--database", f"sqlite:///{tmp_path / 'no.db'}"),
        "sqlite:///FILE or postgresql": ("--out", out, "--database", "mysql://x/y"),
        "does not exist": ("--out", str(tmp_path / "no" / "x.csv"), "--data-dir", str(signed)),
        "is a folder": ("--out", str(out_dir), "--data-dir", str(signed)),
        "cannot write": ("--out", "/proc/signers.csv", "--data-dir", str(signed)),
    }
    for message, argv in cases.items():
        assert message in refused(capsys, out_dir, *argv, *key), message
    assert not (tmp_path / "no.db").exists()  # a missing database is not created


def test_a_write_that_fails_halfway_leaves_no_part_behind(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    keys: CampaignKeys,
    signed: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    save = openpyxl.Workbook.save

    def disk_full(self: openpyxl.Workbook, filename: str) -> None:
        save(self, filename)  # the workbook is on disk, then the disk is full
        raise OSError(28, "No space left on device", filename)

    monkeypatch.setattr(openpyxl.Workbook, "save", disk_full)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    err = refused(capsys, out_dir, "--format", "xlsx", "--out", str(out_dir / "x.xlsx"),
                  "--data-dir", str(signed), "--key", str(keys.key_file),
                  "--passphrase-file", str(keys.passphrase_file))  # fmt: skip
    assert "No space left on device" in err
