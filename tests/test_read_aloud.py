"""Read-aloud with Qt's mock speech engine: every "Listen" speaks its screen in its language."""

import wave
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk.vault import Vault
from tests.kiosk_driver import make_window, release_filters, tap
from ui.window import KioskWindow

# Any failure to load (the Addons wheel missing, or libpulse.so.0 missing on the machine)
# skips this module with the reason, and never stops the collection of the others.
pytest.importorskip(
    "PySide6.QtTextToSpeech",
    reason="QtTextToSpeech does not load here (PySide6-Addons, or libpulse0)",
    exc_type=ImportError,
)


@pytest.fixture
def window(qtbot: QtBot, vault: Vault, monkeypatch: pytest.MonkeyPatch) -> Iterator[KioskWindow]:
    monkeypatch.setenv("IMZA_TTS_ENGINE", "mock")
    w = make_window(qtbot, vault)
    yield w
    if w.ctx.speaker is not None:
        w.ctx.speaker.stop()
    release_filters(w)


@pytest.mark.parametrize("lang", ["az-Latn", "az-Cyrl", "ru", "en"])
def test_every_listen_button_speaks_its_screen_in_its_language(
    qtbot: QtBot, window: KioskWindow, lang: str
) -> None:
    w = window
    speaker = w.ctx.speaker
    assert speaker is not None
    w.set_language(lang)
    for screen in (w.welcome, w.petition, w.consents, w.thanks):
        w.go(screen)
        assert w.listen_button.isVisible(), type(screen).__name__
        with qtbot.waitSignal(speaker.speaking, check_params_cb=lambda on: on):
            tap(qtbot, w, w.listen_button)
        assert speaker.last_text == screen.read_aloud_text() != ""
        assert speaker.last_locale == lang
        speaker.stop()
    w.go(w.name)
    assert not w.listen_button.isVisible()  # nothing to read aloud on a form


def test_the_idle_timer_waits_while_the_kiosk_speaks(qtbot: QtBot, window: KioskWindow) -> None:
    w = window
    speaker = w.ctx.speaker
    assert speaker is not None
    tap(qtbot, w, w.welcome.sign)  # petition: reading timeout 3 s in these tests
    long_text = " ".join(["word"] * 45)  # the mock engine takes 100 ms a word: 4.5 s
    with qtbot.waitSignal(speaker.speaking, check_params_cb=lambda on: on):
        speaker.say(long_text, "en")
    with qtbot.waitSignal(speaker.speaking, timeout=20_000, check_params_cb=lambda on: not on):
        pass  # while it speaks, past the 3 s idle timeout
    assert w.current() is w.petition  # nothing was wiped during playback
    assert not w.prompt.isVisible()


def test_the_help_card_reads_aloud_too(qtbot: QtBot, window: KioskWindow) -> None:
    w = window
    speaker = w.ctx.speaker
    assert speaker is not None
    tap(qtbot, w, w.help_button)
    with qtbot.waitSignal(speaker.speaking, check_params_cb=lambda on: on):
        tap(qtbot, w, w.help_card.listen)
    assert speaker.last_text == w.welcome.help_text()


def silence(path: Path, seconds: float = 0.5) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(16_000)
        out.writeframes(b"\x00\x00" * int(16_000 * seconds))
    return path


def test_a_recording_beats_the_synthetic_voice(
    qtbot: QtBot, window: KioskWindow, tablet: Path
) -> None:
    w = window
    speaker = w.ctx.speaker
    assert speaker is not None
    own = silence(tablet / "audio" / "en" / "welcome.wav")
    w.go(w.welcome)
    with qtbot.waitSignal(speaker.speaking, check_params_cb=lambda on: on):
        tap(qtbot, w, w.listen_button)
    assert speaker.last_recording == own
    assert speaker.last_text == ""  # the synthetic voice said nothing
    with qtbot.waitSignal(speaker.speaking, timeout=10_000, check_params_cb=lambda on: not on):
        pass


def test_without_a_voice_or_a_recording_listen_hides(
    window: KioskWindow, tablet: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = window
    assert w.ctx.speaker is not None
    monkeypatch.setattr(w.ctx.speaker, "can_speak", lambda code: False)
    w.go(w.petition)
    assert not w.listen_button.isVisible()
    silence(tablet / "audio" / "en" / "petition.wav")
    w.go(w.petition)
    assert w.listen_button.isVisible()
