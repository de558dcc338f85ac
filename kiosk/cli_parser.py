"""argparse that speaks as the rest of ``imza`` does: every complaint one line (the caller
prints it after ``imza: error:`` and exits 1), a misspelt command or option answered with the
closest one there is."""

import argparse
import difflib
import re
from collections.abc import Sequence
from typing import NoReturn

from kiosk.commands import UsageError


class Parser(argparse.ArgumentParser):
    """argparse whose every complaint is one ``imza: error:`` line and exit 1 (not usage and
    exit 2); the subcommands' parsers are of this class too."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(_reworded(self, " ".join(message.split())))


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def _named(parser: argparse.ArgumentParser) -> str:
    """``simulate`` for ``imza simulate``, ``server devices`` for its parser; "" for imza's."""
    return parser.prog.removeprefix("imza").strip()


def _reworded(parser: argparse.ArgumentParser, message: str) -> str:
    names = _subcommands(parser)
    wrong = re.search(r"invalid choice: '([^']*)'", message)
    if names and wrong:
        where = f"{_named(parser)} ".lstrip()
        close = difflib.get_close_matches(wrong[1], names, n=1)
        if close:
            return f"unknown command '{where}{wrong[1]}'; did you mean {where}{close[0]}?"
        return f"unknown command '{where}{wrong[1]}' ({parser.prog} --help lists them)"
    sub = _named(parser)
    hint = "" if "(choose from" in message else f" ({parser.prog} --help)"  # one bracket will do
    return f"{sub + ': ' if sub else ''}{message}{hint}"


_NEGATIVE = re.compile(r"^-\d+$|^-\d*\.\d+$")  # a value, as argparse sees it


def _option(parser: argparse.ArgumentParser, name: str) -> argparse.Action | None:
    """The option ``name`` stands for, a unique abbreviation as argparse allows included."""
    known = parser._option_string_actions
    if name in known:
        return known[name]
    prefixed = [o for o in known if name.startswith("--") and o.startswith(name)]
    return known[prefixed[0]] if prefixed else None  # an ambiguous one argparse names


def _unknown_option(parser: argparse.ArgumentParser, argv: Sequence[str]) -> str | None:
    """The first option that the (sub)command ``argv`` names does not have, as the message.

    Checked before argparse parses, which would first complain that a required option is
    missing when it is only misspelt."""
    names, value_next = _subcommands(parser), False
    for i, arg in enumerate(argv):
        name = arg.split("=", 1)[0]
        if value_next:
            value_next = False
        elif arg == "--":
            return None
        elif not arg.startswith("-") or arg == "-" or _NEGATIVE.match(arg):
            if names:  # the subcommand: the rest is its to parse
                return _unknown_option(names[arg], argv[i + 1 :]) if arg in names else None
        elif (action := _option(parser, name)) is not None:
            value_next = action.nargs != 0 and "=" not in arg
        else:
            longs = [o for o in parser._option_string_actions if o.startswith("--")]
            close = difflib.get_close_matches(name, longs, n=1)
            if close:
                return f"unknown option {name}; did you mean {close[0]}?"
            sub = _named(parser)
            return f"unknown option {name}{' for ' + sub if sub else ''} ({parser.prog} --help)"
    return None


def parse(parser: argparse.ArgumentParser, argv: list[str]) -> argparse.Namespace:
    """The arguments, or a UsageError whose text is the one line to print."""
    if message := _unknown_option(parser, argv):
        raise UsageError(message)
    args, extra = parser.parse_known_args(argv)
    if extra:
        named = [n for n in (args.command, getattr(args, "operation", None)) if n]
        where = f"{' '.join(named)}: " if named else ""
        hint = " ".join(["imza", *named, "--help"])
        raise UsageError(f"{where}unrecognized arguments: {' '.join(extra)} ({hint})")
    return args
