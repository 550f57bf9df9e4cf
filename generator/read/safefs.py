"""Safe file system: what is in content/ is data from a pull request, never trust.

Git stores symbolic links, so a pull request can add one: a record linked to a file
outside the repository would be read, published and echoed into CI logs, and a linked
folder would be walked wherever it points. A FIFO makes a reader wait forever, a device
reads forever. So the walk looks at each entry with lstat and refuses anything but a
plain file or folder without opening it (`refusal`), and every read opens without
following a link and without blocking, then asks the descriptor what it really is
(`read_regular`): the entry may have been swapped between the walk and the open.

The kinds returned are message kinds of `messages.py`.
"""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass, field

# O_NOFOLLOW: a link as the last part of the path fails with ELOOP instead of being
# followed. O_NONBLOCK: opening a FIFO returns at once instead of waiting for a writer.
# O_NOCTTY: a terminal device never becomes our controlling terminal. Where a flag does
# not exist (Windows), 0 leaves it out and `read_regular` checks with lstat first.
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_FLAGS = (
    os.O_RDONLY
    | _NOFOLLOW
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)
# What open(O_NOFOLLOW) says of a link: ELOOP on Linux and macOS, EMLINK on FreeBSD.
_LINK_ERRORS = {errno.ELOOP, errno.EMLINK}


@dataclass(frozen=True)
class Refusal:
    """Why a path was not read: a message kind and its blanks."""

    kind: str
    args: dict[str, str | int] = field(default_factory=dict)


def refusal(mode: int) -> str | None:
    """The message kind refusing an entry of this lstat mode; None for a file or a folder."""
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    if stat.S_ISLNK(mode):
        return "symlink"
    if stat.S_ISFIFO(mode):
        return "fifo"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "device"  # block and character devices, and whatever else a system has


def reason(error: OSError) -> str:
    """The system's own short wording of an error, for the blank `{reason}`."""
    return error.strerror or type(error).__name__


def is_link(path: str | os.PathLike[str]) -> bool:
    """Whether `path` itself (not what it points to) is a symbolic link."""
    try:
        return stat.S_ISLNK(os.lstat(path).st_mode)
    except OSError:
        return False


def read_regular(path: str | os.PathLike[str], limit: int) -> bytes | Refusal:
    """The bytes of the regular file `path`, or why not; never more than `limit` are read.

    A file whose size is over `limit` is refused as `too_large` (blank `size`, in bytes)
    before anything is read; one that grows past it while being read, as soon as it does.
    """
    if not _NOFOLLOW and is_link(path):
        return Refusal("symlink")
    try:
        fd = os.open(path, _FLAGS)
    except OSError as error:
        if error.errno in _LINK_ERRORS and is_link(path):
            return Refusal("symlink")
        return Refusal("unreadable", {"reason": reason(error)})
    try:
        status = os.fstat(fd)
        kind = refusal(status.st_mode)
        if kind is not None:
            return Refusal(kind)
        if stat.S_ISDIR(status.st_mode):
            return Refusal("unreadable", {"reason": os.strerror(errno.EISDIR)})
        if status.st_size > limit:
            return Refusal("too_large", {"size": status.st_size})
        chunks: list[bytes] = []
        got = 0
        while got <= limit:
            chunk = os.read(fd, limit + 1 - got)
            if not chunk:
                break
            chunks.append(chunk)
            got += len(chunk)
        if got > limit:
            return Refusal("too_large", {"size": max(got, status.st_size)})
        return b"".join(chunks)
    except OSError as error:
        return Refusal("unreadable", {"reason": reason(error)})
    finally:
        os.close(fd)
