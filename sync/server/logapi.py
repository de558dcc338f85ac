"""The log's public endpoints, as a Certificate Transparency log serves them (RFC 9162
section 4, in JSON): the latest signed tree head, an inclusion proof for a leaf, and a
consistency proof between two tree sizes. Anyone may ask; nothing here names a signer."""

from typing import Annotated, Any

from fastapi import FastAPI, Query, Request, Response
from pydantic import BaseModel, Field
from sqlalchemy import Engine
from starlette.concurrency import run_in_threadpool

from sync.server import ledger, signercheck, treeheads
from sync.server.refusals import Refused

_BIG = 1 << 62
_CACHE = "public, max-age=10"


class TreeHead(BaseModel):
    campaign: str
    tree_size: int
    root_hash: str = Field(description="hex, RFC 9162 MTH of the first tree_size leaves")
    timestamp_ms: int
    count: int = Field(description="unique signers the log implies at this size")
    signature: str = Field(description="Ed25519 by the campaign's receipt key, hex")


class Inclusion(BaseModel):
    leaf_index: int
    tree_size: int
    leaf: str = Field(description="the leaf's CBOR, hex; hashed with a 0x00 prefix")
    audit_path: list[str]


class CheckAnswer(BaseModel):
    state: str = Field(description="counted, received, withdrawn, not_received or unknown")
    signed_ms: int | None = Field(description="when it was signed, by its tablet's clock")
    leaf_index: int | None = Field(description="its leaf in the campaign's log, when counted")
    head_size: int | None = Field(description="the first signed head that holds that leaf")


class Consistency(BaseModel):
    first: int
    second: int
    consistency_path: list[str]


def mount(
    app: FastAPI,
    engine: Engine,
    head_every_s: float,
    check_limit: tuple[int, int],
    problems: dict[int | str, dict[str, Any]],
) -> None:
    """``check_limit``: how many receipt-code checks an address may make per window (s)."""

    def head(slug: str) -> treeheads.Head:
        found = treeheads.sign_head(engine, slug[:64], int(head_every_s * 1000))
        if found is None:
            raise Refused(404, "no_log", f"campaign '{slug[:64]}' has no log yet", "fix")
        return found

    @app.get("/v1/campaigns/{slug}/log/head", responses=problems)
    async def log_head(slug: str, response: Response) -> TreeHead:
        """The newest signed tree head (a new one at most every few minutes while records
        arrive)."""
        response.headers["Cache-Control"] = _CACHE
        return TreeHead.model_validate((await run_in_threadpool(head, slug)).as_json())

    @app.get("/v1/campaigns/{slug}/log/proof", responses=problems)
    async def log_proof(
        slug: str,
        leaf: Annotated[int, Query(ge=0, lt=_BIG)],
        size: Annotated[int | None, Query(ge=1, lt=_BIG)] = None,
    ) -> Inclusion:
        """The leaf at ``leaf`` and its audit path to the head of ``size`` (the newest head's
        size when not given)."""

        def prove() -> Inclusion:
            tree = size or head(slug).size
            _signed(engine, slug, tree)
            if leaf >= tree:
                raise Refused(404, "no_leaf", f"leaf {leaf} is not in a tree of {tree}", "fix")
            body, path = ledger.inclusion(engine, slug[:64], leaf, tree)
            return Inclusion(
                leaf_index=leaf, tree_size=tree, leaf=body.hex(), audit_path=[p.hex() for p in path]
            )

        return await run_in_threadpool(prove)

    @app.get("/v1/campaigns/{slug}/check", responses=problems)
    async def signer_check(
        slug: str, code: Annotated[str, Query(max_length=64)], request: Request
    ) -> CheckAnswer:
        """Is the signature with this receipt code counted? One of five answers; nothing
        else about the signer. Limited per address: it cannot be used to try codes."""
        address = request.client.host if request.client else "unknown"
        await run_in_threadpool(signercheck.count_attempt, engine, address, check_limit)
        answer = await run_in_threadpool(signercheck.check, engine, slug[:64], code)
        if answer is None:
            raise Refused(404, "no_campaign", f"no campaign '{slug[:64]}' here", "fix")
        return CheckAnswer.model_validate(answer.__dict__)

    @app.get("/v1/campaigns/{slug}/log/consistency", responses=problems)
    async def log_consistency(
        slug: str,
        first: Annotated[int, Query(alias="from", ge=1, lt=_BIG)],
        second: Annotated[int, Query(alias="to", ge=1, lt=_BIG)],
    ) -> Consistency:
        """Proof that the tree of ``to`` leaves extends the tree of ``from`` leaves."""

        def prove() -> Consistency:
            if first > second:
                raise Refused(422, "bad_range", "from must not be larger than to", "fix")
            _signed(engine, slug, second)
            path = ledger.consistency(engine, slug[:64], first, second)
            return Consistency(first=first, second=second, consistency_path=[p.hex() for p in path])

        return await run_in_threadpool(prove)


def _signed(engine: Engine, slug: str, size: int) -> None:
    """Proofs are given for sizes a head was signed at: the sizes anyone can check against."""
    if not treeheads.has_head(engine, slug[:64], size):
        raise Refused(404, "no_head", f"no signed head of size {size}", "fix")
