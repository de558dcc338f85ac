"""The recipient's kit (issue 19): ``imza verify-kit`` of a kit of 15,000 signers, budget
< 20 s, and the same kit checked by the single file inside it, as a recipient runs it.

The signers are made by ``kiosk.simulate`` on a tablet enrolled with a server on loopback
(SQLite), synced, counted and logged; a head is signed; the kit is made by ``imza export
--format kit`` (its time printed too, not budgeted). Then each verifier runs once, cold.
"""

import contextlib
import io
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from kiosk import keyfile, sealing, simulate
from kiosk.cli import main as imza
from kiosk.vault import Vault
from sync import client, enrol
from sync.kit import kitfile, verify
from sync.server import counting, enrolment, treeheads
from tests.conftest import write_campaign
from tests.serverside import database, serving, set_up

COUNT = 15_000
BUDGET_S = 20.0
PASSPHRASE = "bench kit passphrase words"


def _kit(folder: Path) -> tuple[Path, float]:
    pair, count = sealing.generate("hybrid"), sealing.generate("hybrid")
    key = folder / keyfile.PRIVATE_NAME
    key.write_bytes(keyfile.wrap(pair, PASSPHRASE))
    secret = folder / "passphrase.txt"
    secret.write_text(PASSPHRASE)
    lead = write_campaign(folder / "lead.toml", pair, count)
    with database("sqlite", folder) as url:
        engine, camp = set_up(url, lead, folder / "issued.toml")
        try:
            with serving(engine) as base:
                tablet = folder / "tablet"
                code = enrolment.make_code(engine, camp.slug, 24, True).text
                enrol.enrol(tablet, base, code)
                vault = Vault.open(tablet)
                try:
                    simulate.run(vault, COUNT, 0.0, 19, None, None)
                finally:
                    vault.close()
                client.sync(tablet, 1000)
            counting.drain(engine)
            head = treeheads.sign_head(engine, camp.slug)
            assert head is not None
            out = folder / "petition-kit.zip"
            started = time.perf_counter()
            with contextlib.redirect_stdout(io.StringIO()):
                done = imza(["export", "--key", str(key), "--passphrase-file", str(secret),
                             "--format", "kit", "--out", str(out), "--database", url])  # fmt: skip
            made = time.perf_counter() - started
            if done != 0:
                raise SystemExit("export --format kit failed")
            return out, made
        finally:
            engine.dispose()


def main() -> None:
    print(f"recipient's kit: verify-kit of {COUNT} signers (budget < {BUDGET_S:.0f} s)")
    with tempfile.TemporaryDirectory(prefix="imza-bench-kit-") as tmp:
        folder = Path(tmp)
        kit, made = _kit(folder)
        size = kit.stat().st_size / 1e6
        started = time.perf_counter()
        report = verify.verify(kit)
        took = time.perf_counter() - started
        assert report.passed, "\n".join(report.lines())
        print(
            f"  imza verify-kit of {COUNT} signers: {took:5.2f} s | ratio {took / BUDGET_S:.2f} "
            f"(budget < {BUDGET_S:.0f} s); kit {size:.1f} MB made in {made:.0f} s"
        )
        with zipfile.ZipFile(kit) as z:
            (folder / "verify_kit.py").write_bytes(z.read(kitfile.VERIFIER))
        started = time.perf_counter()
        run = subprocess.run([sys.executable, "-I", "verify_kit.py", str(kit)], cwd=folder,
                             capture_output=True, text=True, check=False)  # fmt: skip
        took = time.perf_counter() - started
        assert run.returncode == 0, run.stdout + run.stderr
        print(
            f"  the kit's own verify_kit.py (python -I, a fresh process): {took:5.2f} s | "
            f"ratio {took / BUDGET_S:.2f} (budget < {BUDGET_S:.0f} s)"
        )


if __name__ == "__main__":
    main()
