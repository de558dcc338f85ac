"""Sizes in millimetres, from the screen's physical DPI: a 12 mm button is 12 mm on any tablet."""

from PySide6.QtGui import QGuiApplication, QScreen

BUTTON_MM = 12.0  # the smallest touch target of the kiosk
KEY_MM = 10.0  # the smallest key of the on-screen keyboard
_FALLBACK_DPI = 96.0
_LOGICAL_PER_INCH_MIN, _LOGICAL_PER_INCH_MAX = 60.0, 600.0


def logical_dpi(screen: QScreen | None = None) -> float:
    """Logical pixels per inch of ``screen`` (the primary one by default).

    Physical DPI divided by the device pixel ratio, because widgets are laid out in logical
    pixels. Screens that report nonsense (offscreen, some projectors) fall back to 96.
    """
    screen = screen or QGuiApplication.primaryScreen()
    if screen is None:
        return _FALLBACK_DPI
    dpi = screen.physicalDotsPerInch() / max(screen.devicePixelRatio(), 1.0)
    return dpi if _LOGICAL_PER_INCH_MIN <= dpi <= _LOGICAL_PER_INCH_MAX else _FALLBACK_DPI


def mm(millimetres: float, screen: QScreen | None = None) -> int:
    """Whole logical pixels for a length in millimetres, never less than one."""
    return max(1, round(millimetres * logical_dpi(screen) / 25.4))
