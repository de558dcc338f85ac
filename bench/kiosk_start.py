"""Cold start of ``imza kiosk`` to the first painted welcome screen; budget 1.5 s.

Measured from spawning the process to the line the kiosk prints when the welcome screen is
first painted (``--self-test``), on a data dir that already exists (a tablet's normal start).
From source, and in the same run from the PyInstaller bundle when one is built
(``dist/imza/imza``, ``./dev build``): tablets run the bundle.
"""

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

BUDGET_S = 1.5
RUNS = 7
BUNDLE = Path(__file__).resolve().parent.parent / "dist" / "imza" / "imza"


def once(imza: Sequence[str], data_dir: Path) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = time.perf_counter()
    proc = subprocess.Popen(
        [*imza, "kiosk", "--self-test", "--data-dir", str(data_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("welcome painted"):
            elapsed = time.perf_counter() - started
            break
    else:
        raise RuntimeError("the kiosk never painted its welcome screen")
    proc.wait(timeout=30)
    return elapsed


def measure(label: str, imza: Sequence[str]) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "tablet"
        once(imza, data_dir)  # first start makes the demo keys; not what a tablet does every day
        times = [once(imza, data_dir) for _ in range(RUNS)]
    median = statistics.median(times)
    line = (
        f"cold start to painted welcome ({label}): median {median:.3f} s over {RUNS} runs "
        f"(min {min(times):.3f}, max {max(times):.3f}); budget {BUDGET_S} s, "
        f"ratio {median / BUDGET_S:.2f}"
    )
    print(line, flush=True)
    return line


def main() -> list[str]:
    lines = [measure("source", [sys.executable, "-m", "kiosk.cli"])]
    if BUNDLE.is_file():
        lines.append(measure("bundle dist/imza", [str(BUNDLE)]))
    else:
        print("cold start of the bundle: not measured, no dist/imza/imza (./dev build)", flush=True)
    return lines
