"""The marker a build leaves in its output folder: that a build wrote it, and what.

`wenming build` replaces its output folder as a whole, so it must never be a folder
holding anything else. Every build (the plugin at the end of MkDocs' build, and
`wenming build` once the folder is complete) writes `.wenming-site`, a short note for
people followed by the relative path of every file the build wrote. The next build
replaces the folder only if it holds nothing more: a `CNAME`, an upload or a `.git`
someone added is refused by name instead of deleted.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..report.messages import say

MARKER = ".wenming-site"
MARKER_TEXT = say("site_marker")
_LIST_HEAD = say("site_marker_list")


def _files(folder: Path) -> list[str]:
    """Every file under `folder`, relative, with slashes; links are listed, never followed."""
    found = []
    for top, dirs, names in os.walk(folder):
        dirs.sort()
        rel = os.path.relpath(top, folder)
        for name in sorted(names) + [d for d in dirs if os.path.islink(os.path.join(top, d))]:
            path = name if rel == "." else f"{rel}/{name}".replace(os.sep, "/")
            found.append(path)
    return sorted(p for p in found if p != MARKER)


def write_marker(folder: Path) -> None:
    """Mark `folder` as a complete build, listing every file in it now."""
    listing = "".join(f"{path}\n" for path in _files(folder))
    (folder / MARKER).write_text(MARKER_TEXT + _LIST_HEAD + listing, encoding="utf-8")


def is_ours(folder: Path) -> bool:
    """Whether `folder` is a complete site a build wrote (it carries the marker)."""
    return folder.is_dir() and not folder.is_symlink() and (folder / MARKER).is_file()


def foreign_files(folder: Path) -> list[str]:
    """The files in `folder` that no build wrote: all of them when there is no marker."""
    try:
        text = (folder / MARKER).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return _files(folder)
    written = set(text.partition(_LIST_HEAD)[2].splitlines())
    return [path for path in _files(folder) if path not in written]
