"""A newcomer's mistakes on the command line: one `imza: error:` line, exit 1, a suggestion
where one is close; help shows the real defaults; the server names the database it used."""

import json
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.cli import main
from tests.conftest import CampaignKeys

IMZA = Path(sys.executable).parent / "imza"  # the installed command, for its real exit status


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def one_error(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    """Run a command that must fail: exit 1, nothing on stdout, one error line on stderr."""
    code, out, err = run(capsys, *argv)
    assert (code, out) == (1, ""), err
    assert err.startswith("imza: error: ")
    assert err.count("\n") == 1, err
    return err.strip()


def imza(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(IMZA), *argv], capture_output=True, text=True, timeout=120, check=False
    )


def test_a_misspelt_command_exits_1_with_one_line_naming_the_closest() -> None:
    done = imza("simulat", "--count", "3")
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.splitlines() == [
        "imza: error: unknown command 'simulat'; did you mean simulate?"
    ]
    done = imza("server", "devics")
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        "imza: error: unknown command 'server devics'; did you mean server devices?"
    ]


def test_a_misspelt_option_is_named_before_a_missing_one(
    capsys: pytest.CaptureFixture[str],
) -> None:
    err = one_error(capsys, "simulate", "--cout", "3")
    assert err == "imza: error: unknown option --cout; did you mean --count?"
    err = one_error(capsys, "server", "devices", "--jsn")
    assert err == "imza: error: unknown option --jsn; did you mean --json?"
    err = one_error(capsys, "status", "--frobnicate")
    assert err == "imza: error: unknown option --frobnicate for status (imza status --help)"


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["simulate"], "simulate: the following arguments are required: --count"),
        (["simulate", "--count", "x"], "simulate: argument --count: invalid int value: 'x'"),
        (["export", "--format", "doc", "--out", "x"], "export: argument --format: invalid choice"),
        (["status", "extra"], "status: unrecognized arguments: extra"),
        (["server"], "server: the following arguments are required: OPERATION"),
    ],
)
def test_argparse_complaints_are_one_line_naming_the_command(
    argv: list[str], expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert expected in one_error(capsys, *argv)


def test_help_and_version_still_exit_0() -> None:
    for argv in (["--help"], ["--version"], ["simulate", "--help"], ["server", "devices", "-h"]):
        done = imza(*argv)
        assert (done.returncode, done.stderr) == (0, ""), argv
        assert done.stdout


def _help(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit) as exc:
        main([*argv, "--help"])
    assert exc.value.code == 0
    return capsys.readouterr().out


def test_help_shows_the_real_defaults(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "300")  # a path on one line, as wide as it is
    monkeypatch.setenv("IMZA_DATA_DIR", str(tmp_path / "tablets"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    monkeypatch.delenv("IMZA_SERVER_DATABASE", raising=False)
    text = _help(capsys, "status")
    assert f"(default: {tmp_path / 'tablets'};" in text
    assert "None" not in text
    server_db = f"sqlite:///{tmp_path / 'share' / 'imza-server' / 'server.db'}"
    for argv in (["serve"], ["server", "devices"], ["server", "campaign"]):
        assert f"(default: {server_db};" in _help(capsys, *argv), argv
    assert "(default: 8443)" in _help(capsys, "serve")
    monkeypatch.setenv("IMZA_SERVER_DATABASE", "postgresql://lead:hunter2@127.0.0.1/imza")
    text = _help(capsys, "server", "progress")
    assert "postgresql://lead:***@127.0.0.1/imza; from $IMZA_SERVER_DATABASE" in text
    assert "hunter2" not in text


def test_server_commands_name_the_database_and_refuse_a_missing_default(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    keys: CampaignKeys,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    monkeypatch.delenv("IMZA_SERVER_DATABASE", raising=False)
    folder = tmp_path / "share" / "imza-server"
    err = one_error(capsys, "server", "devices")
    assert err == (
        f"imza: error: no server database at {folder / 'server.db'}; "
        "start with imza server campaign or imza serve"
    )
    assert not folder.exists()
    issued = tmp_path / "issued.toml"
    code, _, err = run(capsys, "server", "campaign", str(keys.campaign_file), "--out", str(issued))
    assert code == 0
    named = f"imza: database sqlite:///{folder / 'server.db'}"
    assert err.splitlines() == [named]
    code, out, err = run(capsys, "server", "devices", "--json")
    assert (code, json.loads(out), err.splitlines()) == (0, [], [named])
    err = one_error(capsys, "server", "enrol-code", "--campaign", "nope")
    assert "no campaign 'nope'" in err
    assert err.endswith(f"(database sqlite:///{folder / 'server.db'})")

    elsewhere = tmp_path / "elsewhere.db"
    monkeypatch.setenv("IMZA_SERVER_DATABASE", f"sqlite:///{elsewhere}")
    assert run(capsys, "server", "campaign", str(keys.campaign_file), "--out", str(issued))[0] == 0
    code, out, err = run(capsys, "server", "progress")
    assert code == 0
    assert "at least 0 of" in out
    assert err.splitlines() == [f"imza: database sqlite:///{elsewhere}"]


def test_a_sqlite_path_in_a_missing_folder_is_refused_and_nothing_made(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, keys: CampaignKeys
) -> None:
    url = f"sqlite:///{tmp_path / 'typo' / 'server.db'}"
    for argv in (["devices"], ["progress", "--json"], ["user", "list"]):
        err = one_error(capsys, "server", *argv, "--database", url)
        assert err == (
            f"imza: error: no folder {tmp_path / 'typo'} for the database {url}; "
            "create it or check the path"
        )
    assert not (tmp_path / "typo").exists()
    absent = tmp_path / "absent.db"
    err = one_error(capsys, "server", "devices", "--database", f"sqlite:///{absent}")
    assert f"no server database at {absent}" in err
    assert not absent.exists()
    # the commands that start a server make the folder, as they always did
    issued = tmp_path / "issued.toml"
    argv = ["server", "campaign", str(keys.campaign_file), "--out", str(issued), "--database", url]
    assert run(capsys, *argv)[0] == 0
    assert (tmp_path / "typo" / "server.db").is_file()


def test_serve_on_a_busy_port_is_one_line_and_exit_1(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        database = tmp_path / "server.db"
        done = imza(
            "serve", "--host", "127.0.0.1", "--port", str(port),
            "--database", f"sqlite:///{database}",
        )  # fmt: skip
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        f"imza: error: port {port} on 127.0.0.1 is in use (another imza serve?); "
        "choose another with --port"
    ]
    assert not database.exists()


def test_an_unreachable_postgresql_is_one_line_without_its_password(
    capsys: pytest.CaptureFixture[str],
) -> None:
    url = "postgresql://lead:hunter2@127.0.0.1:1/imza"
    for argv in (["server", "devices"], ["server", "campaign", "x.toml", "--out", "y"]):
        err = one_error(capsys, *argv, "--database", url)
        assert err.startswith(
            "imza: error: cannot reach the database at postgresql://lead:***@127.0.0.1:1/imza: "
        )
        assert "refused" in err
        assert "hunter2" not in err
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        free = str(probe.getsockname()[1])
    err = one_error(capsys, "serve", "--port", free, "--database", url)
    assert "cannot reach the database" in err


def test_keygen_warns_inside_a_git_work_tree_and_still_writes(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    pw = tmp_path / "passphrase.txt"
    pw.write_text("Kestrel quarry 42 lantern obsidian drift\n")
    argv = ["keygen", "--suite", "x25519", "--passphrase-file", str(pw), "--out"]
    code, out, err = run(capsys, *argv, str(repo / "keys"))
    assert code == 0
    assert "written to" in out
    assert (repo / "keys" / "campaign-key.imzakey").is_file()
    (line,) = err.splitlines()
    assert line.startswith(f"imza: warning: {repo / 'keys'} is inside the git work tree {repo};")
    assert "never commit the private key" in line
    assert "offline export computer or removable media" in line

    worktree = tmp_path / "worktree"  # `git worktree add` leaves a .git file, not a folder
    worktree.mkdir()
    (worktree / ".git").write_text("gitdir: /elsewhere\n")
    code, _, err = run(capsys, *argv, str(worktree / "keys"))
    assert code == 0
    assert "git work tree" in err

    code, out, err = run(capsys, *argv, str(tmp_path / "stick"))
    assert code == 0
    assert "written to" in out
    assert err == ""
