"""Putting a finished build in place: the lock, the temporary folders and the atomic swap.

Everything lives beside the output folder `site`, named after it and git-ignored:
`.site.wenming-new-*` (a build in progress; it holds a `.gitignore` of `*` from the moment
it exists), `.site.wenming-old` (the previous site, only between two renames) and
`.site.wenming-lock` (held with `flock` while a build runs, removed when it ends; `msvcrt` on Windows).

On Linux the new site and the old one trade places in one `renameat2(RENAME_EXCHANGE)`,
so the output path always holds a complete site. Where the kernel, file system or OS
cannot exchange, two renames are used, and the next build first puts a complete leftover
old site (it carries the marker) back if the output path is missing.
"""

from __future__ import annotations

import ctypes
import errno
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from ..report.messages import say
from .outputdir import OutputError, shown
from .sitemarker import is_ours, write_marker

NEW = "wenming-new-"
OLD = "wenming-old"
LOCK = "wenming-lock"
RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def beside(site: Path, suffix: str) -> Path:
    return site.parent / f".{site.name}.{suffix}"


@contextmanager
def locked(site: Path, wait_s: float, say_waiting: Callable[[str], None]) -> Iterator[None]:
    """Hold the lock of `site` (waiting up to `wait_s` seconds for another build); remove it after."""
    path = beside(site, LOCK)
    told = False
    deadline = time.monotonic() + wait_s
    while True:
        handle = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        if not _try_lock(handle):
            os.close(handle)
            if time.monotonic() >= deadline:
                raise OutputError(
                    say("build_lock_timeout", path=shown(site), seconds=round(wait_s))
                ) from None
            if not told:
                say_waiting(say("build_waiting", path=shown(site)))
                told = True
            time.sleep(0.2)
            continue
        try:  # the holder before us may have removed the file we opened: lock the one named
            same = os.stat(path).st_ino == os.fstat(handle).st_ino
        except FileNotFoundError:
            same = False
        if same:
            break
        os.close(handle)
    try:
        yield
    finally:
        if sys.platform == "win32":  # an open file cannot be removed there
            os.close(handle)
        with suppress(OSError):
            path.unlink()  # while still held (POSIX): a waiter then retries on a new file
        if sys.platform != "win32":
            os.close(handle)


def _try_lock(handle: int) -> bool:
    """Take the exclusive lock of the open file `handle` if nobody holds it."""
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(handle, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def fresh_folder(site: Path) -> Path:
    """A new private temporary folder beside `site`, git-ignored from its first instant."""
    fresh = Path(tempfile.mkdtemp(prefix=f".{site.name}.{NEW}", dir=site.parent))
    (fresh / ".gitignore").write_text("*\n", encoding="utf-8")
    return fresh


def finish(fresh: Path) -> None:
    """Make a built folder publishable: readable by a web server, marked, not git-ignored."""
    (fresh / ".gitignore").unlink(missing_ok=True)
    write_marker(fresh)
    fresh.chmod(0o755)  # mkdtemp makes it private


def remove(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)


def recover(site: Path) -> str | None:
    """Before a build: restore an interrupted swap and remove what dead builds left.

    Call with the lock held. Returns the sentence to show when the old site was put back.
    """
    old = beside(site, OLD)
    restored = None
    if not site.exists() and is_ours(old):
        os.rename(old, site)
        restored = say("build_restored", path=shown(site))
    remove(old)
    for leftover in site.parent.glob(f".{site.name}.{NEW}*"):
        remove(leftover)
    return restored


def _exchange(a: Path, b: Path) -> bool:
    """Swap `a` and `b` atomically; False when this system cannot."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False  # glibc before 2.28, or another libc
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p]
    renameat2.argtypes += [ctypes.c_uint]
    renameat2.restype = ctypes.c_int
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP):
        return False
    raise OSError(code, os.strerror(code), str(b))


def publish(fresh: Path, site: Path) -> None:
    """Put `fresh` at `site`; the previous site is removed. At no instant is `site` partial."""
    if not site.exists():
        os.rename(fresh, site)
        return
    if _exchange(fresh, site):
        remove(fresh)  # now the previous site
        return
    old = beside(site, OLD)
    os.rename(site, old)
    try:
        os.rename(fresh, site)
    except OSError as error:
        try:
            os.rename(old, site)
        except OSError:
            raise OutputError(
                say("build_half_swapped", reason=error.strerror, path=shown(site), old=old)
            ) from None
        raise
    remove(old)
