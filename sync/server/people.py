"""``imza server user ...`` and ``imza server audit``: who may use the dashboard, with which
role, and what everyone did (on the dashboard or here at the shell)."""

import argparse
import getpass
import time
from collections.abc import Callable

from sqlalchemy import Engine

from kiosk.commands import UsageError
from sync.server import auditlog, coordinators

Answer = Callable[[Engine, argparse.Namespace, object, list[str]], None]


def _when(ms: int) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(ms / 1000))


def _password(args: argparse.Namespace) -> str:
    if args.password_file is not None:
        try:
            lines = args.password_file.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise UsageError(f"cannot read {args.password_file}: {exc.strerror}") from None
        return lines[0] if lines else ""
    first = getpass.getpass("password: ")
    if getpass.getpass("again: ") != first:
        raise UsageError("the two passwords differ")
    return first


def user(args: argparse.Namespace, engine: Engine, answer: Answer) -> None:
    """``imza server user add|list|remove``: who may sign in to the web dashboard."""
    if args.action != "list" and not args.name:
        raise UsageError(f"say whose: imza server user {args.action} NAME")
    if args.action != "add" and args.role:
        raise UsageError("--role goes with: imza server user add NAME --role ROLE")
    if args.action == "add":
        row = coordinators.add(engine, args.name, _password(args), args.role)
        answer(
            engine,
            args,
            {"added": row.name, "role": row.role},
            [f"coordinator '{row.name}' ({row.role}) may sign in at /admin"],
        )
    elif args.action == "remove":
        coordinators.remove(engine, args.name)
        answer(
            engine, args, {"removed": args.name}, [f"coordinator '{args.name}' removed, signed out"]
        )
    else:
        rows = coordinators.listed(engine)
        answer(
            engine,
            args,
            [{"name": r.name, "role": r.role, "created_ms": r.created_ms} for r in rows],
            [f"{r.name}  {r.role:<8} since {_when(r.created_ms)}" for r in rows]
            or ["no coordinators yet"],
        )


def _where(address: str) -> str:
    host = address.removeprefix(auditlog.SHELL)
    return f"{host} (command line)" if host != address else address


def audit(args: argparse.Namespace, engine: Engine, answer: Answer) -> None:
    """``imza server audit``: the newest lines first."""
    if not 1 <= args.limit <= 100_000:
        raise UsageError("--limit must be from 1 to 100000")
    lines = [line for _, line in auditlog.lines(engine, args.campaign, args.limit)]
    answer(
        engine,
        args,
        [line.__dict__ for line in lines],
        [
            f"{_when(line.at_ms)}  {line.who}  from {_where(line.address)}  {line.action}  "
            f"{line.campaign or '-'}  {line.target}"
            + (f"  ({line.detail.replace(';', ', ')})" if line.detail else "")
            for line in lines
        ]
        or ["nothing in the audit log yet"],
    )
