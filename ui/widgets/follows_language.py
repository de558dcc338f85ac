"""FollowsLanguage: a widget whose strings follow the language, re-read on LanguageChange."""

from typing import Any

from PySide6.QtCore import QEvent


class FollowsLanguage:
    """Mix in before the Qt class (``class X(FollowsLanguage, QFrame)``) and define
    ``retranslate``; Qt's LanguageChange then calls it on every switch of language."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        parent: Any = super()
        parent.changeEvent(event)
