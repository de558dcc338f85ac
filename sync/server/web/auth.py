"""Signing in and out of the dashboard: a server-side session in an HttpOnly, SameSite=Strict
cookie (Secure over https), a CSRF token on every form, lock-out after failed attempts."""

import contextlib
import logging
import secrets
from dataclasses import dataclass

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy import Engine
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData

from sync.server import coordinators, ratelimit, websessions
from sync.server.auditlog import Actor
from sync.server.refusals import Refused
from sync.server.web.render import page

log = logging.getLogger("imza.server.web")
SESSION_COOKIE = "imza_session"
LOGIN_COOKIE = "imza_login"  # the login form's CSRF token, before there is a session
HOME = "/admin"


class NeedLoginError(Exception):
    """No live session: the browser goes to the login page."""


class BadFormError(Exception):
    """A POST without the session's CSRF token: refused, nothing changed."""


class NotAllowedError(Exception):
    """The coordinator's role does not allow this action: refused, nothing changed."""


def allowed(session: websessions.Session, role: str) -> bool:
    return coordinators.may(session.role, role)


def require(session: websessions.Session, role: str) -> None:
    if not allowed(session, role):
        raise NotAllowedError


def actor(request: Request, session: websessions.Session) -> Actor:
    """Who acts, for the audit log: the coordinator, from the address the request came from."""
    return Actor(session.name, _client(request), session.coordinator_id)


@dataclass(frozen=True)
class LoginLimits:
    failures: int  # per name from one address
    window_s: int
    session_ttl_s: int
    names_per_address: int = 4  # an address may fail this many times ``failures``, any names


def _cookie(response: Response, request: Request, name: str, value: str, max_age: int) -> None:
    response.set_cookie(
        name,
        value,
        max_age=max_age,
        path=HOME,
        httponly=True,
        samesite="strict",
        secure=request.url.scheme == "https",
    )


def _forget(response: Response, request: Request, name: str) -> None:
    """Clear a cookie with the same attributes it was set with (Starlette's default is Lax)."""
    _cookie(response, request, name, "", 0)


async def signed_in(engine: Engine, request: Request) -> websessions.Session:
    found = await run_in_threadpool(websessions.find, engine, request.cookies.get(SESSION_COOKIE))
    if found is None:
        raise NeedLoginError
    return found


async def posted(request: Request, session: websessions.Session) -> FormData:
    """The form, once its CSRF token is the session's."""
    form = await request.form()
    token = form.get("csrf")
    if not websessions.csrf_ok(session, token if isinstance(token, str) else None):
        raise BadFormError
    return form


def _client(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def router(engine: Engine, limits: LoginLimits) -> APIRouter:
    routes = APIRouter(include_in_schema=False)

    def login_page(request: Request, error: str | None, status: int = 200) -> Response:
        token = secrets.token_urlsafe(24)
        response = page(request, "login.html", status, csrf=token, error=error)
        _cookie(response, request, LOGIN_COOKIE, token, 3600)
        return response

    @routes.get(f"{HOME}/login")
    async def login_form(request: Request) -> Response:
        expired = SESSION_COOKIE in request.cookies
        return login_page(request, "login.expired" if expired else None)

    @routes.post(f"{HOME}/login")
    async def login(request: Request) -> Response:
        form = await request.form()
        given = form.get("csrf")
        expected = request.cookies.get(LOGIN_COOKIE, "")
        if not (
            isinstance(given, str)
            and expected
            and secrets.compare_digest(given.encode(), expected.encode())
        ):
            return login_page(request, "refused.csrf", 403)
        name, password = str(form.get("name", ""))[:64], str(form.get("password", ""))[:1024]
        # A name is locked out from the address that failed, not everywhere: a stranger's
        # typos do not lock the lead out. An address trying many names is still stopped.
        address = _client(request)
        buckets = [
            (f"login-pair:{name.strip().lower()}|{address}", limits.failures),
            (f"login-addr:{address}", limits.failures * limits.names_per_address),
        ]
        try:
            for bucket, most in buckets:
                await run_in_threadpool(ratelimit.check, engine, bucket, most, limits.window_s)
        except Refused:
            log.warning("dashboard login locked out for a while")
            return login_page(request, "login.locked", 429)
        who = await run_in_threadpool(coordinators.verify, engine, name, password)
        if who is None:
            for bucket, most in buckets:
                # counted; the next attempt is refused before the password is tried
                with contextlib.suppress(Refused):
                    await run_in_threadpool(ratelimit.hit, engine, bucket, most, limits.window_s)
            log.info("dashboard login refused")
            return login_page(request, "login.wrong", 401)
        session = await run_in_threadpool(
            websessions.start, engine, who.id, who.name, limits.session_ttl_s, who.role
        )
        log.info("coordinator %d signed in", who.id)
        response = RedirectResponse(HOME, status_code=303)
        _cookie(response, request, SESSION_COOKIE, session.token, limits.session_ttl_s)
        _forget(response, request, LOGIN_COOKIE)
        return response

    @routes.post(f"{HOME}/logout")
    async def logout(request: Request) -> Response:
        session = await signed_in(engine, request)
        await posted(request, session)
        await run_in_threadpool(websessions.end, engine, session.token)
        response = RedirectResponse(f"{HOME}/login", status_code=303)
        _forget(response, request, SESSION_COOKIE)
        return response

    return routes
