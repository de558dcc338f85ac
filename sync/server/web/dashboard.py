"""The campaign lead's pages: campaigns, one campaign's figures and tablets, the audit log.

Every change is a POST that answers with a redirect to a page (Post/Redirect/Get): a reload
or Back never repeats it. A change that takes something away (refuse, revoke, reject) is
asked on a page of its own first (``actions``). Each change needs a role (viewer, manager,
admin) and leaves a line in the audit log, in the same transaction.
"""

import csv
import io
import logging
from collections.abc import Callable

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy import Engine
from starlette.concurrency import run_in_threadpool

from kiosk.device import device_number
from sync.server import admin, auditlog, campaigns
from sync.server.auditlog import Actor
from sync.server.refusals import Refused
from sync.server.web import actions, auth, chart, codepages, figures, i18n, render
from sync.server.web.render import page, redirect

log = logging.getLogger("imza.server.web")
HOME = auth.HOME
MESSAGES = {
    "approved",
    "refused",
    "revoked",
    "unrevoked",
    "accepted",
    "rejected",
    "reopened",
    "cancelled",
}
SORTS = ("label", "state", "signatures", "contact", "skew")
Work = Callable[[dict[str, str], Actor], object]


def back(slug: str, done: str | None = None, failed: str | None = None, at: str = "") -> str:
    """The campaign page after an action, at the section it was taken in (where its result
    shows); after a refusal, at the message saying why, which is above every section."""
    if failed:
        return f"{HOME}/c/{slug}?failed={failed}#error"
    query = f"?done={done}" if done else ""
    return f"{HOME}/c/{slug}{query}{'#' + at if at else ''}"


async def act(
    engine: Engine, request: Request, slug: str, role: str, work: Work, done: str, at: str
) -> Response:
    """Check the session, its role and CSRF token, do ``work`` with the form and who acts,
    then go back to the campaign page (never render after a POST)."""
    session = await auth.signed_in(engine, request)
    auth.require(session, role)
    form = {k: v for k, v in (await auth.posted(request, session)).items() if isinstance(v, str)}
    try:
        await run_in_threadpool(work, form, auth.actor(request, session))
    except Refused as exc:
        return RedirectResponse(back(slug, failed=exc.code, at=at), status_code=303)
    except (ValueError, LookupError):
        return RedirectResponse(back(slug, failed="invalid", at=at), status_code=303)
    log.info("%s: %s on campaign %s", session.name, done, slug)
    return RedirectResponse(back(slug, done=done, at=at), status_code=303)


def _target(target: str, labels: dict[str, str]) -> str:
    """What an audit line acted on, as people name it: a tablet by label and device number."""
    if len(target) == 64 and all(c in "0123456789abcdef" for c in target):
        number = device_number(target)
        return f"{labels[target]} ({number})" if labels.get(target) else number
    return target


def _said(t: i18n.Texts, line: auditlog.Line) -> tuple[str, str]:
    """Who acted, where from, and the particulars, in the page's language."""
    fields = line.fields()
    held = "held.group." if "n" in fields else "audit.detail.one."
    key = {
        "make-code": "audit.detail.code" + ("_approved" if fields.get("approved") == "1" else ""),
        "revoke": "audit.detail.revoke",
        "unrevoke": "audit.detail.unrevoke",
        "accept": held + fields.get("reason", ""),
        "reject": held + fields.get("reason", ""),
        "reopen": held + fields.get("reason", ""),
        "user-add": "audit.detail.role." + fields.get("role", ""),
    }.get(line.action)
    try:
        detail = t(key, **fields).rstrip(".") if key and fields else ""
    except KeyError:  # a line written by a later version, or by hand
        detail = line.detail
    host = line.address.removeprefix(auditlog.SHELL)
    return (t("audit.shell", host=host) if host != line.address else line.address), detail


def router(engine: Engine) -> APIRouter:
    routes = APIRouter(include_in_schema=False)

    @routes.get(HOME)
    async def home(request: Request) -> Response:
        session = await auth.signed_in(engine, request)
        slugs = await run_in_threadpool(campaigns.all_slugs, engine)
        if len(slugs) == 1:
            return redirect(request, f"{HOME}/c/{slugs[0]}")
        return page(request, "home.html", session=session, slugs=slugs)

    @routes.get(HOME + "/c/{slug}")
    async def campaign(request: Request, slug: str) -> Response:
        session = await auth.signed_in(engine, request)
        view = await run_in_threadpool(figures.view, engine, slug[:64])
        if view is None:
            return page(request, "missing.html", 404, session=session)
        query = request.query_params
        texts = i18n.Texts(i18n.pick(request))
        sort = query.get("sort", "label")
        descending = query.get("order") == "desc"
        open_codes = await run_in_threadpool(codepages.open_codes, engine, view.slug)
        return page(
            request,
            "campaign.html",
            view=view,
            session=session,
            zone=view.zone,
            chart=chart.bars(
                view.days,
                texts("chart.heading") + ": " + texts("chart.total", n=view.total_days, days=30),
            ),
            tablets=figures.sorted_tablets(
                view.tablets, sort if sort in SORTS else "label", descending
            ),
            sort=sort,
            descending=descending,
            done=query.get("done") if query.get("done") in MESSAGES else None,
            failed=actions.failure(query.get("failed")),
            codes=open_codes,
            may=lambda role: auth.allowed(session, role),
        )

    @routes.get(HOME + "/c/{slug}/days.csv")
    async def days_csv(request: Request, slug: str) -> Response:
        """Signatures per tablet per day (the campaign's time zone): the only per-site view
        the server can give, since it cannot read where anyone signed."""
        await auth.signed_in(engine, request)
        view = await run_in_threadpool(figures.view, engine, slug[:64])
        if view is None:
            return Response(status_code=404)
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(["tablet", "device", *[figures.day_name(d) for d, _ in view.days]])
        for row in view.per_tablet:
            writer.writerow([row.label, row.number, *row.counts])
        return Response(
            out.getvalue(),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="{view.slug}-per-day.csv"'},
        )

    @routes.get(HOME + "/audit")
    async def audit(request: Request) -> Response:
        session = await auth.signed_in(engine, request)
        wanted = request.query_params.get("campaign") or None
        before = request.query_params.get("before", "")
        lines = await run_in_threadpool(
            auditlog.lines,
            engine,
            wanted[:64] if wanted else None,
            101,
            int(before) if before.isdigit() else None,
        )
        zones = await run_in_threadpool(campaigns.zones, engine)
        zone = zones.get(wanted or "") or (
            next(iter(zones.values())) if len(set(zones.values())) == 1 else render.UTC
        )
        labels = {r.id: r.label for r in await run_in_threadpool(admin.devices, engine)}
        texts = i18n.Texts(i18n.pick(request))
        return page(
            request,
            "audit.html",
            session=session,
            zone=zone,
            lines=[
                (line, _target(line.target, labels), _said(texts, line)) for _, line in lines[:100]
            ],
            more=lines[99][0] if len(lines) > 100 else None,
            campaign=wanted,
        )

    actions.mount(routes, engine)
    codepages.mount(routes, engine)
    return routes
