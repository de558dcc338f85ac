"""What a lead does to tablets and held records, each a POST that redirects back.

Approve and accept act at once. Refuse, revoke, reject and taking a revocation back are asked
first on a page of their own (GET) that names the tablet, its device number and what will
change; that page's button makes the POST. Managers approve, refuse and decide held records;
admins revoke and take revocations back.
"""

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy import Engine, select
from starlette.concurrency import run_in_threadpool

from kiosk.device import device_number
from sync.server import admin, enrolment, revocation
from sync.server.auditlog import Actor
from sync.server.models import Campaign, Device
from sync.server.refusals import Refused
from sync.server.web import auth
from sync.server.web.render import page

HOME = auth.HOME
# Refusals a page can name; anything else reads "not done" with no detail.
_FAILURES = {
    "no_device",
    "no_entry",
    "bad_expiry",
    "replaced",
    "invalid",
    "unreadable",
    "revoked_before",
    "loosens",
}


def failure(code: str | None) -> str | None:
    """The message key for ``?failed=CODE``, or None when there is none to show."""
    if not code:
        return None
    return f"failed.{code}" if code in _FAILURES else "failed.other"


def _tablet(engine: Engine, slug: str, device: str) -> admin.DeviceRow:
    """The tablet ``device`` names (a full id or a prefix) in campaign ``slug``."""
    ident = enrolment.find(engine, device[:64])
    with engine.connect() as conn:
        found = conn.scalar(
            select(Campaign.slug)
            .join(Device, Device.campaign_id == Campaign.id)
            .where(Device.id == ident)
        )
    row = next((r for r in admin.devices(engine) if r.id == ident), None)
    if found != slug or row is None:
        raise Refused(404, "no_device", "that tablet is not in this campaign", "fix")
    return row


def _held(engine: Engine, slug: str, entry: int) -> admin.HeldRow:
    mine = {r.id for r in admin.devices(engine) if r.campaign == slug}
    row = next((h for h in admin.quarantine(engine) if h.id == entry), None)
    if row is None or row.device not in mine:
        raise Refused(404, "no_entry", "nothing is held aside under that number", "fix")
    return row


def mount(routes: APIRouter, engine: Engine) -> None:
    from sync.server.web.dashboard import act

    async def confirm(
        request: Request, slug: str, role: str, what: str, **context: Any
    ) -> Response:
        session = await auth.signed_in(engine, request)
        auth.require(session, role)
        return page(request, "confirm.html", session=session, slug=slug, what=what, **context)

    @routes.post(HOME + "/c/{slug}/devices/{device}/approve")
    async def approve(request: Request, slug: str, device: str) -> Response:
        def work(form: dict[str, str], actor: Actor) -> None:
            enrolment.approve(engine, _tablet(engine, slug[:64], device).id, actor)

        return await act(engine, request, slug, "manager", work, "approved", "pending")

    @routes.get(HOME + "/c/{slug}/devices/{device}/{what}")
    async def ask(request: Request, slug: str, device: str, what: str) -> Response:
        if what not in ("refuse", "revoke", "unrevoke"):
            return page(request, "missing.html", 404, session=None)
        try:
            row = await run_in_threadpool(_tablet, engine, slug[:64], device)
        except Refused:
            return page(request, "missing.html", 404, session=None)
        after = request.query_params.get("after", "")
        cut = int(after) if after.isdigit() else row.head_seq
        leaving = await run_in_threadpool(revocation.leaving, engine, row.id, cut)
        role = "manager" if what == "refuse" else "admin"
        return await confirm(
            request,
            slug,
            role,
            what,
            tablet=row,
            number=device_number(row.id),
            after=cut,
            leaving=leaving,
        )

    @routes.post(HOME + "/c/{slug}/devices/{device}/refuse")
    async def refuse(request: Request, slug: str, device: str) -> Response:
        def work(_form: dict[str, str], actor: Actor) -> None:
            row = _tablet(engine, slug[:64], device)
            if row.state != "pending":
                raise Refused(404, "no_device", "only a tablet waiting can be refused", "fix")
            enrolment.revoke(engine, row.id, 0, actor, action="refuse")

        return await act(engine, request, slug, "manager", work, "refused", "pending")

    @routes.post(HOME + "/c/{slug}/devices/{device}/revoke")
    async def revoke(request: Request, slug: str, device: str) -> Response:
        def work(form: dict[str, str], actor: Actor) -> None:
            after = form.get("after_seq", "").strip()
            if not after.isdigit():
                raise ValueError("the cut-off is a sequence number, 0 or more")
            enrolment.revoke(engine, _tablet(engine, slug[:64], device).id, int(after), actor)

        return await act(engine, request, slug, "admin", work, "revoked", "tablets")

    @routes.post(HOME + "/c/{slug}/devices/{device}/unrevoke")
    async def unrevoke(request: Request, slug: str, device: str) -> Response:
        def work(_form: dict[str, str], actor: Actor) -> None:
            revocation.unrevoke(engine, _tablet(engine, slug[:64], device).id, actor)

        return await act(engine, request, slug, "admin", work, "unrevoked", "tablets")

    @routes.get(HOME + "/c/{slug}/held/{entry}/reject")
    async def ask_reject(request: Request, slug: str, entry: int) -> Response:
        try:
            held = await run_in_threadpool(_held, engine, slug[:64], entry)
            row = await run_in_threadpool(_tablet, engine, slug[:64], held.device)
        except Refused:
            return page(request, "missing.html", 404, session=None)
        return await confirm(
            request,
            slug,
            "manager",
            "reject",
            tablet=row,
            number=device_number(row.id),
            held=held,
            action=f"{HOME}/c/{slug}/held/{entry}/reject",
        )

    @routes.get(HOME + "/c/{slug}/held-group/{device}/{reason}/reject")
    async def ask_reject_group(request: Request, slug: str, device: str, reason: str) -> Response:
        try:
            row = await run_in_threadpool(_tablet, engine, slug[:64], device)
        except Refused:
            return page(request, "missing.html", 404, session=None)
        entries = [
            h
            for h in await run_in_threadpool(admin.quarantine, engine)
            if h.device == row.id and h.reason == reason and h.state == "held"
        ]
        if not entries:
            return page(request, "missing.html", 404, session=None)
        return await confirm(
            request,
            slug,
            "manager",
            "reject-group",
            tablet=row,
            number=device_number(row.id),
            group=entries,
            action=f"{HOME}/c/{slug}/held-group/{row.id}/{reason}/reject",
        )

    @routes.post(HOME + "/c/{slug}/held/{entry}/{decision}")
    async def decide(request: Request, slug: str, entry: int, decision: str) -> Response:
        if decision not in ("accept", "reject", "reopen"):
            return page(request, "missing.html", 404, session=None)

        def work(_form: dict[str, str], actor: Actor) -> None:
            _held(engine, slug[:64], entry)
            if decision == "reopen":
                admin.reopen(engine, entry, actor)
            else:
                admin.decide(engine, entry, decision == "accept", actor)

        done = {"accept": "accepted", "reject": "rejected", "reopen": "reopened"}[decision]
        return await act(engine, request, slug, "manager", work, done, "held")

    @routes.post(HOME + "/c/{slug}/held-group/{device}/{reason}/{decision}")
    async def decide_group(
        request: Request, slug: str, device: str, reason: str, decision: str
    ) -> Response:
        if decision not in ("accept", "reject") or reason not in ("fork", "gap"):
            return page(request, "missing.html", 404, session=None)

        def work(_form: dict[str, str], actor: Actor) -> None:
            row = _tablet(engine, slug[:64], device)
            admin.decide_group(engine, row.id, reason, decision == "accept", actor)

        done = "accepted" if decision == "accept" else "rejected"
        return await act(engine, request, slug, "manager", work, done, "held")
