"""The file system is data, not trust: what a pull request can put into content/ besides files.

Git stores symbolic links, so a pull request can add one; a FIFO, a socket or a device
can appear on an editor's machine. Each is refused with its own message at `path:1:1`,
without being opened or followed; a folder or file that cannot be read is reported, never
skipped. Hangs are the failure mode of a FIFO, so those tests run `wenming check` in a
subprocess with a timeout: a regression fails instead of stalling the suite.
"""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result
from commands import TIMEOUT_S, check_in_subprocess

from generator.check import content as content_module
from generator.check.content import check_content
from generator.read.load import load_file
from generator.report import messages
from generator.report.problems import Problem

SECRET = "OUTSIDE-机密-7f3a"  # a value only the file outside the tree holds


def kinds(problems: list[Problem]) -> dict[str, str]:
    """Shown path → kind, for the problems found."""
    return {p.path: p.kind for p in problems}


def outside_record(tmp_path: Path) -> Path:
    """A record outside the repository, as a link in a pull request could point to."""
    secret = tmp_path / "elsewhere" / "secret.yml"
    secret.parent.mkdir()
    secret.write_text(f"id: secret\nname: {SECRET}\nlevel: 站\n", encoding="utf-8")
    return secret


@pytest.mark.parametrize("fmt", ["text", "github", "json"])
def test_a_record_linked_outside_the_tree_is_refused_and_never_echoed(
    content: Path, tmp_path: Path, wenming: Callable[..., Result], fmt: str
) -> None:
    (content / "sites" / "secret.yml").symlink_to(outside_record(tmp_path))
    result = wenming("check", "content", "--no-cache", "--format", fmt)
    assert result.exit_code == 1
    assert SECRET not in result.output
    assert "content/sites/secret.yml" in result.output
    assert ('"kind": "symlink"' if fmt == "json" else messages.say("symlink")) in result.output


@pytest.mark.parametrize(
    "target",
    ["inside", "dangling", "folder"],
)
def test_every_symbolic_link_is_refused_wherever_it_points(
    content: Path, tmp_path: Path, target: str
) -> None:
    link = content / "sites" / "link.yml"
    if target == "inside":
        link.symlink_to(content / "sites" / "maquan-suo.yml")
    elif target == "dangling":
        link.symlink_to(tmp_path / "gone.yml")
    else:
        link = content / "sites" / "linked"
        link.symlink_to(content / "teams", target_is_directory=True)
    _, problems = check_content(content, "content")
    shown = f"content/sites/{link.name}"
    assert kinds(problems) == {shown: "symlink"}
    assert [p.as_text() for p in problems] == [f"{shown}:1:1: 文件 — {messages.say('symlink')}"]


def test_a_linked_quarter_folder_is_refused_not_skipped(content: Path, tmp_path: Path) -> None:
    moved = tmp_path / "elsewhere-q3"
    (content / "honors" / "2026-Q3").rename(moved)
    (content / "honors" / "2026-Q3").symlink_to(moved, target_is_directory=True)
    catalog, problems = check_content(content, "content")
    assert catalog is None
    assert kinds(problems)["content/honors/2026-Q3"] == "symlink"


def test_a_linked_single_file_is_refused(content: Path, tmp_path: Path) -> None:
    real = tmp_path / "publisher.yml"
    (content / "publisher.yml").rename(real)
    (content / "publisher.yml").symlink_to(real)
    _, problems = check_content(content, "content")
    assert kinds(problems)["content/publisher.yml"] == "symlink"


def test_the_content_folder_itself_may_not_be_a_link(content: Path, tmp_path: Path) -> None:
    link = tmp_path / "linked-content"
    link.symlink_to(content, target_is_directory=True)
    catalog, problems = check_content(link, "linked-content")
    assert catalog is None
    assert kinds(problems)["linked-content"] == "symlink"


def test_a_hidden_link_is_ignored_like_every_hidden_entry_and_never_followed(
    content: Path, tmp_path: Path
) -> None:
    (content / "sites" / ".secret.yml").symlink_to(outside_record(tmp_path))
    (content / ".elsewhere").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    catalog, problems = check_content(content, "content")
    assert problems == [] and catalog is not None
    assert SECRET not in repr(catalog.sites)


@pytest.mark.parametrize("where", ["sites/pipe.yml", "publisher.yml", "honors/2026-Q3/pipe.yml"])
def test_a_fifo_is_refused_without_waiting_on_it(content: Path, tmp_path: Path, where: str) -> None:
    fifo = content / where
    fifo.unlink(missing_ok=True)
    os.mkfifo(fifo)
    result = check_in_subprocess(tmp_path, "--no-cache")
    assert result.returncode == 1, result.stderr
    assert f"content/{where}:1:1: 文件 — {messages.say('fifo')}" in result.stdout


def test_a_fifo_swapped_in_after_the_walk_is_refused_by_the_loader(tmp_path: Path) -> None:
    """The walk and the open are two moments: the loader itself never waits on a FIFO."""
    fifo = tmp_path / "pipe.yml"
    os.mkfifo(fifo)
    code = (
        "import sys; from generator.read.load import load_file; "
        "print(load_file(sys.argv[1], 'pipe.yml').problems[0].kind)"
    )
    try:
        result = subprocess.run(
            [sys.executable, "-c", code, str(fifo)],
            capture_output=True,
            text=True,
            timeout=TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired:
        pytest.fail("load_file waited on a FIFO")
    assert result.stdout.strip() == "fifo", result.stderr


def test_the_loader_never_follows_a_link(tmp_path: Path) -> None:
    link = tmp_path / "link.yml"
    link.symlink_to(outside_record(tmp_path))
    loaded = load_file(link, "link.yml")
    assert loaded.data is None
    assert [p.kind for p in loaded.problems] == ["symlink"]
    assert SECRET not in repr(loaded)


@pytest.fixture
def short_cwd(content: Path) -> Iterator[Path]:
    """The sites folder as the working folder: a socket's path must be short."""
    here = os.getcwd()
    os.chdir(content / "sites")
    try:
        yield content
    finally:
        os.chdir(here)


def test_a_socket_is_refused(short_cwd: Path) -> None:
    with socket.socket(socket.AF_UNIX) as server:
        server.bind("sock.yml")
        _, problems = check_content(short_cwd, "content")
    assert kinds(problems) == {"content/sites/sock.yml": "socket"}


def test_a_device_is_refused_without_opening_it(content: Path) -> None:
    device = content / "sites" / "zero.yml"
    try:
        os.mknod(device, stat.S_IFCHR | 0o600, os.makedev(1, 5))  # what /dev/zero is
    except (PermissionError, AttributeError):
        pytest.skip("making a device needs root")
    _, problems = check_content(content, "content")
    assert kinds(problems) == {"content/sites/zero.yml": "device"}


def _failing(real: Callable[..., Any], bad: str) -> Callable[..., Any]:
    """`real`, except that it refuses `bad` as a folder without permission would."""

    def call(path: Any, *args: Any, **kwargs: Any) -> Any:
        if os.fspath(path).endswith(bad):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real(path, *args, **kwargs)

    return call


def test_a_folder_that_cannot_be_listed_is_reported_not_skipped(
    content: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As root, chmod 000 does not stop a listing: the refusal is injected.
    monkeypatch.setattr(content_module.os, "scandir", _failing(os.scandir, "honors/2026-Q3"))
    catalog, problems = check_content(content, "content")
    assert catalog is None
    found = [p for p in problems if p.path == "content/honors/2026-Q3"]
    assert [p.kind for p in found] == ["unlistable"]
    assert "Permission denied" in found[0].text


def test_a_file_that_cannot_be_opened_is_reported(
    content: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(os, "open", _failing(os.open, "maquan-suo.yml"))
    _, problems = check_content(content, "content")
    assert kinds(problems)["content/sites/maquan-suo.yml"] == "unreadable"


def test_a_missing_content_folder_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    catalog, problems = check_content(tmp_path / "content", "content")
    assert catalog is None
    assert [(p.path, p.kind) for p in problems] == [("content", "content_missing")]


def test_a_file_over_the_limit_is_refused_before_any_byte_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from generator.read.safefs import Refusal, read_regular

    big = tmp_path / "big.bin"
    big.write_bytes(b"x" * 1000)

    def no_read(fd: int, n: int) -> bytes:
        raise AssertionError("read before the size was checked")

    monkeypatch.setattr(os, "read", no_read)
    assert read_regular(big, 999) == Refusal("too_large", {"size": 1000})
