"""Server-rendered pages: Jinja2 templates with autoescaping, and the headers every page
carries (no framing of the dashboard, no scripts at all)."""

import datetime as dt
from pathlib import Path
from typing import Any
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from sync.server.web import i18n

_HERE = Path(__file__).resolve().parent
STATIC = _HERE / "static"
_ENV = Environment(
    loader=FileSystemLoader(_HERE / "templates"),
    autoescape=select_autoescape(["html"]),
    trim_blocks=True,
    lstrip_blocks=True,
)

# No script may run on these pages, nothing loads from elsewhere, forms post only here.
_CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
    "base-uri 'none'; frame-ancestors {ancestors}"
)


UTC = ZoneInfo("UTC")


def when(ms: int | None, never: str, zone: ZoneInfo = UTC) -> str:
    """A moment as the campaign's people read it: date and time in its zone, offset shown."""
    if not ms:
        return never
    moment = dt.datetime.fromtimestamp(ms / 1000, zone)
    offset = moment.strftime("%z")
    return moment.strftime("%Y-%m-%d %H:%M") + (
        " UTC" if offset == "+0000" else f" ({offset[:3]}:{offset[3:]})"
    )


def _switch(request: Request) -> str:
    """Where a language link goes: this page with its query, or, when the page answered a
    POST (a link cannot repeat one), the dashboard's home or the public counter."""
    if request.method != "GET":  # the public counter's answer: the counter itself
        path = request.url.path
        return path.removesuffix("/check") + "?" if path.startswith("/p/") else "/admin?"
    kept = [(k, v) for k, v in request.query_params.multi_items() if k != "lang"]
    return f"{request.url.path}?{urlencode(kept) + '&' if kept else ''}"


def page(
    request: Request,
    template: str,
    status: int = 200,
    embeddable: bool = False,
    zone: ZoneInfo = UTC,
    **context: Any,
) -> HTMLResponse:
    """Render ``template`` in the request's language, times in ``zone``; the language sticks
    in a cookie."""
    lang = i18n.pick(request)
    texts = i18n.Texts(lang)
    html = _ENV.get_template(template).render(
        t=texts,
        lang=lang,
        html_lang=i18n.HTML_LANG[lang],
        langs=i18n.NAMES,
        path=request.url.path,
        switch=_switch(request),
        zone_name=zone.key,
        when=lambda ms: when(ms, texts("never"), zone),
        **context,
    )
    response = HTMLResponse(html, status_code=status)
    response.headers["Content-Security-Policy"] = _CSP.format(
        ancestors="*" if embeddable else "'none'"
    )
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "same-origin"
    if not embeddable:
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["Cache-Control"] = "no-store"
    _remember_language(request, response)
    return response


def _remember_language(request: Request, response: Response) -> None:
    """A language picked with ?lang= sticks in a cookie, also across a redirect."""
    lang = request.query_params.get("lang")
    if lang in i18n.LANGS:
        response.set_cookie(
            i18n.COOKIE, lang, max_age=365 * 86400, samesite="strict", httponly=True
        )


def redirect(request: Request, location: str) -> RedirectResponse:
    """See Other to ``location`` (a GET), keeping the language the link asked for."""
    response = RedirectResponse(location, status_code=303)
    _remember_language(request, response)
    return response
