"""``imza serve`` and ``imza server ...``: the central server and its administration."""

import argparse
import errno
import logging
import os
import socket
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

import uvicorn
from sqlalchemy import Engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError, OperationalError

from kiosk import heap
from kiosk.commands import UsageError, say
from kiosk.device import device_number
from kiosk.sealing import group_fingerprint
from sync import protocol
from sync.server import (
    admin,
    campaigns,
    coordinators,
    counting,
    db,
    enrolment,
    export,
    listen,
    logcheck,
    people,
    treeheads,
)
from sync.server.app import create_app
from sync.server.refusals import Refused

log = logging.getLogger("imza.server")


def _engine(args: argparse.Namespace, create: bool = False) -> Engine:
    """The server database from --database or the default; ``create``: a new SQLite file (and
    folder) may be made (the commands that start a server), else it must be there."""
    url = args.database or db.default_url()
    try:
        return db.connect(url, create=create)
    except db.DatabaseUrlError as exc:
        raise UsageError(str(exc)) from None
    except DatabaseError as exc:  # OperationalError too: refused, no such database, no access
        shown = make_url(url).render_as_string(hide_password=True)
        reason = (str(exc.orig or exc).strip().splitlines() or ["no reason given"])[0]
        if isinstance(exc, OperationalError):
            raise UsageError(f"cannot reach the database at {shown}: {reason}") from None
        raise UsageError(f"{shown} is not a server database: {reason}") from None


def _check_port(host: str, port: int) -> None:
    """Refuse a busy port in one line before uvicorn starts (it would print five and exit 3)."""
    try:
        addresses = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as exc:
        raise UsageError(f"cannot listen on {host}: {exc.strerror}") from None
    for family, kind, proto, _, address in addresses:
        with socket.socket(family, kind, proto) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds
            try:
                probe.bind(address)
            except OSError as exc:
                if exc.errno == errno.EADDRINUSE:
                    raise UsageError(
                        f"port {port} on {host} is in use (another imza serve?); "
                        "choose another with --port"
                    ) from None
                raise UsageError(f"cannot listen on {host} port {port}: {exc.strerror}") from None


@contextmanager
def _starting(host: str, port: int) -> Iterator[None]:
    try:
        yield
    except SystemExit as exc:  # uvicorn's way to say it did not start (the port taken since)
        if exc.code not in (0, None):
            raise UsageError(
                f"the server did not start on {host} port {port}; the lines above say why"
            ) from None


def cmd_serve(args: argparse.Namespace) -> int:
    if not 0 < args.port < 65536:
        raise UsageError("--port must be from 1 to 65535")
    if not 1 <= args.workers <= 64:
        raise UsageError("--workers must be from 1 to 64")
    _check_port(args.host, args.port)
    engine = _engine(args, create=True)  # migrated here, once, before any worker starts
    print(f"imza: database {db.describe(engine)}", file=sys.stderr)
    log.info("serving %s on %s:%s", db.describe(engine), args.host, args.port)
    if not coordinators.listed(engine):
        log.warning("nobody can sign in to the dashboard yet: imza server user add NAME")
    served = listen.settings(args.forwarded_allow)
    if args.workers == 1:
        with _starting(args.host, args.port):
            app = create_app(engine)
            heap.settle()
            uvicorn.run(app, host=args.host, port=args.port, log_level="info", **served)
        return 0
    engine.dispose()
    # Several processes on one database: each opens it from the environment.
    os.environ["IMZA_SERVER_DATABASE"] = engine.url.render_as_string(hide_password=False)
    with _starting(args.host, args.port):
        uvicorn.run(
            "sync.server.asgi:app",
            factory=True,
            workers=args.workers,
            host=args.host,
            port=args.port,
            log_level="info",
            **served,
        )
    return 0


def _when(ms: int | None) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(ms / 1000)) if ms else "never"


def _answer(engine: Engine, args: argparse.Namespace, doc: object, text: list[str]) -> None:
    """The answer, with the database it came from on stderr (a refusal names it instead)."""
    print(f"imza: database {db.describe(engine)}", file=sys.stderr)
    say(args, doc, text)


def _log(engine: Engine, args: argparse.Namespace) -> int:
    """``imza server log verify``: exit 1 when any check fails."""
    slugs = [args.campaign] if args.campaign else campaigns.all_slugs(engine)
    if args.campaign and campaigns.by_slug(engine, args.campaign) is None:
        raise UsageError(f"no campaign '{args.campaign}'")
    counting.drain(engine)
    for slug in slugs:
        treeheads.sign_head(engine, slug)  # the log as it stands now is checked too
    reports = [logcheck.verify(engine, slug) for slug in slugs]
    _answer(
        engine,
        args,
        [
            {
                "campaign": r.slug,
                "leaves": r.leaves,
                "heads": [h.as_json() for h in r.heads],
                "failures": r.failures,
            }
            for r in reports
        ],
        [line for r in reports for line in r.lines()] or ["no campaigns"],
    )
    return 1 if any(r.failures for r in reports) else 0


def _server(args: argparse.Namespace) -> int:
    engine = _engine(args, create=args.operation == "campaign")
    op = args.operation
    try:
        if op == "campaign":
            camp = campaigns.add(engine, args.file)
            args.out.write_text(camp.issued, encoding="utf-8")
            fp = group_fingerprint(camp.fingerprint)
            _answer(
                engine,
                args,
                {"campaign": camp.slug, "issued": str(args.out), "fingerprint": camp.fingerprint},
                [f"campaign '{camp.slug}' added; tablets get {args.out}", f"fingerprint: {fp}"],
            )
        elif op == "enrol-code":
            code = enrolment.make_code(engine, args.campaign, args.hours, args.approved, args.label)
            _answer(engine, args, {"code": code.text, "hours": args.hours}, [code.text])
        elif op == "devices":
            rows = admin.devices(engine)
            lines = [
                f"{device_number(r.id)}  {repr(r.label) if r.label else '(no label)'}  "
                f"{r.campaign}  {r.state:<8} {r.signatures:>6} signed  "
                f"through {r.head_seq}  last contact {_when(r.last_contact_ms)}  "
                f"clock {'?' if r.clock_skew_ms is None else round(r.clock_skew_ms / 1000)} s"
                + (f"  FORK at {r.fork_seq}" if r.fork_seq else "")
                + (f"  {r.held_aside} held aside" if r.held_aside else "")
                for r in rows
            ]
            doc = [r.__dict__ | {"number": device_number(r.id)} for r in rows]
            _answer(engine, args, doc, lines or ["no devices yet"])
        elif op == "approve":
            ident = enrolment.find(engine, args.device)
            enrolment.approve(engine, ident)
            number = device_number(ident)
            _answer(
                engine, args, {"approved": ident, "number": number}, [f"device {number} approved"]
            )
        elif op == "revoke":
            if args.after_seq < 0:
                raise UsageError("--after-seq must be 0 or more")
            ident = enrolment.find(engine, args.device)
            gone = enrolment.revoke(engine, ident, args.after_seq)
            number = device_number(ident)
            _answer(
                engine,
                args,
                {"revoked": ident, "number": number, "excluded": gone},
                [f"device {number} revoked; {gone} records after {args.after_seq} excluded"],
            )
        elif op == "import":
            new, repeated = admin.import_file(engine, args.file, args.receipt)
            _answer(
                engine,
                args,
                {"new": new, "held_already": repeated, "receipt": str(args.receipt)},
                [f"imported {new} new records ({repeated} held already); receipt: {args.receipt}"],
            )
        elif op == "quarantine":
            if args.decision:
                if args.id is None:
                    raise UsageError("say which entry: imza server quarantine accept ID")
                admin.decide(engine, args.id, args.decision == "accept")
                _answer(
                    engine, args, {args.decision: args.id}, [f"entry {args.id}: {args.decision}ed"]
                )
            else:
                held = admin.quarantine(engine)
                lines = [
                    f"{h.id:>6}  {device_number(h.device)}  seq {h.seq}  {h.reason}  {h.state}"
                    for h in held
                ]
                doc = [h.__dict__ | {"number": device_number(h.device)} for h in held]
                _answer(engine, args, doc, lines or ["nothing held aside"])
        elif op == "export":
            if not args.out.parent.is_dir():
                raise UsageError(f"folder {args.out.parent} does not exist")
            count = export.write(engine, args.campaign, args.out)
            _answer(
                engine,
                args,
                {"out": str(args.out), "records": count},
                [f"wrote {count} sealed records to {args.out}"],
            )
        elif op == "user":
            people.user(args, engine, _answer)
        elif op == "audit":
            people.audit(args, engine, _answer)
        elif op == "log":
            return _log(engine, args)
        elif op == "progress":
            counting.drain(engine)
            figures = [campaigns.progress(engine, s) for s in campaigns.all_slugs(engine)]
            _answer(
                engine,
                args,
                figures,
                [f"{f['campaign']}: at least {f['at_least']} of {f['goal']}" for f in figures],
            )
    except protocol.ProtocolError as exc:
        raise UsageError(str(exc)) from None
    except (Refused, campaigns.CampaignExistsError, coordinators.CoordinatorError) as exc:
        # The database said no: which database is part of the one line
        raise UsageError(f"{exc} (database {db.describe(engine)})") from None
    finally:
        engine.dispose()
    return 0


def run(command: str, args: argparse.Namespace) -> int:
    return cmd_serve(args) if command == "serve" else _server(args)
