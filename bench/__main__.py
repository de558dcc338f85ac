"""``python -m bench``: run the benchmarks and print their figures and ratios."""

import sys

from bench import submit


def main() -> int:
    levels = tuple(int(a) for a in sys.argv[1:]) or (0, 10_000, 100_000)
    print(
        "submit latency vs bare limit (two HPKE seals + one WAL/FULL insert); budget ratio <= 1.5"
    )
    submit.main(levels)
    return 0


if __name__ == "__main__":
    sys.exit(main())
