"""The one resource locator: campaigns, word lists, places, translations, styles.

Works the same from a source checkout, an installed wheel and a PyInstaller bundle, because
the data files always sit beside this module (PyInstaller collects them to the same place).
"""

from pathlib import Path

_ROOT = Path(__file__).resolve().parent


def resource_path(*parts: str) -> Path:
    """Absolute path of a bundled resource, e.g. ``resource_path("campaigns", "x.toml")``."""
    path = _ROOT.joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"bundled resource missing: {'/'.join(parts)}")
    return path
