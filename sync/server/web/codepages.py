"""Enrolment codes on the dashboard: make one (POST, then its own page by GET, so a reload
shows the same code and makes none), the open codes listed with Cancel."""

import segno
from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from markupsafe import Markup
from sqlalchemy import Engine
from starlette.concurrency import run_in_threadpool

from sync.server import campaigns, codes
from sync.server.auditlog import Actor
from sync.server.refusals import Refused
from sync.server.web import auth
from sync.server.web.render import UTC, page

HOME = auth.HOME
open_codes = codes.open_codes


def _qr(text: str) -> Markup:
    svg = segno.make(text, error="m").svg_inline(scale=6, dark="#000", light="#fff")
    return Markup(svg)  # noqa: S704 - segno writes the SVG from the code's own characters


def mount(routes: APIRouter, engine: Engine) -> None:
    from sync.server.web.dashboard import act, back

    @routes.post(HOME + "/c/{slug}/codes")
    async def make(request: Request, slug: str) -> Response:
        session = await auth.signed_in(engine, request)
        auth.require(session, "manager")
        form = await auth.posted(request, session)
        try:
            hours = float(str(form.get("hours", "24")))
        except ValueError:
            hours = -1.0
        approved, label = form.get("approved") == "yes", str(form.get("label", ""))[:80]
        try:
            ref = await run_in_threadpool(
                codes.make,
                engine,
                session,
                slug[:64],
                hours,
                approved,
                label,
                auth.actor(request, session),
            )
        except Refused as exc:
            return RedirectResponse(back(slug, failed=exc.code, at="codes"), status_code=303)
        return RedirectResponse(f"{HOME}/c/{slug}/codes/{ref}", status_code=303)

    @routes.get(HOME + "/c/{slug}/codes/{ref}")
    async def shown(request: Request, slug: str, ref: str) -> Response:
        session = await auth.signed_in(engine, request)
        try:
            found, text = await run_in_threadpool(codes.shown, engine, session, slug[:64], ref)
        except LookupError:
            return page(request, "code_gone.html", 404, session=session, slug=slug)
        camp = await run_in_threadpool(campaigns.by_slug, engine, slug[:64])
        return page(
            request,
            "code.html",
            session=session,
            zone=camp.zone if camp else UTC,
            slug=slug,
            found=found,
            code=text,
            qr=_qr(text) if text else None,
        )

    @routes.post(HOME + "/c/{slug}/codes/{ref}/cancel")
    async def cancel(request: Request, slug: str, ref: str) -> Response:
        def work(_form: dict[str, str], actor: Actor) -> None:
            codes.cancel(engine, slug[:64], ref, actor)

        return await act(engine, request, slug, "manager", work, "cancelled", "codes")
