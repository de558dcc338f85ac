"""``imza enrol`` and ``imza sync`` (the tablet's side); ``imza serve|server`` are passed on.

Every refusal becomes one ``imza: error:`` line through ``kiosk.commands.UsageError``.
"""

import argparse
import importlib
import sys
from pathlib import Path

from kiosk import config as tablet_config
from kiosk import heap
from kiosk.commands import UsageError, say
from kiosk.device import device_number
from kiosk.progress import ProgressBar
from kiosk.sealing import group_fingerprint
from sync import client, enrol, fork, handover, lock, protocol
from sync.http import SyncError


def cmd_enrol(args: argparse.Namespace) -> int:
    done = enrol.enrol(args.data_dir, args.server, args.code, args.ca_bundle, args.label)
    fp = group_fingerprint(done.fingerprint)
    number = device_number(done.device)
    lines = [
        f"enrolled for '{done.campaign}' as device {number}",
        f"campaign key fingerprint: {fp}",
    ]
    if done.practice_erased:
        lines.append(
            f"{done.practice_erased} practice (DEMO) records erased; PINs and settings kept"
        )
    if not done.confirmed:
        lines.append("the server has not heard back yet: the first sync confirms the enrolment")
    if done.state == "pending":
        lines.append(
            "waiting for the campaign lead to approve this tablet before it syncs: "
            f"they find device {number} on the dashboard"
        )
    say(args, done.__dict__ | {"number": number}, lines)
    return 0


def _to_file(args: argparse.Namespace) -> int:
    try:
        saved = handover.save(args.data_dir, args.to_file)
    except handover.NothingToSendError as exc:
        raise UsageError(str(exc)) from None
    say(
        args,
        {"file": str(saved.path), "records": saved.records, "from_seq": saved.from_seq},
        [f"wrote {saved.records} records (from {saved.from_seq}) to {saved.path}"],
    )
    return 0


def _receipt(args: argparse.Namespace) -> int:
    try:
        loaded = handover.load_receipt(args.data_dir, args.receipt)
    except OSError as exc:
        raise UsageError(f"cannot read {args.receipt}: {exc.strerror}") from None
    say(
        args,
        {
            "acknowledged": loaded.acknowledged,
            "acked_through": loaded.acked_through,
            "unsent": loaded.unsent,
        },
        [
            f"acknowledged {loaded.acknowledged} records through {loaded.acked_through}; "
            f"{loaded.unsent} unsent"
        ],
    )
    return 0


def _configured(data_dir: Path) -> tablet_config.Config:
    try:
        return tablet_config.load(data_dir)
    except tablet_config.ConfigError as exc:
        raise UsageError(f"imza.toml: {exc}") from None


def cmd_sync(args: argparse.Namespace) -> int:
    if args.to_file:
        return _to_file(args)
    if args.receipt:
        return _receipt(args)
    bar = ProgressBar(0, "sending")
    heap.settle()  # a sync of thousands is the rest of this process's life
    try:
        outcome = client.sync(
            args.data_dir,
            args.batch_size
            if args.batch_size is not None
            else _configured(args.data_dir).batch_size,
            on_progress=lambda sent, of, _slow: bar(sent, of),
            wait_for_lock=60.0,
        )
    except client.ForkError as exc:
        bar.finish()
        print(f"imza: {exc}", file=sys.stderr)
        device = fork.recover(args.data_dir)
        say(
            args,
            {"forked": True, "new_device": device},
            [
                "this tablet's chain forked from the server's (restored or copied data dir);",
                f"its records are held at the server; it is now device {device_number(device)}",
            ],
        )
        return 0
    finally:
        bar.finish()
    doc = outcome.__dict__ | {"progress": outcome.progress.__dict__ if outcome.progress else None}
    lines = [outcome.summary()]
    if outcome.progress:
        p = outcome.progress
        lines.append(f"server: at least {p.at_least} of {p.goal} signers")
    say(args, doc, lines)
    return 0


def run(command: str, args: argparse.Namespace) -> int:
    try:
        if command in ("serve", "server"):
            server_commands = importlib.import_module("sync.server.commands")
            result: int = server_commands.run(command, args)
            return result
        if command == "verify-kit":
            verify = importlib.import_module("sync.kit.verify")
            code: int = verify.run(args.kit, args.receipt_key, args.earlier_head)
            return code
        return {"enrol": cmd_enrol, "sync": cmd_sync}[command](args)
    except (SyncError, protocol.ProtocolError, lock.BusyError) as exc:
        raise UsageError(str(exc)) from None
