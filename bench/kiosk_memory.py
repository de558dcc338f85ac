"""Kiosk memory after 100 and 1,000 signings driven through the screens; budget 200 MB, flat.

Each signing goes through the real widgets: the buttons are clicked, the fields filled, a
stroke drawn on the pad, Confirm pressed, and the window returns to welcome.
"""

import os
import tempfile
from pathlib import Path

# As `imza kiosk` starts: the command line and the core it imports, then Qt. The order moves
# the figure by about 20 MB (where the allocator places Qt's libraries).
import kiosk.cli  # noqa: F401

BUDGET_MB = 200.0
GROWTH_MB = 5.0  # from the 100th signing to the 1,000th


def rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def main(counts: tuple[int, ...] = (100, 1000)) -> list[str]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from kiosk import pins
    from kiosk import simulate as sim
    from kiosk.vault import Stored, Vault
    from ui.app import build

    app = QApplication.instance() or QApplication([])
    lines: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        vault = Vault.open(Path(tmp) / "tablet")
        pins.set_pin(vault.engine, "coordinator", "271828")
        w = build(vault, kiosk_mode=False)
        w.guard.quiet_ms = 0  # a bench presses faster than a person; the guard would drop it
        w.resize(1280, 800)
        w.show()
        people = sim.signers(max(counts), 0.0, seed=11)
        done, base = 0, rss_mb()
        at: dict[int, float] = {}
        for target in counts:
            while done < target:
                form = next(people)
                w.welcome.sign.click()
                w.petition.next.click()
                w.name.given.set_text(form.given_name)
                w.name.surname.set_text(form.surname)
                w.name.next.click()
                w.settlement.field.set_text(form.settlement)
                w.settlement.field.edit.textEdited.emit(form.settlement)
                w.settlement.picker.rows[0].click()
                w.settlement.next.click()
                if w.current() is w.duplicate:  # a namesake by chance: "no", and a year
                    w.duplicate.answers.no.click()
                    w.tell_apart.birth_year.set_text("1970")
                    w.tell_apart.next.click()
                w.news.answers.no.click()
                for tick in w.consents.ticks.values():
                    tick.tick.setChecked(True)
                w.consents.next.click()
                w.signature.pad.set_strokes(form.strokes)
                w.signature.next.click()
                w.review.confirm.click()
                assert isinstance(w.ctx.session.stored, Stored), w.current()
                w.thanks.finish.click()
                app.processEvents()
                # What the kiosk's event loop does between two signers: widgets given up with
                # deleteLater go now (processEvents alone leaves them for a loop never entered).
                QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
                done += 1
            line = (
                f"kiosk memory after {done} signings through the screens: {rss_mb():.1f} MB "
                f"(start {base:.1f} MB); budget {BUDGET_MB:.0f} MB, "
                f"ratio {rss_mb() / BUDGET_MB:.2f}"
            )
            print(line, flush=True)
            lines.append(line)
            at[done] = rss_mb()
        if len(at) > 1:
            (first, low), (last, high) = min(at.items()), max(at.items())
            line = (
                f"kiosk memory growth from signing {first} to {last}: {high - low:.1f} MB; "
                f"budget {GROWTH_MB:.0f} MB, ratio {(high - low) / GROWTH_MB:.2f}"
            )
            print(line, flush=True)
            lines.append(line)
        w.leave_kiosk()
        vault.close()
    return lines


if __name__ == "__main__":
    main()
