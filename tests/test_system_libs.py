"""Every shared library the kiosk's Qt loads is on this machine, and scripts/system-deps names
its Debian package: ``ldd`` on PySide6's platform, multimedia and speech plugins and on the Qt
modules we import finds nothing missing. A gap fails with the package to install."""

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SYSTEM_DEPS = ROOT / "scripts" / "system-deps"
# The Qt modules the kiosk imports, and the plugins they load on a tablet and in the tests.
MODULES = ("QtCore", "QtGui", "QtWidgets", "QtNetwork", "QtMultimedia", "QtTextToSpeech")
PLUGINS = (
    "platforms/libqoffscreen.so",
    "platforms/libqxcb.so",
    "xcbglintegrations/*.so",
    "multimedia/*.so",
    "texttospeech/*.so",
)
# Debian packages not named after the library the usual way (libfoo.so.1 -> libfoo1).
_UNUSUAL = {
    re.compile(r"lib(glib|gobject|gio|gmodule|gthread)-2\.0\.so\.0"): "libglib2.0-0",
    re.compile(r"libz\.so\.1"): "zlib1g",
}


def required_packages() -> list[str]:
    """The REQUIRED list in scripts/system-deps, the one ./dev and CI install."""
    text = SYSTEM_DEPS.read_text(encoding="utf-8")
    found = re.search(r"^REQUIRED=\(([^)]*)\)", text, re.MULTILINE)
    assert found, "scripts/system-deps has no REQUIRED=(...) list"
    return found.group(1).split()


def debian_package(soname: str) -> str:
    """The Debian package that ships ``soname``, by Debian's library naming policy."""
    for pattern, package in _UNUSUAL.items():
        if pattern.fullmatch(soname):
            return package
    name, _, version = soname.partition(".so.")
    name = name.lower().replace("_", "-")
    return f"{name}{'-' if name[-1].isdigit() else ''}{version.split('.')[0]}"


def qt_binaries() -> list[Path]:
    """The PySide6 modules and Qt plugins to check, from the installed PySide6."""
    pyside = pytest.importorskip("PySide6", reason="PySide6 is not installed")
    from PySide6.QtCore import QLibraryInfo

    folder = Path(pyside.__file__).parent
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    found = [p for m in MODULES for p in folder.glob(f"{m}.*.so")]
    found += [p for pattern in PLUGINS for p in sorted(plugins.glob(pattern))]
    return found


def missing_libraries(binary: Path, ldd: str) -> list[str]:
    """The libraries ``ldd`` reports "not found" for ``binary``."""
    done = subprocess.run(
        [ldd, str(binary)], capture_output=True, text=True, timeout=60, check=False
    )
    return re.findall(r"^\s*(\S+) => not found", done.stdout, re.MULTILINE)


def test_debian_package_names() -> None:
    assert debian_package("libxcb-cursor.so.0") == "libxcb-cursor0"
    assert debian_package("libxkbcommon-x11.so.0") == "libxkbcommon-x11-0"
    assert debian_package("libEGL.so.1") == "libegl1"
    assert debian_package("libdbus-1.so.3") == "libdbus-1-3"
    assert debian_package("libglib-2.0.so.0") == "libglib2.0-0"
    assert debian_package("libspeechd.so.2") == "libspeechd2"


def test_every_library_qt_loads_is_installed() -> None:
    ldd = shutil.which("ldd")
    if ldd is None:
        pytest.skip("no ldd on this machine: the libraries Qt loads cannot be listed")
    binaries = qt_binaries()
    for wanted in ("libqoffscreen.so", "libqxcb.so", "QtMultimedia", "QtTextToSpeech"):
        assert any(b.name.startswith(wanted) for b in binaries), f"{wanted} not in PySide6"
    required = set(required_packages())
    problems: dict[str, str] = {}
    for binary in binaries:
        for soname in missing_libraries(binary, ldd):
            package = debian_package(soname)
            listed = "listed" if package in required else "NOT listed yet"
            line = f"  {soname} (for {binary.name}): apt-get install {package} ({listed} in "
            problems.setdefault(soname, line + "REQUIRED in scripts/system-deps)")
    assert not problems, "libraries Qt loads are missing:\n" + "\n".join(problems.values())
