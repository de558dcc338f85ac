"""The Qt binding must not break Python's reference counts: PySide6 6.12.0 decref'd None on
every null result, and the kiosk died after a few thousand signers (Python 3.11)."""

import sys

from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot


def test_null_results_leave_none_alone(qtbot: QtBot) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = sys.getrefcount(None)
    for _ in range(200):
        app.focusWidget()
        edit.property("missing")
        edit.parentWidget()
    assert sys.getrefcount(None) >= before
