"""Power cuts: SIGKILL ``imza simulate`` at random moments; nothing reported stored is lost."""

import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.audit import verify
from kiosk.vault import Vault


def _kill_after(data_dir: Path, lines: int) -> list[int]:
    """Run simulate, SIGKILL it once it has reported ``lines`` stores; return what it reported."""
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "kiosk.cli",
            "simulate",
            "--count",
            "100000",
            "--each",
            "--data-dir",
            str(data_dir),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    reported: list[int] = []
    assert proc.stdout is not None
    for line in proc.stdout:
        reported.append(int(line.split()[1]))
        if len(reported) >= lines:
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    return reported


@pytest.mark.slow
def test_sigkill_during_simulate_loses_no_reported_signature(tmp_path: Path) -> None:
    data_dir = tmp_path / "tablet"
    rng = random.Random(os.getpid())
    reported: list[int] = []
    for _ in range(20):
        reported += _kill_after(data_dir, rng.randint(1, 40))
        vault = Vault.open(data_dir)
        report = verify(vault.engine, vault.campaign.slug)
        with vault.engine.connect() as conn:
            stored = {seq for (seq,) in conn.exec_driver_sql("SELECT seq FROM records")}
        vault.close()
        assert report.ok, report.lines()
        assert set(reported) <= stored
    assert len(reported) >= 20


@pytest.mark.slow
def test_two_processes_on_one_data_dir_share_one_chain(tmp_path: Path) -> None:
    data_dir = tmp_path / "tablet"
    Vault.open(data_dir).close()  # set up once, so both start on the same device and store
    argv = [
        sys.executable,
        "-m",
        "kiosk.cli",
        "simulate",
        "--count",
        "60",
        "--data-dir",
        str(data_dir),
    ]
    procs = [subprocess.Popen(argv, stdout=subprocess.DEVNULL) for _ in range(2)]
    assert [p.wait() for p in procs] == [0, 0]
    vault = Vault.open(data_dir)
    report = verify(vault.engine, vault.campaign.slug)
    vault.close()
    assert report.ok
    assert (report.first_seq, report.last_seq) == (1, report.count)
    assert report.count == 120  # namesakes are asked, answer "no", and are stored too
