"""The README's walkthrough, run verbatim: every ``sh`` block of its section, top to bottom, in
one shell on a terminal, as a newcomer would type them. The block marked "in a second
terminal" runs beside the others; prompts (the passphrase, a password) are answered when asked.
"""

import os
import re
import select
import signal
import socket
import subprocess
import sys
import time
from functools import partial
from pathlib import Path

import pytest

from tests.serverside import until

REPO = Path(__file__).resolve().parents[1]
SECTION = "## A walkthrough"
BLOCK_S = 300.0  # the longest a block may take (keygen's scrypt, the PDF on a slow machine)
PASSWORD = "a long walkthrough password"  # the dashboard user of a scratch server

pytestmark = pytest.mark.skipif(
    sys.platform == "win32" or not Path("/usr/bin/script").exists(),
    reason="runs the walkthrough on a terminal made by util-linux's script(1)",
)


def walkthrough() -> list[str]:
    """The ``sh`` blocks of the README's walkthrough section, in order."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    start = text.index(SECTION)
    end = text.find("\n## ", start + len(SECTION))
    return re.findall(r"```sh\n(.*?)```", text[start : end if end > 0 else None], re.S)


class Terminal:
    """A bash on a pseudo-terminal (script(1)), fed a block at a time."""

    def __init__(self, cwd: Path, env: dict[str, str]) -> None:
        self.proc = subprocess.Popen(
            ["/usr/bin/script", "-qfec", "bash --norc --noprofile --noediting -i", "/dev/null"],
            cwd=cwd,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.transcript = ""
        self.answers: dict[str, str] = {}
        self.step = 0
        self.run("stty -echo; PS1=''; PS2=''; set -eo pipefail")

    def send(self, text: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(text.encode())
        self.proc.stdin.flush()

    def run(self, block: str) -> str:
        """Type ``block``, answer its prompts, and return what it printed."""
        self.step += 1
        done = f"__block_{self.step}_done__"  # typed split in two: only its output matches
        # One compound command: bash reads the whole block before it runs any of it, so a
        # prompt that flushes the terminal's input (getpass does) cannot eat the lines after.
        self.send(f"{{\n{block.rstrip()}\n}}; echo '__block_{self.step}''_done__'\n")
        start, out = len(self.transcript), self.proc.stdout
        assert out is not None
        deadline = time.monotonic() + BLOCK_S
        while done not in self.transcript[start:]:
            left = deadline - time.monotonic()
            ready, _, _ = select.select([out], [], [], max(left, 0))
            chunk = os.read(out.fileno(), 65536) if ready else b""
            if not chunk:
                raise AssertionError(
                    f"block {self.step} did not finish (exit {self.proc.poll()}):\n"
                    f"{block}\n--- the terminal said ---\n{self.transcript[start:]}"
                )
            self.transcript += chunk.decode(errors="replace").replace("\r\n", "\n")
            for prompt, answer in self.answers.items():
                if self.transcript.endswith(prompt):
                    self.send(answer + "\n")
        return self.transcript[start:].replace(f"{done}\n", "")

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()  # end of input: the shell and its terminal end
        try:
            self.proc.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(30)


def _answering(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(1)
        return s.connect_ex(("127.0.0.1", port)) == 0


def test_the_readme_walkthrough_runs_top_to_bottom_as_written(tmp_path: Path) -> None:
    blocks = walkthrough()
    assert len(blocks) >= 8, "the README's walkthrough section has lost its blocks"
    home = tmp_path / "home"
    home.mkdir()
    env = {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "HOME": str(home),
        "TMPDIR": str(tmp_path),  # where the walkthrough's mktemp -d makes its folder
        "LANG": "C.UTF-8",
        "TERM": "dumb",
    }
    terminal = Terminal(REPO, env)
    said: list[str] = []
    server_pid: int | None = None
    try:
        for block in blocks:
            if "in a second terminal" in block:
                port = int(re.search(r"--port (\d+)", block)[1])  # type: ignore[index]
                assert not _answering(port), f"port {port} is taken: the walkthrough needs it"
                pid = terminal.run(f"(\n{block.strip()}\n) >serve.log 2>&1 &\necho pid=$!")
                server_pid = int(re.findall(r"pid=(\d+)", pid)[-1])
                until(partial(_answering, port), 120, "the walkthrough's server to listen")
                continue
            said.append(terminal.run(block))
            if "PASSPHRASE" in said[-1] and not terminal.answers:
                passphrase = said[-1].split("PASSPHRASE", 1)[1].splitlines()[1].strip()
                terminal.answers = {
                    "Passphrase for the campaign key: ": passphrase,
                    "password: ": PASSWORD,
                    "again: ": PASSWORD,
                }
        scratch = Path(terminal.run("pwd").strip().splitlines()[-1])
    finally:
        if server_pid is not None:
            os.killpg(server_pid, signal.SIGTERM)  # its job's process group, as Ctrl+C would
        terminal.close()
    everything = "\n".join(said)
    assert "imza: error" not in everything, everything
    assert scratch.parent == tmp_path
    assert (scratch / "keys" / "campaign-key.imzakey").stat().st_mode & 0o077 == 0
    signers = (scratch / "signers.csv").read_text(encoding="utf-8-sig").splitlines()
    assert len(signers) == 1 + 20  # a heading and the twenty signers of tablet 1
    assert "Tablet 2" in everything  # server devices names the tablet
    assert "landmine-maps: at least 35 of 15000" in everything
    assert (scratch / "petition.pdf").read_bytes().startswith(b"%PDF")
    assert (scratch / "sealed.imza").is_file()
