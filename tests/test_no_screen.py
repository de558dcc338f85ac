"""Starting the kiosk where there is no screen is one line and exit 1, not Qt's abort."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

IMZA = Path(sys.executable).with_name("imza")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland variables")
def test_the_kiosk_without_a_screen_says_so_in_one_line(tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    done = subprocess.run(
        [str(IMZA), "kiosk", "--windowed", "--data-dir", str(tmp_path / "t")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        "imza: error: no screen to show the kiosk on (neither DISPLAY nor WAYLAND_DISPLAY is "
        "set): start it on the tablet's screen, or with QT_QPA_PLATFORM=offscreen to try it "
        "without one"
    ]
    assert not (tmp_path / "t").exists()  # nothing made for a kiosk that never started
