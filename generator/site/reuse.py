"""What one `wenming build` leaves for the next: each page's inputs and output, and memos.

A one-record change touches a few pages of hundreds. `wenming build` keeps, in a signed
file under `.wenming-cache/` (check/signedfile.py), a `BuildState`: the `key` of
everything every page depends on besides its own model (the generator's source, the
installed packages, mkdocs.yml, the theme folder, the publisher; see plugin.py), and for
each page the digest of what it was rendered from (its model, the correction channel and
its edit link), the digest of the file the engine wrote and the search entries made of
it; beside them `memo`, output pieces of the site's other files by the digest of their
inputs (a calendar's events, files/calendars.py).

The next build with the same key renders only pages whose digest differs; the others
are copied from the previous site, and only where that file still has the recorded
digest. Digests are SHA-256 of a pickle of the inputs: equal pickles are equal models,
so a page is never reused for other inputs. A pickle repeats only while string hashing
is fixed (sets are pickled in their iteration order): `wenming build` gives the engine a
fixed PYTHONHASHSEED, and without one no state is kept or read (`stable_hashing`).
"""

from __future__ import annotations

import hashlib
import io
import os
import pickle
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel

from ..check.signedfile import read_signed, write_signed

T = TypeVar("T")
PREVIOUS_SITE = "WENMING_PREVIOUS_SITE"
"""Set by `wenming build` for the engine: the site being replaced, whose pages may be reused."""
STATE_FORMAT = 1
# A county's state is ≈ 15 MB (search entries and calendar events); a city's ten times.
MAX_STATE_BYTES = 1024 * 1024 * 1024


@dataclass(frozen=True)
class PageRecord:
    """One page of the previous build."""

    model: str
    """`digest` of what its text was rendered from."""
    dest: str
    """Its file under the site root, as the engine wrote it: `sites/x/index.html`."""
    output: str
    """SHA-256 of that file's bytes."""
    entries: tuple[dict[str, Any], ...]
    """What Material's search indexed of it, before the index was cut into words."""


@dataclass
class BuildState:
    key: str
    pages: dict[str, PageRecord] = field(default_factory=dict)
    """Source path (`sites/x/index.md`) → its record."""
    memo: dict[str, Any] = field(default_factory=dict)
    """Digest of inputs → a piece of output (an iCalendar event's lines, a name's pinyin),
    or a named memo (the downloads', the segmenter's pages)."""
    format: int = STATE_FORMAT


def digest(*parts: object) -> str:
    """SHA-256 of the pickled `parts`: the same inputs give the same digest (see above)."""
    return _digest(parts)


def _digest(value: object) -> str:
    out = io.BytesIO()
    pickler = _Canonical(out, protocol=pickle.HIGHEST_PROTOCOL)
    # No memo: an object met twice is written twice, so equal values pickle the same
    # whichever objects they share (a record from the content cache shares fewer).
    pickler.fast = True
    pickler.dump(value)
    return hashlib.sha256(out.getbuffer()).hexdigest()


_MODELS: dict[int, tuple[object, str]] = {}
"""id of a record → (the record, its digest): each is pickled once however many pages hold it."""


class _Canonical(pickle.Pickler):
    """A pickler that writes a pydantic model as its digest, made once per model.

    The model's digest covers its type, its fields and its set of fields given, that set
    in sorted order: a record read from the content cache is unpickled, and the set
    rebuilt in the order the writer iterated it, which can iterate differently from the
    same set made by validation. Records are not changed once checked.
    """

    def reducer_override(self, obj: Any) -> Any:
        if isinstance(obj, BaseModel):
            found = _MODELS.get(id(obj))
            if found is None or found[0] is not obj:
                fields = tuple(sorted(obj.model_fields_set))
                state = (obj.__dict__, fields, obj.__pydantic_extra__, obj.__pydantic_private__)
                found = obj, _digest((type(obj), state))
                _MODELS[id(obj)] = found
            return _model, (type(obj), found[1])
        return NotImplemented


def _model(kind: type, state: object) -> None:
    """What `_Canonical` names as a model's maker: digests are written, never read back."""
    raise NotImplementedError


def file_digest(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def stable_hashing() -> bool:
    """Whether this process hashes strings the same way every run (PYTHONHASHSEED set)."""
    return os.environ.get("PYTHONHASHSEED", "").isdigit()


def tree_digest(folder: Path | None) -> str:
    """Every file's relative path and bytes under `folder` (links not followed)."""
    sha = hashlib.sha256()
    if folder is None or not folder.is_dir():
        return sha.hexdigest()
    for top, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")  # Python's, not ours
        for name in sorted(names):
            path = Path(top) / name
            sha.update(os.fsencode(path.relative_to(folder)) + b"\0")
            try:
                sha.update(path.read_bytes() if not path.is_symlink() else b"link")
            except OSError:
                sha.update(b"unreadable")
            sha.update(b"\0")
    return sha.hexdigest()


def package_fingerprint() -> str:
    """The generator's own files (their bytes), Python's version and every installed
    distribution's name and version: a changed program or dependency rebuilds everything."""
    parts = [sys.version, tree_digest(Path(__file__).parent.parent)]
    for entry in sys.path:
        try:
            found = sorted(
                n for n in os.listdir(entry or ".") if n.endswith((".dist-info", ".egg-info"))
            )
        except OSError:
            continue
        parts.append(f"{entry}:{','.join(found)}")
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def state_file(cache_folder: Path, site: Path) -> Path:
    """The state of the builds into `site`, one file per output folder."""
    name = hashlib.sha256(os.fsencode(site.resolve())).hexdigest()[:16]
    return cache_folder / f"build-{name}.pickle"


def load_state(file: Path, key: str) -> BuildState | None:
    """The state in `file` if this machine wrote it for the same `key`, else None."""
    state = read_signed(file, MAX_STATE_BYTES)
    if not isinstance(state, BuildState) or state.format != STATE_FORMAT or state.key != key:
        return None
    return state


def save_state(file: Path, state: BuildState) -> bool:
    return write_signed(file, state)


def reusable(state: BuildState, site: Path) -> dict[str, str]:
    """Source path → model digest of every recorded page whose file in `site` is
    still byte for byte what the build wrote."""
    return {
        uri: page.model
        for uri, page in state.pages.items()
        if file_digest(site / page.dest) == page.output
    }


class Pieces:
    """Output pieces by the digest of their inputs: those of the previous build to draw
    on, and those this build used (what the next build gets)."""

    def __init__(self, previous: dict[str, Any] | None = None) -> None:
        self.previous = previous or {}
        self.now: dict[str, Any] = {}

    def recall(self, key: str) -> Any:
        """The previous build's piece under `key`, or None."""
        return self.previous.get(key)

    def keep(self, key: str, value: object) -> None:
        self.now[key] = value

    def get(self, key: str, make: Callable[[], T]) -> T:
        found = self.now.get(key)
        if found is None:
            found = self.previous.get(key)
            if found is None:
                found = make()
            self.now[key] = found
        return found
