"""Site build: run `mkdocs build --strict` into a fresh folder and swap it in on success.

MkDocs empties its output folder before writing, so a build that fails half-way would
leave a half-published site. Here the new site is built beside the old one and only a
complete, warning-free build replaces it (`siteswap.py`), in an output folder the rules
of `outputdir.py` allow, one build at a time per folder. MkDocs runs as a child process
(every import of mkdocs stays in the plugin module) in its own process group, set to die
with this process; SIGTERM, SIGINT and SIGHUP kill it, remove the temporary folder and
end the build with `Interrupted`. The plugin is told which site is being replaced, so
that pages whose inputs did not change are copied from it (site/reuse.py). Environment failures (read-only, full disk, mount
point) end it with `OutputError`: one Chinese sentence, no traceback.
"""

from __future__ import annotations

import ctypes
import errno
import importlib.util
import os
import re
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from types import FrameType

from ..report.messages import say
from ..site.reuse import PREVIOUS_SITE
from .outputdir import OutputError, check_output, output_folder, shown
from .sitemarker import is_ours
from .siteswap import finish, fresh_folder, locked, publish, recover, remove

# How long a build waits for another build of the same folder before it gives up.
LOCK_WAIT_S = 600.0
SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGINT", "SIGHUP") if hasattr(signal, name)
)
_PR_SET_PDEATHSIG = 1
# What the child's own traceback says when the disk or the folder refuses it.
_CHILD_ERRNO = re.compile(r"\[Errno (28|30|122)\]")


@dataclass(frozen=True)
class BuildResult:
    ok: bool
    output: str  # what mkdocs printed
    message: str  # the closing line: where the site is, or why it was not replaced


class Interrupted(Exception):
    """A signal ended the build; `published` says whether the new site was already in place."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum
        self.published = False
        self.message = ""

    def explain(self, site: Path) -> None:
        name = "Ctrl+C" if self.signum == signal.SIGINT else signal.Signals(self.signum).name
        if self.published:
            self.message = say("build_interrupted_done", signal=name, path=shown(site))
        else:
            self.message = say("build_interrupted", signal=name, kept=kept(site))


# MkDocs' and Material's English lines that say nothing to an editor: the report and the
# Chinese sentence after it say what went wrong.
_NOISE = re.compile(
    r"^(?:Aborted with (?:a BuildError!|\d+ warnings in strict mode!)"
    r"|INFO\s+-\s.*"  # progress (building to the temporary folder …), not a problem
    r"|Building prefix dict from .*|Loading model (?:from cache .*|cost .*)"  # jieba
    r"|Dumping model to file cache .*|Prefix dict has been built successfully\."
    r"|.*NO_MKDOCS_2_WARNING.*)$\n?",
    re.M,
)


ENGINES = ("mkdocs", "properdocs")
"""Engines that run the wenming plugin: MkDocs 1.x, and ProperDocs, its continuation."""


def mkdocs_command(config_file: Path, fresh: Path, engine: str = "mkdocs") -> list[str]:
    command = [sys.executable, "-m", engine, "build", "--strict", "--clean"]
    return [*command, "-f", str(config_file), "-d", str(fresh)]


def _die_with_parent() -> Callable[[], None] | None:
    """A `preexec_fn` that makes the kernel SIGKILL the child when this process dies (Linux)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None
    parent = os.getpid()

    def arm() -> None:
        prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
        if os.getppid() != parent:  # the parent died before the line above
            os._exit(1)

    return arm


def _run(command: list[str], site: Path | None = None) -> tuple[int, str]:
    """Run `command` in its own process group; whatever interrupts the wait kills the group.

    With `site`, the plugin may reuse that site's unchanged pages (site/reuse.py): it is
    told where the site is, and string hashing is fixed so its digests repeat.
    """
    # Material's banner about MkDocs 2 (the engine adapter is ours to replace).
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    if site is not None:
        env[PREVIOUS_SITE] = str(site)
        env.setdefault("PYTHONHASHSEED", "0")
    child = subprocess.Popen(
        command,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        process_group=0 if os.name == "posix" else None,
        preexec_fn=_die_with_parent(),  # the CLI has a single thread
    )
    try:
        output, _ = child.communicate()
    except BaseException:
        with suppress(ProcessLookupError):
            if os.name == "posix":
                os.killpg(child.pid, signal.SIGKILL)
            else:
                child.kill()
        child.wait()
        raise
    return child.returncode, _NOISE.sub("", output)


def _raise_interrupted(signum: int, frame: FrameType | None) -> None:
    raise Interrupted(signum)


@contextmanager
def signals_interrupt() -> Iterator[None]:
    """While inside, SIGTERM, SIGINT and SIGHUP raise Interrupted (main thread only)."""
    try:
        previous = {s: signal.signal(s, _raise_interrupted) for s in SIGNALS}
    except ValueError:  # not the main thread: leave the signals as they are
        previous = {}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


@contextmanager
def _signals_held() -> Iterator[None]:
    """Defer SIGTERM, SIGINT and SIGHUP until the block has finished."""
    if not hasattr(signal, "pthread_sigmask"):  # Windows: nothing to defer with
        yield
        return
    before = signal.pthread_sigmask(signal.SIG_BLOCK, SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)


def kept(site: Path) -> str:
    """What a failed build leaves at `site`, truthfully."""
    return say("build_kept" if is_ours(site) else "build_none", path=shown(site))


def explain(error: OSError, site: Path) -> str:
    """One sentence for an environment failure while building into `site`."""
    code, reason = error.errno, error.strerror or str(error)
    if code in (errno.EROFS, errno.EACCES, errno.EPERM):
        return say("output_read_only", path=shown(site), reason=reason)
    if code in (errno.ENOSPC, errno.EDQUOT):
        return say("output_disk_full", kept=kept(site))
    if code in (errno.EBUSY, errno.EXDEV):
        return say("output_mount_point", path=shown(site))
    return say("output_os_error", path=shown(site), reason=reason, kept=kept(site))


def build_site(
    config_file: Path,
    site_dir: Path | None,
    tell: Callable[[str], None] = print,
    engine: str = "mkdocs",
) -> BuildResult:
    """Build with `config_file` into `site_dir` (default: mkdocs.yml's `site_dir`), atomically.

    Raises OutputError for a refused folder or an environment failure, Interrupted for a
    signal; `tell` shows progress lines (waiting for another build, a restored site).
    """
    if importlib.util.find_spec(engine) is None:
        raise OutputError(say("engine_missing", engine=engine))
    site = output_folder(config_file, site_dir)
    check_output(config_file, site)
    try:
        site.parent.mkdir(parents=True, exist_ok=True)
        with signals_interrupt(), locked(site, LOCK_WAIT_S, tell):
            restored = recover(site)
            if restored:
                tell(restored)
            check_output(config_file, site)  # again: another build may have run meanwhile
            return _build_locked(config_file, site, engine)
    except OSError as error:
        raise OutputError(explain(error, site)) from None
    except Interrupted as stop:
        stop.explain(site)
        raise


def _build_locked(config_file: Path, site: Path, engine: str) -> BuildResult:
    fresh = fresh_folder(site)
    try:
        code, output = _run(mkdocs_command(config_file, fresh, engine), site)
        if code != 0:
            found = _CHILD_ERRNO.search(output)
            if found:
                number = int(found.group(1))
                raise OSError(number, os.strerror(number))
            return BuildResult(False, output, say("build_failed", kept=kept(site)))
        if not is_ours(fresh) or not (fresh / "index.html").is_file():
            # The engine exited 0 without running our plugin (an engine that ignores MkDocs
            # plugins "builds" an empty site): never publish a site without its pages.
            return BuildResult(False, output, say("build_without_plugin", kept=kept(site)))
        finish(fresh)
        published = False
        try:
            with _signals_held():
                publish(fresh, site)
                published = True
        except Interrupted as stop:
            stop.published = published
            raise
        return BuildResult(True, output, say("build_done", path=shown(site)))
    finally:
        with _signals_held():
            remove(fresh)
