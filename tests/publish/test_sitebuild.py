"""`wenming build` never destroys what it did not write, and swaps sites atomically.

Most tests run the real command line in-process with MkDocs replaced by a tiny child that
writes a two-page site (`fake_mkdocs`), so they take milliseconds; the signal tests run a
real `wenming build` with a real `mkdocs build` in a child process. Failures the machine
cannot produce for root (read-only folder, full disk, mount point) are injected.
"""

from __future__ import annotations

import errno
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner, Result
from site_fixture import REPO, mkdocs_yml, write_content
from snapshot import beside, fake_site, snapshot

from generator.cli import main
from generator.publish import sitebuild, siteswap

# A stand-in for `mkdocs build -d DIR`: argv[1] is DIR, argv[2] what to do.
FAKE = """
import os, sys, time
out, mode = sys.argv[1], sys.argv[2]
os.makedirs(os.path.join(out, "sites"), exist_ok=True)
open(os.path.join(out, "index.html"), "w").write("<title>新版</title>")
open(os.path.join(out, "sites", "index.html"), "w").write("新版阵地")
if mode != "no-plugin":  # the wenming plugin marks what it built
    open(os.path.join(out, ".wenming-site"), "w").write("index.html")
if mode == "slow":
    time.sleep(0.5)
if mode == "fail":
    sys.exit("ERROR - 构建失败")
if mode == "disk-full":
    raise OSError(28, "No space left on device")
"""


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project folder (mkdocs.yml, content/, docs/, theme/, .git/) that is also the cwd."""
    config = mkdocs_yml(tmp_path, write_content(tmp_path / "content"))
    shutil.copytree(REPO / "theme", tmp_path / "theme")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "HEAD").write_text("ref: refs/heads/main\n", encoding="utf-8")
    settings = yaml.safe_load(config.read_text(encoding="utf-8"))
    settings["theme"]["custom_dir"] = "theme"
    config.write_text(yaml.safe_dump(settings, allow_unicode=True), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _set(config: Path, old: str, new: str) -> None:
    text = config.read_text(encoding="utf-8")
    assert old in text
    config.write_text(text.replace(old, new, 1), encoding="utf-8")


def fake_mkdocs(monkeypatch: pytest.MonkeyPatch, mode: str = "ok") -> None:
    def command(config_file: Path, fresh: Path, engine: str = "mkdocs") -> list[str]:
        return [sys.executable, "-c", FAKE, str(fresh), mode]

    monkeypatch.setattr(sitebuild, "mkdocs_command", command, raising=False)


def run(*args: str) -> Result:
    """`wenming ARGS` in-process; an exception escaping the command fails the test."""
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def last_line(result: Result) -> str:
    return result.stderr.strip().splitlines()[-1]


def everything(folder: Path) -> dict[str, str]:
    return snapshot(folder)


# --- 1. never destroy what the build did not write ------------------------------------


@pytest.mark.parametrize(
    ("target", "named"),
    [
        (".", "是放 mkdocs.yml 的文件夹，即仓库本身"),
        ("content", "是内容文件夹"),
        ("./content/../content", "是内容文件夹"),
        ("content/sites", "（内容文件夹）里面"),
        ("docs", "是 docs_dir 文件夹"),
        ("theme", "是主题文件夹 custom_dir"),
        (".git", "是 git 仓库的数据文件夹"),
        ("..", "（放 mkdocs.yml 的文件夹，即仓库本身）"),
    ],
)
def test_refuses_the_repository_and_its_folders(
    project: Path, monkeypatch: pytest.MonkeyPatch, target: str, named: str
) -> None:
    fake_mkdocs(monkeypatch)
    before = everything(project)
    result = run("build", "-d", target)
    assert result.exit_code == 1
    assert "不能把网站生成到" in last_line(result) and "-d" in last_line(result)
    assert named in last_line(result)  # it says which folder it is
    assert "Traceback" not in result.output
    assert everything(project) == before


def test_refuses_a_symlink_to_the_repository(
    project: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_mkdocs(monkeypatch)
    link = tmp_path_factory.mktemp("links") / "repo"
    link.symlink_to(project)
    before = everything(project)
    result = run("build", "-d", str(link))
    assert result.exit_code == 1 and "放 mkdocs.yml 的文件夹" in last_line(result)
    assert everything(project) == before


def test_refuses_a_folder_holding_files_no_build_wrote(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_mkdocs(monkeypatch)
    notes = project / "notes"
    notes.mkdir()
    (notes / "会议记录.txt").write_text("重要\n", encoding="utf-8")
    result = run("build", "-d", "notes")
    assert result.exit_code == 1
    assert ".wenming-site" in last_line(result) and "清空或删除" in last_line(result)
    assert snapshot(notes) == {"会议记录.txt": snapshot(notes)["会议记录.txt"]}


def test_an_empty_folder_is_used_and_every_build_is_marked(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_mkdocs(monkeypatch)
    (project / "public").mkdir()
    result = run("build", "-d", "public")
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == "网站已生成到 public"
    assert (project / "public" / ".wenming-site").is_file()
    assert not (project / "public" / ".gitignore").exists()
    again = run("build", "-d", "public")  # a marked folder may be replaced
    assert again.exit_code == 0 and beside(project / "public") == []


def test_files_added_to_a_built_site_are_refused_by_name_not_deleted(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The marker lists what the build wrote: a CNAME, an upload or a .git added since is
    named and kept, not swapped away with the old site."""
    fake_mkdocs(monkeypatch)
    assert run("build", "-d", "public").exit_code == 0
    site = project / "public"
    (site / "CNAME").write_text("wenming.example.gov.cn\n", encoding="utf-8")
    (site / "uploads").mkdir()
    (site / "uploads" / "report.pdf").write_bytes(b"%PDF-1.4\n")
    before = snapshot(site)
    result = run("build", "-d", "public")
    assert result.exit_code == 1
    assert "public 里有 2 个不是上次生成写入的文件：CNAME、uploads/report.pdf" in last_line(result)
    assert snapshot(site) == before
    (site / "CNAME").unlink()
    shutil.rmtree(site / "uploads")
    assert run("build", "-d", "public").exit_code == 0


def test_a_plain_mkdocs_build_leaves_a_site_wenming_build_may_replace(project: Path) -> None:
    """The plugin marks its output too, after every other plugin wrote its files."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", "site"]
    done = subprocess.run(command, cwd=project, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    listed = (project / "site" / ".wenming-site").read_text(encoding="utf-8").splitlines()
    assert "search/search_index.json" in listed and "sitemap.xml.gz" in listed
    rebuilt = run("build", "-d", "site")
    assert rebuilt.exit_code == 0, rebuilt.output


def test_site_dir_of_mkdocs_yml_is_the_default_with_the_same_rules(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_mkdocs(monkeypatch)
    config = project / "mkdocs.yml"
    _set(config, "site_dir: site\n", "site_dir: !ENV [WM_TEST_SITE, public]\n")
    with config.open("a", encoding="utf-8") as tail:
        tail.write("markdown_extensions:\n  - pymdownx.emoji:\n")
        tail.write("      emoji_index: !!python/name:material.extensions.emoji.twemoji\n")
    assert run("build").exit_code == 0
    assert (project / "public" / "index.html").is_file() and not (project / "site").exists()
    monkeypatch.setenv("WM_TEST_SITE", "content")
    before = everything(project / "content")
    result = run("build")
    assert result.exit_code == 1 and "内容文件夹" in last_line(result)
    assert everything(project / "content") == before


# --- 2. the swap is atomic and leaves nothing behind ----------------------------------


def test_the_output_path_always_holds_a_complete_site(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = tmp_path / "site"
    fake_site(site)
    if not _exchange_works(tmp_path):
        pytest.skip("this file system cannot exchange two folders atomically")
    seen_missing = threading.Event()
    stop = threading.Event()

    def watch() -> None:
        while not stop.is_set():
            if not (site / ".wenming-site").is_file():
                seen_missing.set()

    watcher = threading.Thread(target=watch)
    watcher.start()
    try:
        for round_ in range(60):
            fresh = siteswap.fresh_folder(site)
            (fresh / "index.html").write_text(str(round_), encoding="utf-8")
            siteswap.finish(fresh)
            siteswap.publish(fresh, site)
    finally:
        stop.set()
        watcher.join()
    assert not seen_missing.is_set()
    assert (site / "index.html").read_text(encoding="utf-8") == "59" and beside(site) == []


def _exchange_works(folder: Path) -> bool:
    a, b = folder / "x-a", folder / "x-b"
    a.mkdir()
    b.mkdir()
    try:
        return siteswap._exchange(a, b)
    finally:
        a.rmdir()
        b.rmdir()


KILL_MID_SWAP = """
import os, signal, sys
from pathlib import Path
from generator.publish import siteswap
site, fresh = Path(sys.argv[1]), Path(sys.argv[2])
siteswap._exchange = lambda a, b: False          # a system without RENAME_EXCHANGE
real_rename, calls = os.rename, []
def rename(a, b):
    calls.append(a)
    if len(calls) == 2:                          # killed between the two renames
        os.kill(os.getpid(), signal.SIGKILL)
    real_rename(a, b)
os.rename = rename
siteswap.publish(fresh, site)
"""


def test_a_build_killed_between_two_renames_is_repaired_by_the_next(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = project / "site"
    before = fake_site(site)
    fresh = siteswap.fresh_folder(site)
    siteswap.finish(fresh)
    killed = subprocess.run([sys.executable, "-c", KILL_MID_SWAP, str(site), str(fresh)])
    assert killed.returncode == -signal.SIGKILL
    assert not site.exists(), "the simulation must stop with no site at the output path"
    fake_mkdocs(monkeypatch, "fail")
    result = run("build")
    assert "已把上一版网站恢复到 site" in result.stderr
    assert last_line(result) == "生成失败，site 保持原样。"  # true again: it was restored
    assert snapshot(site) == before and beside(site) == []


def test_a_failed_first_build_does_not_claim_an_old_site(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_mkdocs(monkeypatch, "fail")
    result = run("build")
    assert result.exit_code == 1 and last_line(result) == "生成失败，site 还没有网站。"
    assert not (project / "site").exists() and beside(project / "site") == []


def test_an_engine_that_skips_the_plugin_publishes_nothing(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An engine that ignores MkDocs plugins exits 0 with an empty site: not published."""
    site = project / "site"
    site.mkdir()
    before = fake_site(site)
    fake_mkdocs(monkeypatch, "no-plugin")
    result = run("build")
    assert result.exit_code == 1
    assert "没有运行 wenming 插件" in last_line(result) and "site 保持原样" in last_line(result)
    assert snapshot(site) == before and beside(site) == []


def test_temporary_folders_are_ignored_by_git(project: Path) -> None:
    shutil.rmtree(project / ".git")
    subprocess.run(["git", "init", "-q", str(project)], check=True)
    shutil.copy(REPO / ".gitignore", project / ".gitignore")
    site = project / "site"
    fake_site(site)
    fresh = siteswap.fresh_folder(site)
    (fresh / "index.html").write_text("半成品", encoding="utf-8")
    (project / ".site.wenming-old").mkdir()
    (project / ".site.wenming-old" / "index.html").write_text("旧", encoding="utf-8")
    (project / ".site.wenming-lock").touch()
    fake_site(project / "public")  # where the GitLab template builds
    status = subprocess.run(
        ["git", "status", "--porcelain", "-uall"],
        cwd=project,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "wenming-" not in status and ".gitignore" in status  # the repository's own only
    assert "site/" not in status and "public/" not in status
    (project / ".gitignore").unlink()  # the folder being built needs no help from it
    status = subprocess.run(
        ["git", "status", "--porcelain", "-uall"], cwd=project, capture_output=True, text=True
    ).stdout
    assert fresh.name not in status


@pytest.fixture
def holder(project: Path) -> Iterator[Callable[[], None]]:
    """A real second process holding the lock of `site`; call the fixture to release it."""
    code = (
        "import fcntl, os, sys\n"
        "h = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT)\n"
        "fcntl.flock(h, fcntl.LOCK_EX)\nprint('locked', flush=True)\nsys.stdin.read()\n"
    )
    lock = str(project / ".site.wenming-lock")
    other = subprocess.Popen(
        [sys.executable, "-c", code, lock], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert other.stdout is not None and other.stdout.readline() == "locked\n"

    def release() -> None:
        if other.poll() is None:
            assert other.stdin is not None
            other.stdin.close()
            other.wait()

    yield release
    release()


def test_a_second_build_refuses_after_waiting_for_the_first(
    project: Path, monkeypatch: pytest.MonkeyPatch, holder: Callable[[], None]
) -> None:
    assert getattr(sitebuild, "LOCK_WAIT_S", None) == 600  # the README's "after 10 minutes"
    fake_mkdocs(monkeypatch)
    monkeypatch.setattr(sitebuild, "LOCK_WAIT_S", 0.6, raising=False)
    result = run("build")
    assert result.exit_code == 1
    assert "另一个 wenming build 正在生成 site，等它结束后再开始" in result.stderr
    assert "等了 1 秒还没结束" in last_line(result) and not (project / "site").exists()


def test_a_second_build_waits_for_the_first(
    project: Path, monkeypatch: pytest.MonkeyPatch, holder: Callable[[], None]
) -> None:
    fake_mkdocs(monkeypatch)
    threading.Timer(0.5, holder).start()
    result = run("build")
    assert result.exit_code == 0, result.output
    assert "等它结束后再开始" in result.stderr and (project / "site" / "index.html").is_file()
    assert beside(project / "site") == []


def test_two_builds_at_once_both_succeed(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake_mkdocs(monkeypatch, "slow")
    site = project / "site"
    errors: list[BaseException] = []

    def one() -> None:
        try:
            sitebuild.build_site(project / "mkdocs.yml", None, lambda line: None)
        except BaseException as error:  # a crash is what this test looks for
            errors.append(error)

    builds = [threading.Thread(target=one) for _ in range(2)]
    for build in builds:
        build.start()
    for build in builds:
        build.join()
    assert errors == [] and (site / ".wenming-site").is_file() and beside(site) == []


# --- environment failures: one Chinese sentence, never a traceback --------------------


def _fail_with(code: int) -> Callable[..., object]:
    def fail(*args: object, **kwargs: object) -> object:
        raise OSError(code, os.strerror(code))

    return fail


@pytest.mark.parametrize(
    ("where", "code", "says"),
    [
        ("mkdtemp", errno.EROFS, "无法写入 site"),
        ("mkdtemp", errno.EACCES, "无法写入 site"),
        ("rename", errno.EXDEV, "挂载点"),
        ("rename", errno.ENOSPC, "磁盘空间不足"),
        ("child", errno.ENOSPC, "磁盘空间不足，网站没有生成完，site 保持原样"),
    ],
)
def test_environment_failures_are_one_sentence(
    project: Path, monkeypatch: pytest.MonkeyPatch, where: str, code: int, says: str
) -> None:
    site = project / "site"
    before = fake_site(site)
    fake_mkdocs(monkeypatch, "disk-full" if where == "child" else "ok")
    if where == "mkdtemp":
        monkeypatch.setattr("tempfile.mkdtemp", _fail_with(code))
    if where == "rename":
        monkeypatch.setattr(siteswap, "_exchange", _fail_with(code), raising=False)
        monkeypatch.setattr(os, "rename", _fail_with(code))
    result = run("build")
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and says in result.stderr, result.stderr
    assert "Traceback" not in result.output and "Errno" not in result.output
    assert snapshot(site) == before and beside(site) == []


def test_a_mount_point_is_refused_up_front(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    site = project / "site"
    fake_site(site)
    fake_mkdocs(monkeypatch)
    real = os.path.ismount
    monkeypatch.setattr(os.path, "ismount", lambda path: Path(path) == site or real(path))
    result = run("build")
    assert result.exit_code == 1
    assert last_line(result) == (
        "site 是一个挂载点，不能在它的位置整体替换网站（请生成到它里面的一个子文件夹，例如 -d site/site）"
    )


def test_serve_on_a_port_in_use_says_so(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def never(*args: object) -> None:
        raise AssertionError("wenming serve started mkdocs on a port that is taken")

    monkeypatch.setattr(os, "execv", never)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run("serve", "-p", str(port))
    assert result.exit_code == 1
    assert last_line(result).startswith(f"端口 {port} 已被占用")
    assert "Traceback" not in result.output


# --- a real signal to a real build ------------------------------------------------------


def _build_children(marker: str) -> list[int]:
    """Pids of live processes whose command line names `marker` (the build's temp folder)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            line = (entry / "cmdline").read_bytes()
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if marker.encode() in line and state != "Z":
            found.append(int(entry.name))
    return found


def _start_real_build(project: Path) -> tuple[subprocess.Popen[str], str]:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-m", "generator", "build"]
    build = subprocess.Popen(command, cwd=project, env=env, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        temps = list(project.glob(".site.wenming-new-*"))
        if temps and _build_children(temps[0].name):
            time.sleep(0.5)  # well into mkdocs, not only its start
            return build, temps[0].name
        assert build.poll() is None, "the build ended before it could be interrupted"
        time.sleep(0.02)
    build.kill()
    raise AssertionError("no mkdocs child appeared")


@pytest.mark.skipif(not Path("/proc/self/cmdline").exists(), reason="needs /proc")
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP])
def test_a_signal_stops_mkdocs_and_removes_the_temporary_folder(project: Path, signum: int) -> None:
    site = project / "site"
    before = fake_site(site)
    build, temp = _start_real_build(project)
    build.send_signal(signum)
    _, stderr = build.communicate(timeout=30)
    assert build.returncode == 128 + signum
    name = "Ctrl+C" if signum == signal.SIGINT else signal.Signals(signum).name
    assert f"生成被中断（{name}），site 保持原样，临时文件已删除。" in stderr
    assert "Traceback" not in stderr
    assert _build_children(temp) == []
    assert snapshot(site) == before and beside(site) == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux")
def test_mkdocs_dies_with_a_killed_build_and_the_next_build_cleans_up(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = project / "site"
    before = fake_site(site)
    build, temp = _start_real_build(project)
    build.kill()
    build.wait()
    deadline = time.monotonic() + 10
    while _build_children(temp) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _build_children(temp) == []
    assert snapshot(site) == before
    fake_mkdocs(monkeypatch)
    assert run("build").exit_code == 0
    assert beside(site) == [] and (site / "index.html").read_text() == "<title>新版</title>"
