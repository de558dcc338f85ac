"""The signer's path through the screens: which screen follows which, and the way back.

welcome -> petition -> name -> place [-> "is that you?" -> tell apart] -> news [-> contact]
-> agreement -> signature [or without drawing] -> check answers -> thank you. A Change on the
check-answers screen goes to that question and, once answered, straight back.
"""

from typing import TYPE_CHECKING

from ui.screens.base import Screen

if TYPE_CHECKING:
    from ui.window import KioskWindow


class SigningFlow:
    def __init__(self, w: "KioskWindow") -> None:
        self.w = w
        self.changing = False  # came from "Check your answers": go back there when answered
        s = w.screens_by_name
        w.welcome.forward.connect(w.start_signing)
        w.welcome.language_chosen.connect(w.set_language)
        links: list[tuple[Screen, Screen]] = [
            (w.petition, w.welcome),
            (w.name, w.petition),
            (w.settlement, w.name),
            (w.duplicate, w.settlement),
            (w.tell_apart, w.duplicate),
            (w.news, w.settlement),
            (w.contact, w.news),
            (w.signature, w.consents),
            (w.no_drawing, w.signature),
        ]
        for screen, before in links:
            screen.backward.connect(lambda b=before: w.go(b))
        w.petition.forward.connect(lambda: w.go(w.name))
        w.name.forward.connect(lambda: self.on(w.settlement))
        w.settlement.forward.connect(lambda: self.on(w.news))
        w.settlement.maybe_duplicate.connect(lambda: w.go(w.duplicate))
        w.duplicate.already_signed.connect(w.already_signed)
        w.duplicate.someone_else.connect(lambda: w.go(w.tell_apart))
        w.tell_apart.forward.connect(lambda: self.on(w.news))
        w.news.forward.connect(self._after_news)
        w.contact.forward.connect(lambda: self.on(w.consents))
        w.consents.backward.connect(
            lambda: w.go(w.contact if w.ctx.session.form.wants_updates else w.news)
        )
        w.consents.forward.connect(lambda: self.on(w.signature))
        w.signature.forward.connect(lambda: w.go(w.review))
        w.signature.without_drawing.connect(lambda: w.go(w.no_drawing))
        w.no_drawing.forward.connect(lambda: w.go(w.review))
        w.review.backward.connect(
            lambda: w.go(w.signature if w.ctx.session.form.method == "drawn" else w.no_drawing)
        )
        w.review.change.connect(lambda row: self.change(s[row]))
        w.review.confirmed.connect(w.confirm)
        w.thanks.done.connect(w.reset)

    def on(self, following: Screen) -> None:
        """The next question, or back to the check-answers screen after a change."""
        self.w.go(self.w.review if self.changing else following)

    def _after_news(self) -> None:
        w = self.w
        if w.ctx.session.form.wants_updates:
            w.go(w.contact)  # even when changing: a yes needs the contact details
        else:
            self.on(w.consents)

    def change(self, screen: Screen) -> None:
        self.changing = True
        self.w.go(screen)
