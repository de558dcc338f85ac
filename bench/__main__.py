"""``python -m bench [submit|start|memory|flow|sync|link|log|kit|export ...]``: figures and
ratios (``log`` runs ``kit`` too).

``start`` times the kiosk from source and, where ``./dev build`` has made ``dist/imza``, the
bundle in the same run.
"""

import subprocess
import sys

from bench import kiosk_flow, kiosk_start, submit


def main() -> int:
    which = sys.argv[1:] or ["submit", "start", "memory", "flow", "sync", "export"]
    if "submit" in which:
        print(
            "submit latency vs bare limit (two HPKE seals + one WAL/FULL insert); "
            "budget ratio <= 1.5"
        )
        submit.main()
    if "start" in which:
        kiosk_start.main()
    if "memory" in which:
        # Its own process: the figure is the kiosk's, not what other benchmarks loaded.
        subprocess.run([sys.executable, "-m", "bench.kiosk_memory"], check=True)
    if "flow" in which:
        kiosk_flow.main()
    if "sync" in which:
        from bench import sync_upload  # FastAPI, uvicorn, the test helpers: only for this one

        sync_upload.main()
    if "link" in which:
        from bench import sync_link  # a shaped link: minutes of simulated mobile data

        sync_link.main()
    if "kit" in which and "log" not in which:
        from bench import kit

        kit.main()
    if "log" in which:
        from bench import log  # the signature log: a million leaves take a minute to grow

        log.main()
        from bench import kit  # the recipient's kit of 15,000 signers, made and verified

        kit.main()
    if "export" in which:
        from bench import export  # openpyxl and Qt's PDF writer: only for this one

        export.main()
    return 0


if __name__ == "__main__":
    sys.exit(main())
