"""Several server processes on one database (as behind a proxy): tablets syncing through
them at once are stored and counted exactly once."""

import subprocess
import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kiosk.vault import Vault
from sync import client
from sync.enrol import enrol
from sync.server import counting, enrolment
from sync.server.models import Campaign, Record
from tests.conftest import CampaignKeys
from tests.serverside import answers, free_port, set_up, spawn, until
from tests.signers import sign_distinct


@pytest.mark.slow
def test_two_worker_processes_share_one_database(
    server_database: str, keys: CampaignKeys, tmp_path: Path
) -> None:
    engine, camp = set_up(server_database, keys.campaign_file, tmp_path / "issued.toml")
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    proc: subprocess.Popen[bytes] = spawn(
        server_database, port, tmp_path / "serve.log", "--workers", "2"
    )
    try:
        until(lambda: answers(url), 60, "two workers to start")
        paths = []
        for i in range(4):
            path = tmp_path / f"t{i}"
            enrol(path, url, enrolment.make_code(engine, camp.slug, 24, True).text)
            sign_distinct(path, i, 60)
            paths.append(path)
        threads = [threading.Thread(target=client.sync, args=(p, 20)) for p in paths]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        with engine.connect() as conn:
            assert conn.scalar(select(func.count()).select_from(Record)) == 240
        counting.drain(engine)
        with engine.connect() as conn:
            assert conn.scalar(select(Campaign.unique_signers)) == 240
        for path in paths:
            vault = Vault.open(path)
            assert vault.status().unsent == 0
            vault.close()
    finally:
        proc.terminate()
        proc.wait(30)
        engine.dispose()
