"""The four languages of the kiosk, and switching between them live on every screen.

English is the source language of every ``tr()`` string; the other three come from compiled
catalogues in ``resources/translations``. Installing a translator makes Qt send
``LanguageChange`` to every widget, and each screen re-reads its strings then.
"""

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QTranslator, Signal

from resources import resource_path


@dataclass(frozen=True)
class Language:
    code: str  # as in campaign files and sealed records
    native: str  # the name a speaker recognises, in its own script
    qt_locale: QLocale


LANGUAGES = (
    Language(
        "az-Latn",
        "Azərbaycanca",
        QLocale(
            QLocale.Language.Azerbaijani, QLocale.Script.LatinScript, QLocale.Country.Azerbaijan
        ),
    ),
    Language(
        "az-Cyrl",
        "Азәрбајҹанҹа",
        QLocale(
            QLocale.Language.Azerbaijani, QLocale.Script.CyrillicScript, QLocale.Country.Azerbaijan
        ),
    ),
    Language("ru", "Русский", QLocale(QLocale.Language.Russian, QLocale.Country.Russia)),
    Language("en", "English", QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)),
)
BY_CODE = {lang.code: lang for lang in LANGUAGES}


def catalogue(code: str) -> str:
    return str(resource_path("translations") / f"imza_{code}.qm")


class LanguageSwitch(QObject):
    """Holds the one installed translator; ``changed`` fires after every switch."""

    changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._translator: QTranslator | None = None
        self._loaded: dict[str, QTranslator | None] = {}  # one per language, kept for reuse
        self.code = "en"

    def uninstall(self) -> None:
        """Leave the application with no translator of ours (a closing window, a test)."""
        app = QCoreApplication.instance()
        if app is not None and self._translator is not None:
            app.removeTranslator(self._translator)
        self._translator = None

    def _catalogue(self, code: str) -> QTranslator | None:
        if code not in self._loaded:
            translator = QTranslator(self)
            self._loaded[code] = translator if translator.load(catalogue(code)) else None
        return self._loaded[code]

    def translate_in(self, code: str, context: str, source: str) -> str:
        """``source`` in the language ``code``, whatever language is switched on."""
        translator = self._catalogue(code)
        return (translator.translate(context, source) if translator else "") or source

    def switch(self, code: str) -> None:
        if code not in BY_CODE:
            raise ValueError(f"no such language: {code}")
        app = QCoreApplication.instance()
        assert app is not None
        if self._translator is not None:
            app.removeTranslator(self._translator)
            self._translator = None
        # English too has a catalogue: the source strings say "signature(s)", its plural
        # forms say "1 signature" and "5 signatures".
        loaded = self._catalogue(code)
        if loaded is not None:
            app.installTranslator(loaded)
            self._translator = loaded
        self.code = code
        QLocale.setDefault(BY_CODE[code].qt_locale)
        # Qt posts LanguageChange; deliver it now, so every widget speaks the new language
        # before anything is painted or read.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.changed.emit(code)
