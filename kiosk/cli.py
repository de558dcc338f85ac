"""The ``imza`` command line: one parser, one-line errors, a non-zero exit on bad input."""

import argparse
import logging
import os
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy.exc import DatabaseError, OperationalError

from kiosk import __version__, commands
from kiosk.campaign import CampaignError
from kiosk.datadir import DataDirError, default_dir
from kiosk.device import DeviceKeyError
from kiosk.export import ExportError
from kiosk.keyfile import KeyFileError
from kiosk.vault import VaultError

# Each refusal of ours is one of these; anything else is a bug and keeps its traceback.
_REFUSALS = (
    CampaignError,
    DataDirError,
    DeviceKeyError,
    ExportError,
    KeyFileError,
    VaultError,
    commands.UsageError,
)


def _environment_error(exc: Exception) -> str | None:
    """One line for what the machine refused (files, permissions, a damaged store)."""
    if isinstance(exc, OSError) and exc.strerror:
        return f"{exc.strerror}: {exc.filename}" if exc.filename else exc.strerror
    if isinstance(exc, sqlite3.OperationalError | OperationalError) and "locked" in str(exc):
        return "the store is busy (another imza is writing to it); try again"
    if isinstance(exc, sqlite3.DatabaseError | DatabaseError):
        return "the store is damaged or not an Imza database; run `imza verify` on a copy"
    return None


def _data_dir(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help="the tablet's data dir (default: %(default)s, or $IMZA_DATA_DIR)",
    )


def _json(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="print JSON for scripts")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="imza", description="Offline petition signing kiosk. With no command: the kiosk."
    )
    parser.add_argument("--version", action="version", version=f"imza {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("kiosk", help="start the kiosk (full screen)")
    p.add_argument("--windowed", action="store_true", help="in a window, not full screen")
    p.add_argument(
        "--self-test",
        action="store_true",
        help="paint the welcome screen, say how long it took, and exit",
    )
    _data_dir(p)

    p = sub.add_parser("keygen", help="make a campaign key pair (for the campaign lead)")
    p.add_argument("--out", type=Path, required=True, help="folder for the key files")
    p.add_argument(
        "--suite",
        choices=("hybrid", "x25519"),
        default="hybrid",
        help="hybrid ML-KEM-768+X25519 (default) or X25519",
    )
    p.add_argument("--passphrase-file", type=Path, help="use this passphrase, not a generated one")
    p.add_argument(
        "--campaign",
        type=Path,
        help="also write a campaign file from this template, carrying the new keys",
    )

    p = sub.add_parser("init", help="set up this tablet for a campaign (pins its key)")
    p.add_argument("--campaign", type=Path, required=True, help="the campaign file")
    _data_dir(p)

    p = sub.add_parser("simulate", help="store N synthetic signatures through the submit path")
    p.add_argument("--count", type=int, required=True, help="how many signers")
    p.add_argument(
        "--duplicates",
        type=float,
        default=0.0,
        help="share of signers who come back, 0 to 1 (default 0)",
    )
    p.add_argument("--seed", type=int, help="repeatable names and strokes")
    p.add_argument("--each", action="store_true", help="print each sequence number once stored")
    _data_dir(p)
    _json(p)

    p = sub.add_parser("status", help="totals, unsent, chain head")
    _data_dir(p)
    _json(p)

    p = sub.add_parser("verify", help="audit the chain of this data dir")
    _data_dir(p)
    _json(p)

    p = sub.add_parser("withdraw", help="withdraw a signature by its receipt code")
    p.add_argument("code", help="the 12-character receipt code")
    _data_dir(p)
    _json(p)

    p = sub.add_parser("export", help="decrypt and export the signatures (export computer)")
    p.add_argument("--key", type=Path, help="the campaign private key file")
    p.add_argument("--passphrase-file", type=Path, help="file holding the key's passphrase")
    p.add_argument("--format", choices=("csv",), default="csv", help="output format")
    p.add_argument("--out", type=Path, required=True, help="the file to write")
    _data_dir(p)
    _json(p)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    os.umask(0o077)  # every file we make is the owner's alone
    level = os.environ.get("IMZA_LOG_LEVEL", "WARNING").upper()
    logging.basicConfig(
        level=level if level in logging.getLevelNamesMapping() else "WARNING",
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    args = build_parser().parse_args(argv)
    if getattr(args, "data_dir", "unset") is None:
        args.data_dir = default_dir()
    command = args.command or "kiosk"
    if command == "kiosk" and not hasattr(args, "windowed"):
        args.windowed, args.self_test, args.data_dir = False, False, default_dir()
    try:
        return commands.run(command, args)
    except _REFUSALS as exc:
        print(f"imza: error: {exc}", file=sys.stderr)
        return 1
    except (OSError, sqlite3.DatabaseError, DatabaseError) as exc:
        message = _environment_error(exc)
        if message is None:
            raise
        print(f"imza: error: {message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("imza: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
