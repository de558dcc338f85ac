"""The kiosk window. Until the signing screens land it shows the tablet's state, DEMO marked."""

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from kiosk.status import status
from kiosk.vault import Vault


class StatusWindow(QWidget):
    """A plain window with the campaign title, the DEMO banner and this tablet's numbers."""

    def __init__(self, vault: Vault) -> None:
        super().__init__()
        self.setWindowTitle("Imza")
        text = vault.campaign.text(vault.campaign.default_locale)
        st = status(vault.engine, vault.device.id, vault.demo, vault.campaign.slug)
        layout = QVBoxLayout(self)
        if vault.demo:
            self.demo_banner = QLabel(self.tr("DEMO — signatures here are for practice only"))
            self.demo_banner.setStyleSheet("background:#8a1c1c;color:white;padding:8px;")
            self.demo_banner.setAccessibleName(self.tr("Demo mode"))
            layout.addWidget(self.demo_banner)
        title = QLabel(text.title)
        title.setWordWrap(True)
        title.setStyleSheet("font-size:24pt;")
        layout.addWidget(title)
        self.counter = QLabel(self.tr("%n signature(s) on this tablet", "", st.signatures))
        layout.addWidget(self.counter)
        layout.addStretch(1)
        self.setMinimumSize(640, 400)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)


def run(data_dir: Path, windowed: bool = False) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    vault = Vault.open(data_dir)
    window = StatusWindow(vault)
    if windowed:
        window.show()
    else:
        window.showFullScreen()
    code = app.exec()
    vault.close()
    return int(code)
