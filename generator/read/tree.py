"""Tree: which files of a content folder are records, and where each one belongs.

    content/
      publisher.yml  regions.yml  vocabularies.yml
      sites/<id>.yml  teams/<id>.yml  services/<id>.yml
      activities/<2026-Q3>/<id>.yml  honors/<2026-Q3>/<id>.yml
      bulletins/<2026-Q3>.yml  editions/<2026-Q3>.yml

The walk lists the folder without following a link or opening anything but plain files
(`safefs.py`), and reports each file it will not read — a link, a FIFO, a folder it
cannot list, two names that differ only in case, a file in the wrong place, a name with
a slip (`x.yml.txt`, `x.yml~`, a space, full-width dots) — instead of passing over it.
"""

from __future__ import annotations

import os
import re
import stat
import unicodedata
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import Any

from ..records.kinds import FOLDERS, QUARTERED, SINGLES
from ..records.quarter import QUARTER
from ..report.messages import say
from ..report.problems import Problem
from .safefs import is_link, reason, refusal

_IGNORED_SUFFIXES = {".md", ".txt"}


def walk(root: Path, problems: list[Problem], prefix: PurePosixPath) -> list[tuple[str, str, str]]:
    """(path, relative path, where) for each record file, in a stable order.

    `where` is a single file's name, a folder name, or `folder/quarter`. Misplaced
    files and case- or normalisation-colliding names are reported, not skipped silently.
    The order is that of `sorted(root.rglob("*"))`: each folder's names sorted, a
    folder's files right after its name. Strings, not Path objects: a county has
    thousands of files, and making and sorting Paths cost more than reading them.
    """
    found: list[tuple[str, str, str]] = []
    seen: dict[str, str] = {}
    head = prefix.as_posix()
    for path, rel, refused, args in _files(os.fspath(root), ""):
        shown = joined(head, rel) if rel else head
        if refused:
            problems.append(Problem.on_file(shown, refused, **args))
            continue
        name = rel.rpartition("/")[2]
        if _suffix(name) in _IGNORED_SUFFIXES and not _RECORD_TXT.search(name):
            continue
        key = unicodedata.normalize("NFKC", rel).casefold()
        if key in seen:
            other = seen[key]
            problems.append(Problem.on_file(shown, "name_collision", other=other))
            continue
        seen[key] = rel
        where = _place(rel, shown, problems)
        if where is not None:
            found.append((path, rel, where))
    return found


def _files(folder: str, rel: str) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
    """(path, relative path, refusal, its blanks) of each entry under `folder`, in `rglob` order.

    The refusal is "" for a plain file to read. Anything else is a message kind: a
    symbolic link (to a file or a folder, inside the tree or out, dangling too), a FIFO,
    a socket or a device is refused by its lstat and never opened or followed; a folder
    that cannot be listed is refused, not passed over (its records would silently be
    missing). Hidden entries (`.gitkeep`, `.DS_Store`, a hidden folder and all inside
    it) are ignored without a look, so a hidden link is never followed either.
    """
    if not rel and is_link(folder):
        # The content folder itself may be a link in a pull request: what it points to
        # is outside the repository, so it is refused like any link inside it.
        yield folder, rel, "symlink", {}
        return
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError as error:
        if not rel and isinstance(error, FileNotFoundError):
            yield folder, rel, "content_missing", {}  # deleted while `serve` watches it
            return
        yield folder, rel, "unlistable", {"reason": reason(error)}
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue  # hidden, and so is everything inside
        inner = f"{rel}/{entry.name}" if rel else entry.name
        try:
            mode = entry.stat(follow_symlinks=False).st_mode
        except OSError as error:
            yield entry.path, inner, "unreadable", {"reason": reason(error)}
            continue
        if stat.S_ISDIR(mode):
            yield from _files(entry.path, inner)
        else:
            yield entry.path, inner, refusal(mode) or "", {}


def _suffix(name: str) -> str:
    """`PurePath(name).suffix`, without making a Path."""
    dot = name.rfind(".")
    return name[dot:] if 0 < dot < len(name) - 1 else ""


def joined(head: str, rel: str) -> str:
    """`(PurePosixPath(head) / rel).as_posix()` for a relative `rel` with single slashes."""
    if head == ".":
        return rel
    return head + rel if head.endswith("/") else f"{head}/{rel}"


# A record saved by Notepad with "hidden extensions": read as the slip it is, not ignored.
_RECORD_TXT = re.compile(r"\.ya?ml\s*\.txt\s*$", re.IGNORECASE)
_BACKUP = re.compile(r"(\.ya?ml)(?:~|\.(?:bak|orig|old|tmp|backup))+$", re.IGNORECASE)
_RECORD_NAME = re.compile(r"^(.+)\.ya?ml$", re.IGNORECASE)
# A name no slip test below can flag: lower-case ASCII, digits and inner hyphens or dots,
# ending in `.yml`. `$` would let a final newline through; `\Z` does not.
_PLAIN_NAME = re.compile(r"[a-z0-9][a-z0-9.-]*\.yml\Z")


def _name_slip(name: str, in_record_folder: bool) -> tuple[str, str] | None:
    """(message kind, the name to rename to) for a record file whose name has a slip.

    Such a file is never read: under its name it is not a record, and reading it
    would report its id against the wrong name. Upper-case letters before a right
    `.yml` are left to the id check, which names the id to use.
    """
    if _PLAIN_NAME.match(name):
        return None  # nearly every file: what every test below would find
    plain = re.sub(r"\s+", "", unicodedata.normalize("NFKC", name))
    if _RECORD_TXT.search(plain):
        kind, plain = "file_name_txt", plain[: -len(".txt")]
    elif _BACKUP.search(plain):
        kind, plain = "file_name_backup", _BACKUP.sub(r"\1", plain)
    elif name != name.rstrip():
        kind = "file_name_space_end"
    elif re.search(r"\s", name):
        kind = "file_name_space"
    elif unicodedata.normalize("NFKC", name) != unicodedata.normalize("NFC", name):
        kind = "file_name_fullwidth"  # ．ｙｍｌ; a decomposed ǚ is name_collision's
    elif _RECORD_NAME.match(name) and not name.endswith((".yml", ".yaml")):
        kind = "file_name_case"
    elif in_record_folder and "." not in name and name.strip():
        return "file_name_no_suffix", name.lower() + ".yml"
    else:
        return None
    record = _RECORD_NAME.match(plain)
    if record is None:
        return None
    stem = record.group(1)
    return kind, (stem.lower() if kind == "file_name_case" else stem) + ".yml"


def _place(rel: str, shown: str, problems: list[Problem]) -> str | None:
    parts = rel.split("/")

    def report(kind: str, **args: Any) -> None:
        problems.append(Problem.on_file(shown, kind, **args))

    depth = 3 if parts[0] in QUARTERED else 2
    slip = _name_slip(parts[-1], parts[0] in FOLDERS and len(parts) == depth)
    if slip is not None:
        report(slip[0], name=parts[-1], fix=slip[1])
        return None
    if parts[-1].endswith(".yaml"):
        report("not_yaml", fix=parts[-1][: -len(".yaml")] + ".yml")
        return None
    if len(parts) == 1 and parts[0] in SINGLES:
        return parts[0]
    folder = parts[0]
    depth = 3 if folder in QUARTERED else 2
    if folder in QUARTERED and len(parts) == 2 and parts[-1].endswith(".yml"):
        # Right folder, one level short: say which level, not the list of every folder.
        report("stray_unquartered", folder=folder, name=parts[-1])
        return None
    if folder not in FOLDERS or len(parts) != depth or not parts[-1].endswith(".yml"):
        report("stray_file", folders="、".join([*SINGLES, *(f + "/" for f in FOLDERS)]))
        return None
    if folder in QUARTERED:
        if not QUARTER.match(parts[1]):
            report("folder_not_quarter", value=parts[1])
            return None
        return f"{folder}/{parts[1]}"
    return folder


def content_above(directory: Path) -> Path | None:
    """The content folder that `directory` is a folder of (content/points, a quarter's), if any."""
    # Records are read from the top: a folder below it lacks the sites and vocabularies.
    above = directory.resolve().parent
    if not (directory / "publisher.yml").exists():
        for folder in (above, above.parent):
            if (folder / "publisher.yml").is_file():
                return Path(os.path.relpath(folder))
    return None


def folder_refusal(directory: Path) -> str | None:
    """Why `wenming check` cannot check `directory` as a content folder, or None."""
    if not directory.is_dir():
        return say("check_no_content", path=directory)
    inside = content_above(directory)
    if inside is not None:
        return say("check_sub_folder", path=directory, content=inside)
    return None
