"""What every screen shares: the store, the campaign, the settings, the language and the
signer in progress. Screens read and write the signer only through ``SigningSession``."""

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.campaign import Campaign, Text
from kiosk.config import Config
from kiosk.power import Battery, read_battery
from kiosk.settings import Settings
from kiosk.signature import SignatureForm
from kiosk.vault import Stored, Vault
from resources import resource_path
from ui.i18n import LanguageSwitch
from ui.speech import Speaker


@dataclass
class SigningSession:
    """One signer, from "Sign" to "thank you"; wiped by ``reset``."""

    form: SignatureForm = field(default_factory=SignatureForm)
    not_the_same: bool = False  # answered "No, that is not me" to the duplicate question
    news_answered: bool = False  # said yes or no to news (form.wants_updates holds which)
    stored: Stored | None = None
    started: float = field(default_factory=time.monotonic)

    def reset(self, locale: str) -> None:
        self.form = SignatureForm(locale=locale)
        self.not_the_same = False
        self.news_answered = False
        self.stored = None
        self.started = time.monotonic()


@dataclass
class KioskContext:
    vault: Vault
    settings: Settings
    languages: LanguageSwitch
    session: SigningSession = field(default_factory=SigningSession)
    battery: Callable[[], Battery | None] = read_battery  # tests put a fake battery here
    speaker: Speaker | None = None
    config: Config = field(default_factory=Config)  # imza.toml, as the kiosk started
    config_problem: str = ""  # what is wrong with imza.toml ("" when nothing)
    larger_text: bool = False  # the signer pressed "Larger text"

    @property
    def campaign(self) -> Campaign:
        return self.vault.campaign

    @property
    def text(self) -> Text:
        """The petition in the signer's language."""
        return self.campaign.text(self.session.form.locale)

    @property
    def audio_dirs(self) -> list[Path]:
        """Where recordings of this campaign may be: the tablet's own, then the bundled ones."""
        bundled = resource_path("campaigns") / f"{self.campaign.slug}-audio"
        return [self.vault.path / "audio", bundled]

    @property
    def start_locale(self) -> str:
        wanted = self.settings.default_locale
        return wanted if wanted in self.campaign.locales else self.campaign.default_locale
