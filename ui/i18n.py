"""The four languages of the kiosk, and switching between them live on every screen.

English is the source language of every ``tr()`` string; the other three come from compiled
catalogues in ``resources/translations``. Installing a translator makes Qt send
``LanguageChange`` to every widget, and each screen re-reads its strings then.
"""

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTranslator, Signal

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
        self.code = "en"

    def switch(self, code: str) -> None:
        if code not in BY_CODE:
            raise ValueError(f"no such language: {code}")
        app = QCoreApplication.instance()
        assert app is not None
        if self._translator is not None:
            app.removeTranslator(self._translator)
            self._translator = None
        if code != "en":
            translator = QTranslator(self)
            if translator.load(catalogue(code)):
                app.installTranslator(translator)
                self._translator = translator
        self.code = code
        QLocale.setDefault(BY_CODE[code].qt_locale)
        self.changed.emit(code)
