"""Pages anyone may see: the progress counter (small, cached, embeddable) and the style sheet."""

from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, Response
from sqlalchemy import Engine
from starlette.concurrency import run_in_threadpool

from sync.server import campaigns, ledger
from sync.server.refusals import Refused
from sync.server.web import i18n
from sync.server.web.render import STATIC, page


def router(engine: Engine, progress: Callable[[str], Any], ttl_s: float) -> APIRouter:
    """``progress``: the API's own cached figure for a campaign slug."""
    routes = APIRouter(include_in_schema=False)

    @routes.get("/p/{slug}")
    async def public_progress(request: Request, slug: str) -> Response:
        try:
            figure = await run_in_threadpool(progress, slug[:64])
        except Refused:
            return page(request, "missing.html", 404, embeddable=True, session=None)
        goal = max(int(figure.goal), 1)
        camp = await run_in_threadpool(campaigns.by_slug, engine, slug[:64])
        assert camp is not None
        head = await run_in_threadpool(ledger.latest_head, engine, camp.slug)
        response = page(
            request,
            "progress.html",
            embeddable=True,
            zone=camp.zone,
            title=camp.title(i18n.pick(request)),
            figure=figure,
            percent=min(100, int(figure.at_least) * 100 // goal),
            head=head,
        )
        response.headers["Cache-Control"] = f"public, max-age={int(ttl_s)}"
        response.headers["Vary"] = "Accept-Language, Cookie"
        return response

    @routes.get("/static/style.css")
    async def style() -> Response:
        return FileResponse(
            STATIC / "style.css",
            media_type="text/css",
            headers={"Cache-Control": "public, max-age=3600"},
        )

    return routes
