"""The sync API (protocol v1): FastAPI on SQLAlchemy, no state in the process but caches.

Every call that needs a token checks it from the headers before the body is read; a batch
body is read as a stream and cut off at 8 MB. Refusals are JSON that say what to do next.
Nothing a signer wrote reaches a log: the server cannot read it, and logs name devices only.
"""

import base64
import binascii
import logging
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field
from sqlalchemy import Engine
from starlette.concurrency import run_in_threadpool

from kiosk import receipt as codes
from sync import protocol
from sync import receipt as receipts
from sync.server import (
    campaigns,
    counting,
    enrolment,
    errors,
    ingest,
    listen,
    logapi,
    ratelimit,
)
from sync.server.db import write
from sync.server.models import Device
from sync.server.ordering import Ordering
from sync.server.refusals import Refused
from sync.server.web import site
from sync.server.web.auth import LoginLimits

log = logging.getLogger("imza.server")
CBOR = "application/cbor"


@dataclass
class Limits:
    """Rate limits and caches; tests make them small."""

    enrol_per_window: int = 20
    enrol_window_s: int = 600
    withdrawals_per_window: int = 30
    withdrawals_window_s: int = 3600
    progress_ttl_s: float = 15.0
    count_in_background: bool = True
    order_patience_s: float = 5.0  # how long a batch waits for the one before it
    login_failures: int = 5  # per coordinator name and per address, in a window
    login_window_s: int = 900
    session_ttl_s: int = 12 * 3600  # a dashboard session ends after a working day
    body_idle_s: float = listen.BODY_IDLE_SECONDS  # a body that stops arriving: 408
    head_every_s: float = 300.0  # the log's signed head is at most this old while it grows
    checks_per_window: int = 20  # "is my signature counted?" per address
    checks_window_s: int = 600
    _progress: dict[str, tuple[float, dict[str, Any]]] = field(default_factory=dict)


class EnrolRequest(BaseModel):
    code: str = Field(max_length=64, description="the enrolment code, as printed")
    device_public: str = Field(max_length=64, description="the device's Ed25519 key, base64")
    label: str = Field(default="", max_length=80, description="a name for the tablet")


class SuccessorRequest(BaseModel):
    device_public: str = Field(max_length=64, description="the new device key, base64")


class Enrolled(BaseModel):
    device: str
    token: str
    state: str = Field(description="approved, or pending until the campaign lead approves")
    campaign: str = Field(description="the campaign file, TOML, with the server's keys")


class Confirmed(BaseModel):
    device: str
    state: str = Field(description="approved, or pending until the campaign lead approves")


class Progress(BaseModel):
    campaign: str
    at_least: int = Field(description="unique signers counted so far")
    goal: int
    as_of_ms: int
    server_time_ms: int


class DeviceState(BaseModel):
    device: str
    state: str
    head_seq: int
    receipt: str | None = Field(description="a signed receipt through head_seq, CBOR in hex")
    progress: Progress


class WithdrawalRequest(BaseModel):
    code: str = Field(max_length=40, description="the signer's receipt code")


class WithdrawalResult(BaseModel):
    applied: bool = Field(description="false: held until the signature arrives")


class Problem(BaseModel):
    error: str
    message: str
    action: str


_PROBLEMS: dict[int | str, dict[str, Any]] = {
    s: {"model": Problem} for s in (401, 403, 404, 409, 413, 415, 422, 429)
}


def _key(text: str) -> bytes:
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise Refused(422, "bad_key", "device_public must be base64", "fix") from None
    if len(raw) != 32:
        raise Refused(422, "bad_key", "a device key is 32 bytes", "fix")
    return raw


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


def create_app(engine: Engine, limits: Limits | None = None) -> FastAPI:
    """The API on ``engine``; several processes may serve the same database."""
    lim = limits or Limits()
    counter = counting.Counter(engine, head_every_s=lim.head_every_s)
    order = Ordering(lim.order_patience_s)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        if lim.count_in_background:
            counter.start()
            counter.poke()
        yield
        if lim.count_in_background:
            counter.stop()

    app = FastAPI(
        title="Imza sync",
        version="1",
        summary="Petition tablets upload sealed, chained signatures; the server counts them.",
        lifespan=lifespan,
    )

    errors.install(app)
    app.add_middleware(listen.BodyGuard, idle_seconds=lim.body_idle_s)

    async def device(
        authorization: Annotated[str | None, Header(description="Bearer TOKEN")] = None,
    ) -> Device:
        return await run_in_threadpool(enrolment.authenticate, engine, authorization)

    def progress(slug: str) -> Progress:
        now = time.monotonic()
        cached = lim._progress.get(slug)
        if cached and now - cached[0] < lim.progress_ttl_s:
            return Progress.model_validate({**cached[1], "server_time_ms": _now_ms()})
        doc = campaigns.progress(engine, slug)
        if not doc:
            raise Refused(404, "no_campaign", f"no campaign '{slug}' here", "fix")
        lim._progress[slug] = (now, doc)
        return Progress.model_validate({**doc, "server_time_ms": _now_ms()})

    @app.post("/v1/enrol", responses=_PROBLEMS)
    async def enrol(body: EnrolRequest, request: Request) -> Enrolled:
        """Register a device key with a one-time code; returns its token and campaign file."""
        client = request.client.host if request.client else "unknown"
        bucket = (engine, f"enrol:{client}", lim.enrol_per_window, lim.enrol_window_s)
        await run_in_threadpool(
            ratelimit.check, *bucket
        )  # only failures count: a venue enrols many
        try:
            done = await run_in_threadpool(
                enrolment.enrol, engine, body.code, _key(body.device_public), body.label
            )
        except Refused:
            await run_in_threadpool(ratelimit.hit, *bucket)
            raise
        log.info("device %s claimed a code (%s once confirmed)", done.device[:12], done.state)
        return Enrolled(**done.__dict__)

    @app.post("/v1/enrol/confirm", responses=_PROBLEMS)
    async def confirm(me: Annotated[Device, Depends(device)]) -> Confirmed:
        """The tablet has pinned its campaign file: its code is spent, it is a device now.
        (Any call with its token confirms too; this one says so at once.)"""
        return Confirmed(device=me.id, state=me.state)

    @app.post("/v1/devices/me/successor", responses=_PROBLEMS)
    async def successor(body: SuccessorRequest, me: Annotated[Device, Depends(device)]) -> Enrolled:
        """After a fork: enrol the tablet's new device key with the old token."""
        done = await run_in_threadpool(enrolment.successor, engine, me, _key(body.device_public))
        log.info("device %s re-enrolled as %s after a fork", me.id[:12], done.device[:12])
        return Enrolled(**done.__dict__)

    @app.get("/v1/devices/me", responses=_PROBLEMS)
    async def me(me: Annotated[Device, Depends(device)]) -> DeviceState:
        """The head the server holds for this tablet, with a receipt through it."""

        def look() -> DeviceState:
            camp = campaigns.by_id(engine, me.campaign_id)
            assert camp is not None
            with engine.connect() as conn:
                signed = ingest.receipt_for(conn, camp, me.id, me.head_seq)
            return DeviceState(
                device=me.id,
                state=me.state,
                head_seq=me.head_seq,
                receipt=receipts.encode(signed).hex() if signed else None,
                progress=progress(camp.slug),
            )

        return await run_in_threadpool(look)

    @app.post(
        "/v1/batches",
        responses={
            **_PROBLEMS,
            200: {"content": {CBOR: {"schema": {"type": "string", "format": "binary"}}}},
        },
        response_class=Response,
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {CBOR: {"schema": {"type": "string", "format": "binary"}}},
            }
        },
    )
    async def batches(request: Request, me: Annotated[Device, Depends(device)]) -> Response:
        """Upload a batch (CBOR, protocol v1); the reply is the signed receipt (CBOR)."""
        skew = _skew(request)  # before the body, which may take minutes on a poor link
        if me.state == "pending":
            raise Refused(403, "pending", "the campaign lead has not approved this tablet", "wait")
        encoding = request.headers.get("content-encoding", "identity").lower()
        if encoding != "identity":
            raise Refused(415, "encoded", "send the batch as raw bytes, not compressed", "fix")
        if request.headers.get("content-type", "").split(";")[0].strip() != CBOR:
            raise Refused(415, "content_type", f"a batch is {CBOR}", "fix")
        body = b"".join([chunk async for chunk in request.stream()])  # listen.BodyGuard: 8 MB
        stored = await run_in_threadpool(_store_batch, engine, me, body, order, skew)
        if lim.count_in_background:
            counter.poke()
        if stored.held is not None:
            log.info("device %s: %s", me.id[:12], stored.held.code)
            raise stored.held
        assert stored.receipt is not None
        return Response(receipts.encode(stored.receipt), media_type=CBOR)

    @app.post("/v1/withdrawals", responses=_PROBLEMS)
    async def withdrawals(
        body: WithdrawalRequest, me: Annotated[Device, Depends(device)]
    ) -> WithdrawalResult:
        """Withdraw the signature a receipt code names, on whichever tablet it was signed."""
        await run_in_threadpool(
            ratelimit.hit,
            engine,
            f"withdraw:{me.id}",
            lim.withdrawals_per_window,
            lim.withdrawals_window_s,
        )
        code = codes.parse(body.code)
        if code is None:
            raise Refused(422, "bad_code", "that is not a receipt code", "fix")
        return WithdrawalResult(applied=await run_in_threadpool(_withdraw, engine, me, code))

    @app.get("/v1/campaigns/{slug}/progress", responses=_PROBLEMS)
    async def campaign_progress(slug: str, response: Response) -> Progress:
        """At least how many people signed, counted once each; cached briefly."""
        response.headers["Cache-Control"] = f"public, max-age={int(lim.progress_ttl_s)}"
        return await run_in_threadpool(progress, slug[:64])

    checks = (lim.checks_per_window, lim.checks_window_s)
    logapi.mount(app, engine, lim.head_every_s, checks, _PROBLEMS)
    login = LoginLimits(lim.login_failures, lim.login_window_s, lim.session_ttl_s)
    site.mount(app, engine, login, progress, lim.progress_ttl_s, checks)
    return app


def _skew(request: Request) -> int | None:
    """The tablet's clock (``Imza-Clock``, set as its request left) minus ours as it arrives:
    transit of a batch's body is not in it, only the one-way latency of the request line."""
    sent = request.headers.get("imza-clock", "")
    return int(sent) - _now_ms() if sent.isdigit() and len(sent) < 16 else None


def _store_batch(
    engine: Engine, me: Device, body: bytes, order: Ordering, skew: int | None
) -> ingest.Stored:
    batch = protocol.decode(body)
    protocol.verify(batch)
    camp = campaigns.by_id(engine, me.campaign_id)
    assert camp is not None
    ready = ingest.prepare(camp, batch) if batch.records else None
    order.wait_for(engine, me.id, batch.from_seq - 1)
    try:
        with write(engine) as conn:
            locked = ingest.device_for_update(conn, me.id)
            assert locked is not None
            return ingest.ingest(conn, camp, locked, batch, skew, ready)
    finally:
        order.moved()


def _withdraw(engine: Engine, me: Device, code: str) -> bool:
    camp = campaigns.by_id(engine, me.campaign_id)
    assert camp is not None
    with write(engine) as conn:
        return ingest.withdraw(conn, camp, codes.code_hash(camp.slug, code))
