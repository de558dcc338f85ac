"""Export of 15,000 signatures with decryption: CSV (budget under 5 s), XLSX, delivery PDF.

The signatures are made by ``kiosk.simulate`` through ``Vault.submit`` (the hybrid suite,
strokes and all), then exported by the command itself, ``imza export``, in this process:
reading the data dir, unwrapping the key (scrypt N = 2^17, as keygen writes it), opening every
envelope, de-duplicating, writing. Opening the envelopes alone is timed too, since it is the
part no writer can make faster.
"""

import contextlib
import io
import subprocess
import tempfile
import time
from pathlib import Path

from kiosk import datadir, keyfile, sealing, simulate
from kiosk.cli import main as imza
from kiosk.export import Summary, open_signers
from kiosk.export_sources import from_data_dir
from kiosk.vault import Vault
from tests.conftest import write_campaign

COUNT = 15_000
BUDGET_CSV_S = 5.0
PASSPHRASE = "bench export passphrase words"


def _made(tmp: Path) -> tuple[Path, Path, Path, sealing.KeyPair, float]:
    pair, count = sealing.generate("hybrid"), sealing.generate("hybrid")
    key = tmp / keyfile.PRIVATE_NAME
    key.write_bytes(keyfile.wrap(pair, PASSPHRASE))
    secret = tmp / "passphrase.txt"
    secret.write_text(PASSPHRASE)
    tablet = tmp / "tablet"
    datadir.init(tablet, write_campaign(tmp / "campaign.toml", pair, count))
    vault = Vault.open(tablet)
    started = time.perf_counter()
    try:
        simulate.run(vault, COUNT, 0.0, seed=15)
    finally:
        vault.close()
    return tablet, key, secret, pair, time.perf_counter() - started


def _export(fmt: str, tablet: Path, key: Path, secret: Path, out: Path) -> float:
    started = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()):  # the command's own report
        code = imza(["export", "--key", str(key), "--passphrase-file", str(secret),
                     "--format", fmt, "--out", str(out), "--data-dir", str(tablet)])  # fmt: skip
    took = time.perf_counter() - started
    if code != 0:
        raise SystemExit(f"export to {fmt} failed")
    return took


def _pages(pdf: Path) -> str:
    try:
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        return "?"
    return next((ln.split()[-1] for ln in info.stdout.splitlines() if ln.startswith("Pages")), "?")


def main() -> list[str]:
    lines: list[str] = []

    def say(line: str) -> None:
        lines.append(line)
        print(line, flush=True)

    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        tablet, key, secret, pair, made = _made(tmp)
        say(f"export of {COUNT} signatures (hybrid suite; made through submit in {made:.1f} s)")
        source = from_data_dir(tablet)
        opener = sealing.Opener(pair.suite, pair.private_raw)
        started = time.perf_counter()
        open_signers(source.rows, source.slug, opener, Summary())
        opening = time.perf_counter() - started
        say(f"  opening and de-duplicating {COUNT} envelopes alone: {opening:.2f} s")
        outs = {fmt: tmp / f"signers.{fmt}" for fmt in ("csv", "xlsx", "pdf")}
        took = {fmt: _export(fmt, tablet, key, secret, out) for fmt, out in outs.items()}
        ratio = took["csv"] / BUDGET_CSV_S
        say(f"  csv : {took['csv']:.2f} s, ratio to the 5 s budget {ratio:.2f} (<= 1 passes)")
        say(f"  xlsx: {took['xlsx']:.2f} s")
        size = outs["pdf"].stat().st_size / 1e6
        say(f"  pdf : {took['pdf']:.2f} s, {size:.1f} MB, {_pages(outs['pdf'])} pages")
    return lines


if __name__ == "__main__":
    main()
