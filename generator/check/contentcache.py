"""Content cache: each file's load + validate outcome, reused while the file is unchanged.

`mkdocs serve` re-reads the whole tree after every save, and an editor re-runs
`wenming check` after every fix; both change one file at a time. A file's outcome is
kept under its relative path with the stamp it had when read — size, mtime, ctime and
inode, the name it is reported under, the model it is checked against, and the
generator's own fingerprint — and reused only while every part of the stamp is the
same. Cross-checks always run over everything: they are cheap, and they span files.

`wenming check` keeps it on disk under `.wenming-cache/` of the working folder and
`mkdocs build` beside `mkdocs.yml` — the same folder when both run from the repository
root, so a build right after a check reads nothing again. The file is a pickle of our
own objects behind an HMAC tag made with a key kept outside the repository
(`signing_key`): a file this machine did not write is never unpickled. Any error
reading it means starting empty, and so does a cache file that is a link, a FIFO or
anything but a plain file, or larger than this cache could have written (it is never
read, see `MAX_CACHE_BYTES`); a linked `.wenming-cache` folder is never written into.
`mkdocs serve` starts from that
file and then keeps the cache in memory for the session: writing the whole file after
every save would cost more than it saves.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import pickle
import secrets
import stat
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pydantic
import yaml

from .. import __version__
from ..read.load import Loaded
from ..read.safefs import Refusal, is_link, read_regular
from ..report.problems import Problem
from .gcpause import collector_paused
from .validate import Partial

CACHE_FOLDER = ".wenming-cache"
Stamp = tuple[Any, ...]


@dataclass(frozen=True)
class FileResult:
    """One file's load and validation: what `check_content` needs from it."""

    loaded: Loaded
    record: Any  # the validated record; None when the file has problems of its own
    problems: tuple[Problem, ...]  # those explained within the file's allowance
    count: int  # every problem counted against the allowance, explained or not
    partial: Partial | None = None  # what could be typed of a record with mistakes


_TAG = 32  # bytes of HMAC-SHA256 before the pickle
# The largest cache file read. A county (6,800 files, 3.4 MB of YAML) writes 8.6 MB, about
# 1.3 KB a file; a city of ten counties about 90 MB. 512 MiB is over five times a city,
# and still a read this machine survives: a bigger file was not written by this cache,
# and reading it whole to check its tag is what a planted file would want. Past the cap
# the cache is only not used (every file is read again), never an error.
MAX_CACHE_BYTES = 512 * 1024 * 1024


def signing_key() -> bytes | None:
    """This machine's key for the cache files, made on first use; None if it cannot be kept.

    Unpickling runs whatever the file says. A pull request could commit a file into
    `.wenming-cache/`, and CI would then run it while checking: so a cache file is read
    only if it carries a tag made with a key that lives outside the repository, in the
    user's cache folder. A fresh CI machine has a fresh key and trusts no file it did
    not write itself.
    """
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    path = Path(base) / "wenming" / "cache-key"
    try:
        key = path.read_bytes()
        if len(key) == 32:
            return key
    except OSError:
        pass
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        key = secrets.token_bytes(32)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(key)
        return key
    except OSError:
        return None


class _Signing:
    """A file for `pickle.dump` that also feeds every byte to an HMAC."""

    def __init__(self, out: Any, key: bytes) -> None:
        self.out = out
        self.mac = hmac.new(key, digestmod="sha256")

    def write(self, data: bytes) -> int:
        self.mac.update(data)
        return int(self.out.write(data))


def _fingerprint() -> str:
    """The versions and the size and mtime of every module: a changed generator starts afresh."""
    package = Path(__file__).parent.parent
    parts = [__version__, sys.version, pydantic.VERSION, yaml.__version__]
    for module in sorted(package.rglob("*.py")):
        status = module.stat()
        name = module.relative_to(package).as_posix()
        parts.append(f"{name}:{status.st_size}:{status.st_mtime_ns}")
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


class ContentCache:
    """File outcomes by relative path; kept in memory, and in `file` when one is given."""

    def __init__(self, file: Path | None = None, *, write: bool = True) -> None:
        self.file = file
        self.write = write  # False: `file` is read at the start, never written
        self.key = signing_key() if file is not None else None  # read once, for both ways
        self.fingerprint = _fingerprint()
        self._entries: dict[str, tuple[Stamp, FileResult]] = {}
        self._changed = False
        if file is not None:
            self._entries = self._read(file)

    @classmethod
    def for_content(
        cls, root: Path, cwd: Path | None = None, *, write: bool = True
    ) -> ContentCache:
        """The on-disk cache of the content folder `root`, under `.wenming-cache/` of `cwd`."""
        key = hashlib.sha256(os.fsencode(root.resolve())).hexdigest()[:16]
        return cls((cwd or Path.cwd()) / CACHE_FOLDER / f"check-{key}.pickle", write=write)

    def stamp(self, path: str, shown: str, model: str) -> Stamp | None:
        """What must stay the same for a stored outcome to stand; None if `path` is unreadable."""
        try:
            status = os.stat(path, follow_symlinks=False)  # a link is refused, never followed
        except OSError:
            return None
        if not stat.S_ISREG(status.st_mode):
            return None
        return (
            status.st_size,
            status.st_mtime_ns,
            status.st_ctime_ns,
            status.st_ino,
            shown,
            model,
            self.fingerprint,
        )

    def get(self, rel: str, stamp: Stamp | None) -> FileResult | None:
        """The stored outcome of `rel`, if it was stored with this very stamp."""
        if stamp is None:
            return None
        found = self._entries.get(rel)
        return found[1] if found is not None and found[0] == stamp else None

    def put(self, rel: str, stamp: Stamp | None, result: FileResult) -> None:
        if stamp is None:
            self._entries.pop(rel, None)
            return
        self._entries[rel] = (stamp, result)
        self._changed = True

    def keep_only(self, rels: set[str]) -> None:
        """Forget files that are gone, so a long `serve` session does not grow."""
        for rel in set(self._entries) - rels:
            del self._entries[rel]
            self._changed = True

    def save(self) -> None:
        """Write the cache to its file (atomically), if it has one and anything changed.

        A cache that cannot be written is only a slower next run, never an error.
        """
        if self.file is None or not self.write or not self._changed:
            return
        folder = self.file.parent
        try:
            # A pull request can commit `.wenming-cache` as a link to anywhere: never
            # write through it. The file itself is replaced by a rename, which replaces
            # a link rather than writing where it points.
            if is_link(folder):
                return
            folder.mkdir(parents=True, exist_ok=True)
            if not stat.S_ISDIR(os.lstat(folder).st_mode):
                return
            _write_new(folder / ".gitignore", b"*\n")
            key = self.key
            if key is None:
                return
            payload = {"fingerprint": self.fingerprint, "entries": self._entries}
            with tempfile.NamedTemporaryFile(dir=folder, delete=False) as out:
                try:
                    out.write(bytes(_TAG))  # the tag goes here once the pickle is written
                    signer = _Signing(out, key)
                    pickle.dump(payload, signer, protocol=pickle.HIGHEST_PROTOCOL)
                    out.seek(0)
                    out.write(signer.mac.digest())
                except BaseException:
                    os.unlink(out.name)  # no half-written file left behind
                    raise
            os.replace(out.name, self.file)
            self._changed = False
        except (OSError, pickle.PicklingError, RecursionError):
            return

    def _read(self, file: Path) -> dict[str, tuple[Stamp, FileResult]]:
        try:
            key = self.key
            data = read_regular(file, MAX_CACHE_BYTES)
            if isinstance(data, Refusal):
                return {}  # a link, a FIFO, a device, or more than we ever write
            tag, pickled = data[:_TAG], memoryview(data)[_TAG:]
            if key is None or not hmac.compare_digest(tag, hmac.digest(key, pickled, "sha256")):
                return {}  # not written by this machine's wenming: never unpickled
            with collector_paused():  # a third of the time otherwise (gcpause.py)
                payload = pickle.loads(pickled)
            entries = payload["entries"]
            if payload["fingerprint"] != self.fingerprint or not isinstance(entries, dict):
                return {}
            return entries
        except Exception:  # a damaged or foreign cache is simply not used
            return {}


def _write_new(path: Path, data: bytes) -> None:
    """Write `path` if nothing is there yet, not even a (dangling) link to write through."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags, 0o644)
    except FileExistsError:
        return
    with os.fdopen(fd, "wb") as out:
        out.write(data)
