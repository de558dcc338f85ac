"""build.spec keeps up with the code: every resource ships, no Qt module we import is left out.

Reads the spec's lists without running PyInstaller; `./dev build` builds and smoke-tests.
"""

import ast
import fnmatch
import re
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def spec_value(name: str) -> Any:
    tree = ast.parse((ROOT / "build.spec").read_text("utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            return ast.literal_eval(node.value)
    raise AssertionError(f"build.spec has no {name} = ...")


def test_every_resource_folder_is_listed() -> None:
    folders = {
        p.name for p in (ROOT / "resources").iterdir() if p.is_dir() and p.name != "__pycache__"
    }
    assert set(spec_value("RESOURCES")) == folders


def test_every_resource_file_ships() -> None:
    """A new kind of file (a .png icon, a sound) must be named in the spec, or it is not there."""
    resources: dict[str, list[str]] = spec_value("RESOURCES")
    left_out = []
    for folder, patterns in resources.items():
        for path in (ROOT / "resources" / folder).rglob("*"):
            rel = path.relative_to(ROOT / "resources" / folder).as_posix()
            if path.is_dir() or "__pycache__" in rel or rel.endswith(".ts"):
                continue  # .ts: translation sources, the app loads the compiled .qm
            if not any(fnmatch.fnmatch(rel, pattern) for pattern in patterns):
                left_out.append(f"{folder}/{rel}")
    assert left_out == []


def test_every_migrations_folder_is_listed() -> None:
    found = {
        env.parent.relative_to(ROOT).as_posix()
        for package in ("kiosk", "ui", "sync")
        for env in (ROOT / package).rglob("env.py")
        if "alembic" in env.read_text("utf-8")
    }
    assert set(spec_value("MIGRATIONS")) == found


def test_no_qt_module_we_import_is_excluded() -> None:
    imported = set()
    for package in ("kiosk", "ui", "sync"):
        for path in (ROOT / package).rglob("*.py"):
            imported |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text("utf-8")))
    assert imported
    assert imported & set(spec_value("QT_UNUSED")) == set()
