"""A kiosk started on a machine without sound, video acceleration or speech keeps the terminal
quiet: Qt's reports about what it could not find show only with ``IMZA_LOG_LEVEL=DEBUG``."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

# What QtMultimedia, QtTextToSpeech and the offscreen platform print on such a machine.
NOISE = (
    "qt.multimedia",
    "PulseAudioService",
    "text-to-speech plug-in",
    "propagateSizeHints",
)
# QtMultimedia with no handler of ours: what this machine reports when a player starts.
BARE_MULTIMEDIA = """
from PySide6.QtGui import QGuiApplication
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
app = QGuiApplication([])
player, output = QMediaPlayer(), QAudioOutput()
player.setAudioOutput(output)
"""


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("IMZA_LOG_LEVEL", "QT_LOGGING_RULES")}
    return env | {"QT_QPA_PLATFORM": "offscreen"} | extra


def _self_test(data_dir: Path, **env: str) -> subprocess.CompletedProcess[str]:
    script = Path(sys.executable).with_name("imza")  # the command a user types
    argv = [str(script)] if script.exists() else [sys.executable, "-m", "kiosk.cli"]
    done = subprocess.run(
        [*argv, "kiosk", "--self-test", "--data-dir", str(data_dir)],
        env=_env(**env),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "welcome painted" in done.stdout
    return done


def test_the_kiosk_starts_without_qt_noise_on_the_terminal(tmp_path: Path) -> None:
    done = _self_test(tmp_path / "data")
    noisy = [line for line in done.stderr.splitlines() if any(n in line for n in NOISE)]
    assert noisy == []


def test_debug_level_shows_what_qt_multimedia_reports(tmp_path: Path) -> None:
    bare = subprocess.run(
        [sys.executable, "-c", BARE_MULTIMEDIA],
        env=_env(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    if "qt.multimedia" not in bare.stderr:
        pytest.skip("QtMultimedia reports nothing missing on this machine")
    done = _self_test(tmp_path / "data", IMZA_LOG_LEVEL="DEBUG")
    lines = [line for line in done.stderr.splitlines() if "qt.multimedia" in line]
    assert lines
    assert all(" DEBUG imza.qt: qt.multimedia" in line for line in lines)
