""" "Is my signature counted?" by receipt code against a real server: each of the five
answers, forgiving about how the code is typed, nothing about the signer, and limited per
address so that it cannot be used to try codes."""

from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from kiosk import receipt
from sync import client
from sync.enrol import enrol
from sync.server import counting, treeheads
from sync.server.app import Limits
from tests.conftest import CampaignKeys, form_with
from tests.serverside import Server, serving, set_up
from tests.test_export_server import sign, withdraw_at_server


def _signed(path: Path, *names: str) -> list[str]:
    return sign(
        path, *(form_with(given_name=n, surname="Əliyeva", settlement="Şuşa") for n in names)
    )


def _ask(url: str, slug: str, code: str) -> requests.Response:
    return requests.get(f"{url}/v1/campaigns/{slug}/check", params={"code": code}, timeout=10)


@pytest.fixture
def uncounting(server_database: str, keys: CampaignKeys, tmp_path: Path) -> Iterator[Server]:
    """A server that counts only when the test drains: "received" stays received."""
    engine, camp = set_up(server_database, keys.campaign_file, tmp_path / "issued.toml")
    try:
        with serving(engine, Limits(count_in_background=False)) as url:
            yield Server(url, engine, server_database, camp, tmp_path / "issued.toml")
    finally:
        engine.dispose()


def test_each_of_the_five_answers_and_nothing_more(uncounting: Server, tmp_path: Path) -> None:
    server = uncounting
    slug = server.campaign.slug
    path = tmp_path / "t"
    enrol(path, server.url, server.code(approved=True))
    counted, withdrawn = _signed(path, "Aysel", "Gülnar")
    client.sync(path)
    assert _ask(server.url, slug, counted).json()["state"] == "received"  # not counted yet
    counting.drain(server.engine)
    (later,) = _signed(path, "Sevda")  # signed, not synced yet
    withdraw_at_server(server, withdrawn)

    answer = _ask(server.url, slug, counted).json()
    assert answer["state"] == "counted"
    assert answer["leaf_index"] == 0
    assert answer["head_size"] is None  # no head signed yet: the next one will hold it
    head = treeheads.sign_head(server.engine, slug)
    assert head is not None
    typed = receipt.grouped(counted).lower().replace("0", "o")  # as a person types it
    answer = _ask(server.url, slug, typed).json()
    assert answer == {
        "state": "counted",
        "signed_ms": answer["signed_ms"],
        "leaf_index": 0,
        "head_size": head.size,
    }
    assert _ask(server.url, slug, withdrawn).json()["state"] == "withdrawn"
    assert _ask(server.url, slug, later).json()["state"] == "not_received"
    assert _ask(server.url, slug, "my name is Sevda").json()["state"] == "unknown"
    assert _ask(server.url, "no-such-campaign", counted).status_code == 404
    client.sync(path)
    assert _ask(server.url, slug, later).json()["state"] == "received"
    counting.drain(server.engine)
    assert _ask(server.url, slug, later).json()["state"] == "counted"


def test_an_address_cannot_try_codes(server: Server) -> None:
    slug = server.campaign.slug
    replies = [_ask(server.url, slug, receipt.new_code()) for _ in range(21)]
    assert [r.json()["state"] for r in replies[:20]] == ["not_received"] * 20
    assert replies[20].status_code == 429
    assert "try again" in replies[20].json()["message"]


def test_the_public_counter_answers_in_the_signers_language_and_keeps_nothing(
    server: Server, tmp_path: Path
) -> None:
    path = tmp_path / "t"
    enrol(path, server.url, server.code(approved=True))
    (code,) = _signed(path, "Aysel")
    client.sync(path)
    counting.drain(server.engine)
    page = f"{server.url}/p/{server.campaign.slug}/check"
    reply = requests.post(f"{page}?lang=ru", data={"code": code.lower()}, timeout=10)
    assert reply.status_code == 200
    assert "Да: ваша подпись учтена." in reply.text
    assert reply.headers["Cache-Control"] == "no-store"
    assert code not in reply.text  # the code is not echoed back
    assert f'href="/p/{server.campaign.slug}?lang=en"' in reply.text  # languages: the counter
    reply = requests.post(f"{page}?lang=az-Cyrl", data={"code": "Sevda"}, timeout=10)
    assert "Бу гәбз коду дејил." in reply.text
