"""A pickle on disk that only this machine's wenming may have written (HMAC-tagged).

What a build keeps between runs in `.wenming-cache/` (site/reuse.py) is unpickled on
the next run, and unpickling runs whatever the file says: as with the content cache
(contentcache.py), the file carries an HMAC-SHA256 tag made with the key kept outside
the repository (`signing_key`), and a file without a valid tag, a link, anything but a
plain file or larger than `max_bytes` is never unpickled. Any failure reads as None
(start afresh) or writes nothing (a slower next run), never an error.
"""

from __future__ import annotations

import hmac
import os
import pickle
import stat
import tempfile
from pathlib import Path
from typing import Any

from ..read.safefs import Refusal, is_link, read_regular
from .contentcache import _write_new, signing_key

_TAG = 32


def read_signed(file: Path, max_bytes: int) -> Any | None:
    """The object pickled in `file` by `write_signed` on this machine, else None."""
    try:
        key = signing_key()
        data = read_regular(file, max_bytes)
        if key is None or isinstance(data, Refusal):
            return None
        tag, pickled = data[:_TAG], memoryview(data)[_TAG:]
        if not hmac.compare_digest(tag, hmac.digest(key, pickled, "sha256")):
            return None
        return pickle.loads(pickled)
    except Exception:  # a damaged or foreign file is simply not used
        return None


def write_signed(file: Path, payload: object) -> bool:
    """Pickle `payload` into `file` atomically with its tag; False when it could not."""
    folder = file.parent
    try:
        if is_link(folder):  # never write through a linked `.wenming-cache`
            return False
        folder.mkdir(parents=True, exist_ok=True)
        if not stat.S_ISDIR(os.lstat(folder).st_mode):
            return False
        _write_new(folder / ".gitignore", b"*\n")
        key = signing_key()
        if key is None:
            return False
        pickled = pickle.dumps(payload, protocol=pickle.HIGHEST_PROTOCOL)
        with tempfile.NamedTemporaryFile(dir=folder, delete=False) as out:
            try:
                out.write(hmac.digest(key, pickled, "sha256"))
                out.write(pickled)
            except BaseException:
                os.unlink(out.name)
                raise
        os.replace(out.name, file)
        return True
    except (OSError, pickle.PicklingError, RecursionError):
        return False
