"""The campaign lead's pages: campaigns, one campaign's figures and tablets, and the actions
(approve, refuse, revoke, quarantine decisions, enrolment codes) through admin and enrolment."""

import logging
import time
from collections.abc import Awaitable, Callable

import segno
from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from markupsafe import Markup
from sqlalchemy import Engine, select
from starlette.concurrency import run_in_threadpool

from sync.server import admin, campaigns, enrolment, websessions
from sync.server.models import Campaign, Device
from sync.server.refusals import Refused
from sync.server.web import auth, chart, figures, i18n
from sync.server.web.render import page

log = logging.getLogger("imza.server.web")
HOME = auth.HOME
_MESSAGES = {"approved", "refused", "revoked", "accepted", "rejected"}


def _qr(text: str) -> Markup:
    svg = segno.make(text, error="m").svg_inline(scale=6, dark="#000", light="#fff")
    return Markup(svg)  # noqa: S704 - segno writes the SVG from the code's own characters


def _in_campaign(engine: Engine, ident: str, slug: str) -> None:
    """A form posted on one campaign's page acts on that campaign's tablets only."""
    with engine.connect() as conn:
        found = conn.scalar(
            select(Campaign.slug)
            .join(Device, Device.campaign_id == Campaign.id)
            .where(Device.id == ident)
        )
    if found != slug:
        raise Refused(404, "no_device", "that tablet is not in this campaign", "fix")


def router(engine: Engine) -> APIRouter:
    routes = APIRouter(include_in_schema=False)

    async def act(
        request: Request, slug: str, work: Callable[[dict[str, str]], None], done: str
    ) -> Response:
        """Check the session and CSRF token, do ``work`` with the form, go back to the page."""
        session = await auth.signed_in(engine, request)
        form = {
            k: v for k, v in (await auth.posted(request, session)).items() if isinstance(v, str)
        }
        try:
            await run_in_threadpool(work, form)
        except (Refused, ValueError) as exc:
            return await campaign_page(request, session, slug, 409, error=str(exc))
        log.info("coordinator %d: %s on campaign %s", session.coordinator_id, done, slug)
        return RedirectResponse(f"{HOME}/c/{slug}?done={done}", status_code=303)

    @routes.get(HOME)
    async def home(request: Request) -> Response:
        session = await auth.signed_in(engine, request)
        slugs = await run_in_threadpool(campaigns.all_slugs, engine)
        if len(slugs) == 1:
            return RedirectResponse(f"{HOME}/c/{slugs[0]}", status_code=303)
        return page(request, "home.html", session=session, slugs=slugs)

    async def campaign_page(
        request: Request,
        session: websessions.Session,
        slug: str,
        status: int = 200,
        error: str | None = None,
    ) -> Response:
        view = await run_in_threadpool(figures.view, engine, slug[:64])
        if view is None:
            return page(request, "missing.html", 404, session=session)
        done = request.query_params.get("done")
        texts = i18n.Texts(i18n.pick(request))
        return page(
            request,
            "campaign.html",
            status,
            view=view,
            session=session,
            chart=chart.bars(view.days, texts("chart.heading")),
            done=done if done in _MESSAGES and error is None else None,
            error=error,
            skew_flag_ms=figures.SKEW_FLAG_MS,
        )

    @routes.get(HOME + "/c/{slug}")
    async def campaign(request: Request, slug: str) -> Response:
        session = await auth.signed_in(engine, request)
        return await campaign_page(request, session, slug)

    def on_device(
        action: Callable[[str, dict[str, str]], object], done: str
    ) -> Callable[[Request, str, str], Awaitable[Response]]:
        async def handler(request: Request, slug: str, device: str) -> Response:
            def work(form: dict[str, str]) -> None:
                ident = enrolment.find(engine, device[:64])
                _in_campaign(engine, ident, slug[:64])
                action(ident, form)

            return await act(request, slug, work, done)

        return handler

    def revoke(ident: str, form: dict[str, str]) -> None:
        after = form.get("after_seq", "").strip()
        if not after.isdigit():
            raise ValueError("the cut-off is a sequence number, 0 or more")
        enrolment.revoke(engine, ident, int(after))

    routes.add_api_route(
        HOME + "/c/{slug}/devices/{device}/approve",
        on_device(lambda ident, _f: enrolment.approve(engine, ident), "approved"),
        methods=["POST"],
    )
    routes.add_api_route(
        HOME + "/c/{slug}/devices/{device}/refuse",  # a pending tablet never sent a record
        on_device(lambda ident, _f: enrolment.revoke(engine, ident, 0), "refused"),
        methods=["POST"],
    )
    routes.add_api_route(
        HOME + "/c/{slug}/devices/{device}/revoke", on_device(revoke, "revoked"), methods=["POST"]
    )

    @routes.post(HOME + "/c/{slug}/held/{entry}/{decision}")
    async def decide(request: Request, slug: str, entry: int, decision: str) -> Response:
        if decision not in ("accept", "reject"):
            return Response(status_code=404)
        return await act(
            request,
            slug,
            lambda _f: admin.decide(engine, entry, decision == "accept"),
            f"{decision}ed",
        )

    @routes.post(HOME + "/c/{slug}/codes")
    async def make_code(request: Request, slug: str) -> Response:
        session = await auth.signed_in(engine, request)
        form = await auth.posted(request, session)
        try:
            hours = float(str(form.get("hours", "24")))
        except ValueError:
            hours = -1.0
        approved, label = form.get("approved") == "yes", str(form.get("label", ""))[:80]
        try:
            code = await run_in_threadpool(
                enrolment.make_code, engine, slug[:64], hours, approved, label
            )
        except Refused as exc:
            return await campaign_page(request, session, slug, 409, error=exc.message)
        log.info("coordinator %d made an enrolment code for %s", session.coordinator_id, slug)
        until = time.time_ns() // 1_000_000 + int(hours * 3_600_000)
        return page(
            request,
            "code.html",
            session=session,
            slug=slug,
            code=code.text,
            qr=_qr(code.text),
            until_ms=until,
            approved=approved,
            label=label,
        )

    return routes
