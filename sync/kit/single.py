"""``verify_kit.py``, the verifier shipped inside every kit: one file a recipient can read and
run with Python and ``cryptography`` alone, nothing of Imza installed.

It is made, as SQLite makes its amalgamation, from the modules ``imza verify-kit`` runs, in
the order they need each other, each with its imports of Imza's own modules taken out: one
text of every algorithm, whichever way the kit is checked. A top-level name defined by two
of them would make one silently shadow the other, so that is refused here (and tested).
The bundle ships these modules' text beside their compiled code (``build.spec``).
"""

import ast
import importlib
from pathlib import Path

import kiosk

MODULES = (
    "kiosk.smallcbor",
    "kiosk.chain",
    "kiosk.normalise",
    "sync.merkle",
    "sync.logformat",
    "sync.kit.pdftext",
    "sync.kit.kitfile",
    "sync.kit.checks",
    "sync.kit.verify",
)
OURS = ("kiosk", "sync")
HEADER = '''#!/usr/bin/env python3
"""Check an Imza petition kit: python3 verify_kit.py petition-kit.zip

Needs Python 3.11 or later and the cryptography package (pip install cryptography); nothing
else. Options: --receipt-key HEX (the campaign's published receipt key, instead of the kit's
own copy), --earlier-head FILE (a head saved earlier: is it the start of this log?).

Exit 0: everything holds; 1: a check failed; 2: the kit cannot be read.

Made by Imza {version} from these of its modules, joined into one file (each part says
where it starts):
{modules}
"""
'''


def _names(tree: ast.Module) -> set[str]:
    out: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.ClassDef):
            out.add(node.name)
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                out.update(n.id for n in ast.walk(target) if isinstance(n, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            out.add(node.target.id)
    return out


def _ours(node: ast.stmt) -> bool:
    if isinstance(node, ast.ImportFrom):
        return (node.module or "").split(".")[0] in OURS
    if isinstance(node, ast.Import):
        return any(a.name.split(".")[0] in OURS for a in node.names)
    return False


def source() -> str:
    """The single file's text; ValueError if two modules define one top-level name."""
    listed = "\n".join(f"    {name.replace('.', '/')}.py" for name in MODULES)
    parts = [HEADER.format(version=kiosk.__version__, modules=listed)]
    defined: dict[str, str] = {}
    for name in MODULES:
        path = Path(str(importlib.import_module(name).__file__)).with_suffix(".py")
        text = path.read_text("utf-8")
        tree = ast.parse(text)
        for each in _names(tree):
            if each in defined:
                raise ValueError(f"{name} and {defined[each]} both define {each}")
            defined[each] = name
        lines = text.splitlines()
        for node in reversed(tree.body):  # bottom up, so line numbers stay right
            if _ours(node):
                del lines[node.lineno - 1 : node.end_lineno]
        parts.append(f"\n# ---- {name.replace('.', '/')}.py " + "-" * 40 + "\n")
        parts.append("\n".join(lines) + "\n")
    return "".join(parts)
