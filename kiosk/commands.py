"""What each ``imza`` command does; ``kiosk.cli`` parses and reports refusals."""

import argparse
import getpass
import importlib
import json
import sys
from dataclasses import asdict
from pathlib import Path

import tomli_w

from kiosk import campaign as campaigns
from kiosk import config as tablet_config
from kiosk import (
    datadir,
    export_output,
    export_run,
    export_sources,
    keyfile,
    logfiles,
    passphrases,
    sealing,
    simulate,
)
from kiosk.audit import verify
from kiosk.device import device_number
from kiosk.progress import ProgressBar
from kiosk.vault import Vault


class UsageError(Exception):
    """The command was given something it cannot use."""


def say(args: argparse.Namespace, doc: object, text: list[str]) -> None:
    """JSON for scripts with ``--json``, else the lines for people."""
    if getattr(args, "json", False):
        print(json.dumps(doc, indent=2, ensure_ascii=False))
    else:
        print("\n".join(text))


def _demo_note(vault_demo: bool) -> None:
    if vault_demo:
        print("DEMO data dir: bundled campaign, demo keys (passphrase 'demo')", file=sys.stderr)


def cmd_kiosk(args: argparse.Namespace) -> int:
    app = importlib.import_module("ui.app")  # the screens depend on the core, never the reverse
    result: int = app.run(args.data_dir, windowed=args.windowed, self_test=args.self_test)
    return result


def _read_passphrase(path: Path | None, prompt: str) -> str:
    if path is not None:
        try:
            text = path.read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise UsageError(f"cannot read passphrase file {path}: {exc.strerror}") from None
        except UnicodeDecodeError:
            raise UsageError(f"passphrase file {path} is not UTF-8 text") from None
        if not text:
            raise UsageError(f"passphrase file {path} is empty")
        return text
    if not sys.stdin.isatty():
        raise UsageError("no terminal to ask for the passphrase on: give --passphrase-file")
    return getpass.getpass(prompt)


def _git_work_tree(folder: Path) -> Path | None:
    """The git work tree ``folder`` is in (a ``.git`` folder, or file for a worktree), if any."""
    folder = folder.resolve()
    return next((d for d in (folder, *folder.parents) if (d / ".git").exists()), None)


def _chosen_passphrase(path: Path) -> str:
    """The passphrase in ``path`` if it is strong enough to guard a campaign key."""
    passphrase = _read_passphrase(path, "")
    if (why := passphrases.weakness(passphrase)) is not None:
        raise UsageError(
            f"the passphrase in {path} is too weak ({why}): leave out --passphrase-file to use "
            "a generated six-word passphrase, or choose a longer one (six or more random words)"
        )
    return passphrase


def cmd_keygen(args: argparse.Namespace) -> int:
    out: Path = args.out
    if out.exists() and not out.is_dir():
        raise UsageError(f"{out} is a file: give a folder for the keys")
    template = campaigns.load(args.campaign, require_keys=False) if args.campaign else None
    targets = [out / keyfile.PRIVATE_NAME, out / keyfile.PUBLIC_NAME]
    if template:
        targets += [out / "count-key.imzakey", out / f"{template.slug}.toml"]
    if existing := [p for p in targets if p.exists()]:
        raise UsageError(f"{existing[0]} exists already; refusing to overwrite a key")
    generated = args.passphrase_file is None
    if generated:
        passphrase, rule = keyfile.generate_passphrase(), keyfile.RULE_WORDS
    else:
        passphrase, rule = _chosen_passphrase(args.passphrase_file), keyfile.RULE_AS_TYPED
    out.mkdir(parents=True, exist_ok=True, mode=0o700)
    pair = sealing.generate(args.suite)
    keyfile.write_private(targets[0], keyfile.wrap(pair, passphrase, rule=rule))
    targets[1].write_bytes(keyfile.public_file(pair))
    lines = [
        f"campaign key ({args.suite}) written to {out}",
        f"fingerprint: {sealing.group_fingerprint(pair.fingerprint)}",
    ]
    if template:
        # Until a server issues the campaign, the export computer holds the count key too.
        count = sealing.generate(args.suite)
        keyfile.write_private(targets[2], keyfile.wrap(count, passphrase, rule=rule))
        keys = campaigns.Keys(args.suite, pair.public_raw, pair.fingerprint, count.public_raw)
        with open(targets[3], "wb") as fh:
            tomli_w.dump(campaigns.with_keys(template, keys), fh)
        lines.append(f"campaign file with these keys: {targets[3]}")
    if generated:
        lines += [
            "",
            "PASSPHRASE (shown once; write it on paper, keep two copies apart):",
            f"    {passphrase}",
        ]
    else:
        where = args.passphrase_file
        lines.append(f"passphrase: the one in {where} (letter case counts; extra spaces do not)")
    if (tree := _git_work_tree(out)) is not None:
        print(
            f"imza: warning: {out} is inside the git work tree {tree}; never commit the private "
            "key: keep it on the offline export computer or removable media",
            file=sys.stderr,
        )
    print("\n".join(lines))
    return 0


def cmd_init(args: argparse.Namespace) -> int:
    camp, what = datadir.init(args.data_dir, args.campaign)
    assert camp.keys is not None
    fp = sealing.group_fingerprint(camp.keys.campaign_fingerprint)
    verb = "campaign file updated" if what == "updated" else "tablet set up"
    print(f"{verb} for '{camp.slug}' in {args.data_dir}\ncampaign key fingerprint: {fp}")
    return 0


def cmd_simulate(args: argparse.Namespace) -> int:
    if args.count < 1 or args.count > 1_000_000:
        raise UsageError("--count must be from 1 to 1000000")
    if not 0 <= args.duplicates < 1:
        raise UsageError("--duplicates must be a share from 0 to below 1, like 0.05")
    vault = Vault.open(args.data_dir)
    _demo_note(vault.demo)
    bar = ProgressBar(args.count, "simulating")
    try:
        each = (lambda s: print(f"stored {s.seq}", flush=True)) if args.each else None
        tally = simulate.run(vault, args.count, args.duplicates, args.seed, bar, each)
    finally:
        bar.finish()
        vault.close()
    say(
        args,
        tally,
        [
            f"stored {tally['stored']} synthetic signatures "
            f"({tally['repeats']} returning signers not stored again)"
        ],
    )
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    datadir.check_usable(args.data_dir)
    if not datadir.is_set_up(args.data_dir):
        note = f"no data yet in {args.data_dir}: it runs in DEMO mode on first use"
        say(args, {"mode": "unset", "signatures": 0, "data_dir": str(args.data_dir)}, [note])
        return 0
    vault = Vault.open(args.data_dir, create=False)
    try:
        st = vault.status()
    finally:
        vault.close()
    text = [
        f"{'DEMO ' if vault.demo else ''}campaign {st.campaign}, device {device_number(st.device)}",
        f"signatures: {st.signatures} ({st.withdrawn} withdrawn), today: {st.today}",
        f"unsent: {st.unsent}, acknowledged through seq {st.acknowledged_through}",
        f"last sync: {st.last_sync or 'never'}",
        f"chain head: seq {st.head_seq} {st.head[:16]}",
    ]
    say(args, st.as_dict(), text)
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    opened = datadir.open_dir(args.data_dir, create=False)
    _demo_note(opened.demo)
    try:
        report = verify(opened.engine, opened.campaign.slug)
    finally:
        opened.engine.dispose()
    doc = {
        "ok": report.ok,
        "device": report.device,
        "first_seq": report.first_seq,
        "last_seq": report.last_seq,
        "count": report.count,
        "head": report.head,
        "gaps": report.gaps,
        "altered": report.altered,
        "reordered": report.reordered,
        "bad_signatures": report.bad_signatures,
        "head_damaged": report.head_damaged,
    }
    say(args, doc, report.lines())
    return 0 if report.ok else 1


def cmd_withdraw(args: argparse.Namespace) -> int:
    vault = Vault.open(args.data_dir)
    _demo_note(vault.demo)
    try:
        done = vault.withdraw(args.code)
    finally:
        vault.close()
    where = (
        "the signature on this tablet is withdrawn"
        if done.found_here
        else "no signature with this code on this tablet; the withdrawal will go to the server, "
        "which applies it wherever the signature is"
    )
    say(args, {"seq": done.seq, "found_here": done.found_here}, [f"withdrawal recorded: {where}"])
    return 0


def _campaign_key(
    args: argparse.Namespace, sources: list[export_sources.Source]
) -> sealing.KeyPair:
    """The campaign private key from --key (or, for one DEMO data dir only, its demo key)."""
    key_path, passphrase = args.key, None
    if key_path is None:
        demo = sources[0].demo_dir if len(sources) == 1 else None
        if demo is None:
            raise UsageError("--key is required: the campaign private key file")
        key_path = demo / datadir.DEMO_DIR / keyfile.PRIVATE_NAME
        passphrase = datadir.DEMO_PASSPHRASE
    try:
        data = key_path.read_bytes()
    except OSError as exc:
        raise UsageError(f"cannot read key file {key_path}: {exc.strerror}") from None
    if passphrase is None:
        passphrase = _read_passphrase(args.passphrase_file, "Passphrase for the campaign key: ")
    return keyfile.unwrap(data, passphrase)


def cmd_export(args: argparse.Namespace) -> int:
    out: Path = args.out
    export_output.check_writable(out)
    from_files: list[Path] = args.from_files or []
    data_dirs: list[Path] = args.data_dirs or (
        [] if args.database or from_files else [datadir.default_dir()]
    )
    campaign_file = campaigns.load(args.campaign) if args.campaign else None
    gathered, pair = export_run.gather(
        data_dirs, from_files, args.database, campaign_file, lambda s: _campaign_key(args, s)
    )
    _demo_note(gathered.demo)
    made = export_run.make(gathered, pair, args.format, out, args.language, args.raw, args.database)
    summary = made.summary
    doc: dict[str, object] = {"out": str(out), "format": args.format, "language": made.language}
    doc |= summary.counts()
    lines = [f"wrote {out}", *made.lines, *summary.lines()]
    if made.near_groups is not None:
        doc["near_duplicate_groups"] = made.near_groups
        lines.append(f"possible duplicates for a person to judge: {made.near_groups} groups")
    say(args, doc, lines)
    return 0


def cmd_config(args: argparse.Namespace) -> int:
    """The configuration the tablet runs with: imza.toml over what the console kept in the
    store over the defaults; every mistake in the file named, exit 1."""
    if args.template:
        print(tablet_config.render(tablet_config.Config()), end="")
        return 0
    datadir.check_usable(args.data_dir)
    engine = None
    if datadir.is_set_up(args.data_dir):
        engine = datadir.open_dir(args.data_dir, create=False).engine
    try:
        config = tablet_config.load(args.data_dir, engine)
    except tablet_config.ConfigError as exc:
        raise UsageError(f"{tablet_config.path_in(args.data_dir)}:\n{exc}") from None
    finally:
        if engine is not None:
            engine.dispose()
    doc = asdict(config)
    say(args, doc, tablet_config.render(config).splitlines())
    return 0


COMMANDS = {
    "kiosk": cmd_kiosk,
    "config": cmd_config,
    "keygen": cmd_keygen,
    "init": cmd_init,
    "simulate": cmd_simulate,
    "status": cmd_status,
    "verify": cmd_verify,
    "withdraw": cmd_withdraw,
    "export": cmd_export,
}


def run(command: str, args: argparse.Namespace) -> int:
    data_dir = getattr(args, "data_dir", None)
    if command in logfiles.TABLET_COMMANDS and data_dir is not None and datadir.is_set_up(data_dir):
        logfiles.attach(data_dir)  # never into a folder a refused command must leave as it is
    if command in ("enrol", "sync", "serve", "server", "verify-kit"):
        # The sync and the server live outside the core; the core never imports them.
        sync_commands = importlib.import_module("sync.commands")
        result: int = sync_commands.run(command, args)
        return result
    return COMMANDS[command](args)
