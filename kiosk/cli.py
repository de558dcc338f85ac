"""The ``imza`` command line: one parser, one-line errors, a non-zero exit on bad input."""

import argparse
import importlib
import logging
import os
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError

from kiosk import __version__, commands
from kiosk.campaign import LOCALES, CampaignError
from kiosk.cli_parser import Parser, parse
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
        default=default_dir(),
        help="the tablet's data dir (default: %(default)s; $IMZA_DATA_DIR sets another)",
    )


def _server_database() -> str:
    """The server's default database for --help, its password hidden."""
    url: str = importlib.import_module("sync.server.db").default_url()
    try:
        shown = make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        shown = "not a database URL"
    env = "IMZA_SERVER_DATABASE"
    where = f"from ${env}" if os.environ.get(env) else f"${env} sets another"
    return f"{shown}; {where}".replace("%", "%%")


def _json(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="print JSON for scripts")


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
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

    p = sub.add_parser("config", help="this tablet's configuration (imza.toml), checked")
    p.add_argument("--template", action="store_true", help="print a documented file to start")
    _data_dir(p)
    _json(p)

    p = sub.add_parser("verify", help="audit the chain of this data dir")
    _data_dir(p)
    _json(p)

    p = sub.add_parser("withdraw", help="withdraw a signature by its receipt code")
    p.add_argument("code", help="the 12-character receipt code")
    _data_dir(p)
    _json(p)

    p = sub.add_parser(
        "export",
        help="decrypt and export the signatures (export computer)",
        description="Open the sealed signatures with the campaign private key, keep each "
        "person once across every source, and write CSV, XLSX or the delivery PDF. Sources "
        "may be combined; with none, the default data dir. --format kit writes the "
        "recipient's verification kit from the server database (--database): the PDF, every "
        "signer with a proof of inclusion in the signed log, and a verifier, in one zip.",
    )
    p.add_argument("--key", type=Path, help="the campaign private key file")
    p.add_argument("--passphrase-file", type=Path, help="file holding the key's passphrase")
    p.add_argument(
        "--format",
        choices=("csv", "xlsx", "pdf", "kit"),
        default="csv",
        help="output format (default: %(default)s)",
    )
    p.add_argument("--out", type=Path, required=True, help="the file to write")
    p.add_argument(
        "--raw",
        action="store_true",
        help="CSV for programs: every value exactly as signed, no BOM, quoted only where "
        "needed (the default CSV is for spreadsheets: nothing in it can run as a formula, "
        "phones are written as dialled from Azerbaijan)",
    )
    p.add_argument(
        "--data-dir",
        dest="data_dirs",
        metavar="D",
        type=Path,
        action="append",
        help="a tablet's data dir (repeat for several tablets; with no source at all: "
        f"{str(default_dir()).replace('%', '%%')})",
    )
    p.add_argument(
        "--database", metavar="URL", help="the server database: sqlite:///FILE or postgresql://..."
    )
    p.add_argument(
        "--from-file",
        dest="from_files",
        metavar="HANDOVER",
        type=Path,
        action="append",
        help="a hand-over file from a tablet (repeat for several)",
    )
    p.add_argument(
        "--campaign",
        metavar="FILE",
        type=Path,
        help="the campaign file (needed when the only sources are hand-over files)",
    )
    p.add_argument(
        "--language",
        choices=LOCALES,
        help="language of the XLSX headings and the PDF (default: the campaign's first)",
    )
    _json(p)
    _sync_parsers(sub)
    return parser


def _sync_parsers(sub: "argparse._SubParsersAction[Parser]") -> None:
    p = sub.add_parser(
        "verify-kit",
        help="check a recipient's kit (imza export --format kit): signatures, log, count, PDF",
    )
    p.add_argument("kit", type=Path, help="the kit, a .zip file")
    p.add_argument("--receipt-key", help="the campaign's published receipt key (64 hex digits)")
    p.add_argument("--earlier-head", type=Path, help="a head saved earlier, as /log/head gave it")
    p = sub.add_parser("enrol", help="enrol this tablet with the campaign's server")
    p.add_argument("--server", required=True, help="the server's URL, https://...")
    p.add_argument("--code", required=True, help="the enrolment code from the campaign lead")
    p.add_argument("--ca-bundle", help="trust this CA bundle for the server's certificate")
    p.add_argument("--label", default="", help="a name for this tablet, like 'Tablet 3'")
    _data_dir(p)
    _json(p)

    p = sub.add_parser("sync", help="send unsent signatures to the server (or to a file)")
    way = p.add_mutually_exclusive_group()
    way.add_argument("--to-file", type=Path, help="write a hand-over file instead (no network)")
    way.add_argument("--receipt", type=Path, help="apply the receipt file the server wrote")
    p.add_argument(
        "--batch-size", type=int, help="records per batch, 1 to 1000 (default: imza.toml's, 500)"
    )
    _data_dir(p)
    _json(p)

    database = _server_database()
    p = sub.add_parser("serve", help="run the central server")
    _database(p, database)
    p.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default: %(default)s)"
    )
    p.add_argument(
        "--port", type=int, default=8443, help="port to listen on (default: %(default)s)"
    )
    p.add_argument("--workers", type=int, default=1, help="server processes (default: %(default)s)")
    p.add_argument(
        "--forwarded-allow",
        default="",
        metavar="ADDRESSES",
        help="reverse proxies (addresses or networks, comma-separated) whose X-Forwarded-For "
        "and X-Forwarded-Proto are believed (default: none; see the README)",
    )

    p = sub.add_parser("server", help="manage the central server (campaigns, devices...)")
    ops = p.add_subparsers(dest="operation", metavar="OPERATION", required=True)
    q = ops.add_parser("campaign", help="add a campaign and write the file tablets receive")
    q.add_argument("file", type=Path, help="the campaign file with the campaign public key")
    q.add_argument("--out", type=Path, required=True, help="where to write the issued file")
    q = ops.add_parser("enrol-code", help="make a single-use enrolment code")
    q.add_argument("--campaign", required=True, help="the campaign's slug")
    q.add_argument(
        "--hours",
        type=float,
        default=24,
        help="hours it is valid for, at most 24 (default: %(default)s)",
    )
    q.add_argument(
        "--approved", action="store_true", help="devices enrolled with it need no approval"
    )
    q.add_argument("--label", default="", help="the tablet it is for")
    q = ops.add_parser("devices", help="list devices: state, last contact, counts, clock skew")
    q = ops.add_parser("approve", help="approve a pending device")
    q.add_argument("device", help="the device id (its first 12 hex digits will do)")
    q = ops.add_parser("revoke", help="revoke a device; its records past a cut-off leave the count")
    q.add_argument("device", help="the device id (its first 12 hex digits will do)")
    q.add_argument(
        "--after-seq", type=int, required=True, help="records after this one stop counting"
    )
    q = ops.add_parser("import", help="import a hand-over file; writes the signed receipt file")
    q.add_argument("file", type=Path, help="the hand-over file from the tablet")
    q.add_argument("--receipt", type=Path, required=True, help="where to write the receipt file")
    q = ops.add_parser("quarantine", help="records held aside (gaps, forks): list, accept, reject")
    q.add_argument("decision", nargs="?", choices=("accept", "reject"), help="what to do")
    q.add_argument("id", nargs="?", type=int, help="the quarantine entry")
    q = ops.add_parser("export", help="the sealed records, for the export computer")
    q.add_argument("--campaign", required=True, help="the campaign's slug")
    q.add_argument("--out", type=Path, required=True, help="the file to write")
    q = ops.add_parser("progress", help="count what is waiting and print each campaign's figure")
    q = ops.add_parser("user", help="coordinators who may sign in to the web dashboard")
    q.add_argument("action", choices=("add", "list", "remove"), help="what to do")
    q.add_argument("name", nargs="?", help="the coordinator's name")
    q.add_argument("--password-file", type=Path, help="file whose first line is the password")
    q.add_argument(
        "--role",
        choices=("viewer", "manager", "admin"),
        help="viewer sees; manager approves, makes codes, decides held records; admin also "
        "revokes (default: admin for the first coordinator, viewer after)",
    )
    q = ops.add_parser("log", help="the append-only signature log: verify it end to end")
    q.add_argument("action", choices=("verify",), help="what to do")
    q.add_argument("--campaign", help="one campaign only (default: every one)")
    q = ops.add_parser("audit", help="who did what to which tablet, record or code, and when")
    q.add_argument("--campaign", help="one campaign's lines only")
    q.add_argument("--limit", type=int, default=200, help="newest lines (default: %(default)s)")
    for q in ops.choices.values():
        _database(q, database)
        _json(q)


def _database(p: argparse.ArgumentParser, default: str) -> None:
    p.add_argument(
        "--database", metavar="URL", help=f"sqlite:///FILE or postgresql://... (default: {default})"
    )


def main(argv: Sequence[str] | None = None) -> int:
    os.umask(0o077)  # every file we make is the owner's alone
    level = os.environ.get("IMZA_LOG_LEVEL", "WARNING").upper()
    logging.basicConfig(
        level=level if level in logging.getLevelNamesMapping() else "WARNING",
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    try:
        args = parse(build_parser(), sys.argv[1:] if argv is None else list(argv))
    except commands.UsageError as exc:
        print(f"imza: error: {exc}", file=sys.stderr)
        return 1
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
