"""Pages anyone may see: the progress counter (small, cached, embeddable) and the style sheet."""

from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, Response
from sqlalchemy import Engine
from starlette.concurrency import run_in_threadpool

from sync.server import campaigns, signercheck, treeheads
from sync.server.refusals import Refused
from sync.server.web import i18n
from sync.server.web.render import STATIC, page


def router(
    engine: Engine, progress: Callable[[str], Any], ttl_s: float, check_limit: tuple[int, int]
) -> APIRouter:
    """``progress``: the API's own cached figure for a campaign slug; ``check_limit``: receipt
    code checks per address per window (s), shared with the API's."""
    routes = APIRouter(include_in_schema=False)

    @routes.get("/p/{slug}")
    async def public_progress(request: Request, slug: str) -> Response:
        return await _counter(request, slug)

    @routes.post("/p/{slug}/check")
    async def public_check(request: Request, slug: str) -> Response:
        """ "Is my signature counted?" from the counter's form: a POST, so that the code stays
        out of addresses, histories and logs."""
        form = await request.form()
        address = request.client.host if request.client else "unknown"
        try:
            await run_in_threadpool(signercheck.count_attempt, engine, address, check_limit)
        except Refused:
            return await _counter(request, slug, "limited", 429)
        answer = await run_in_threadpool(
            signercheck.check, engine, slug[:64], str(form.get("code", ""))[:64]
        )
        return await _counter(request, slug, answer)

    async def _counter(
        request: Request,
        slug: str,
        answer: signercheck.Answer | str | None = None,
        status: int = 200,
    ) -> Response:
        try:
            figure = await run_in_threadpool(progress, slug[:64])
        except Refused:
            return page(request, "missing.html", 404, embeddable=True, session=None)
        goal = max(int(figure.goal), 1)
        camp = await run_in_threadpool(campaigns.by_slug, engine, slug[:64])
        assert camp is not None
        head = await run_in_threadpool(treeheads.latest_head, engine, camp.slug)
        response = page(
            request,
            "progress.html",
            embeddable=True,
            zone=camp.zone,
            title=camp.title(i18n.pick(request)),
            figure=figure,
            percent=min(100, int(figure.at_least) * 100 // goal),
            head=head,
            slug=camp.slug,
            answer=answer,
            status=status,
        )
        if answer is not None:  # one signer's answer: kept by nobody
            response.headers["Cache-Control"] = "no-store"
            return response
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
