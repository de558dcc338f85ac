"""``python -m bench [submit|start|memory|sync ...]``: run benchmarks, print figures and ratios."""

import sys

from bench import kiosk_memory, kiosk_start, submit, sync_upload


def main() -> int:
    which = sys.argv[1:] or ["submit", "start", "memory", "sync"]
    if "submit" in which:
        print(
            "submit latency vs bare limit (two HPKE seals + one WAL/FULL insert); "
            "budget ratio <= 1.5"
        )
        submit.main()
    if "start" in which:
        kiosk_start.main()
    if "memory" in which:
        kiosk_memory.main()
    if "sync" in which:
        sync_upload.main()
    return 0


if __name__ == "__main__":
    sys.exit(main())
