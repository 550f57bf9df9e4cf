"""Content: find every file of a content tree, load and validate each, cross-check, catalog.

This is the one entry point the CLI and the MkDocs plugin call. It never stops at
the first mistake: every file is read, and all problems come back together.

    content/
      publisher.yml  regions.yml  vocabularies.yml
      sites/<id>.yml  teams/<id>.yml  services/<id>.yml
      activities/<2026-Q3>/<id>.yml  honors/<2026-Q3>/<id>.yml
      bulletins/<2026-Q3>.yml
"""

from __future__ import annotations

import os
import re
import stat
import unicodedata
from collections.abc import Iterator
from datetime import date
from pathlib import Path, PurePosixPath
from typing import Any

from ..read.load import Loaded, load_file
from ..read.safefs import is_link, reason, refusal
from ..records.base import Record
from ..records.kinds import FOLDERS, MODELS, QUARTERED, SINGLES
from ..records.quarter import QUARTER
from ..report import messages
from ..report.problems import ContentError, Problem, Tally, errors
from .catalog import Catalog
from .contentcache import ContentCache, FileResult
from .crosscheck import crosscheck, file_stem, record_key
from .entry import Entry
from .frozen import check_editions, check_frozen
from .privacyscan import scan_privacy
from .timeline import check_timeline
from .validate import validate_record

_IGNORED_SUFFIXES = {".md", ".txt"}


def read_content(
    root: Path,
    shown_root: str | None = None,
    as_of: date | None = None,
    cache: ContentCache | None = None,
) -> Catalog:
    """The checked catalog of `root`, or ContentError carrying every problem found.

    `as_of` (a day in Shanghai) embargoes records dated after it and is the "today" of
    the date checks (`timeline.py`); None publishes all and checks no date against today.
    `cache` reuses the load and validation of files unchanged since it last saw them.
    """
    catalog, problems = check_content(root, shown_root, as_of, cache)
    if catalog is None:
        raise ContentError(problems)
    return catalog


def check_content(
    root: Path,
    shown_root: str | None = None,
    as_of: date | None = None,
    cache: ContentCache | None = None,
) -> tuple[Catalog | None, list[Problem]]:
    """Every problem of the tree at `root` (errors and warnings); the catalog when no error."""
    prefix = PurePosixPath(shown_root if shown_root is not None else root.as_posix())
    problems: list[Problem] = []
    files: list[Loaded] = []
    singles: dict[str, Entry] = {}
    entries: list[Entry] = []
    editions: list[Entry] = []
    file_ids: dict[str, set[str]] = {kind: set() for kind in FOLDERS.values()}
    tally = Tally()  # bounds the work and the report for a file with thousands of mistakes
    head = prefix.as_posix()
    walked = _walk(root, problems, prefix)
    for path, rel, where in walked:
        single = where in SINGLES
        kind = where if single else FOLDERS[where.split("/")[0]]
        if not single:
            file_ids[kind].add(file_stem(rel))
        model = SINGLES[where] if single else MODELS[kind]
        result = _checked(path, rel, _joined(head, rel), model, cache)
        problems += result.problems
        tally.add(result.loaded.path, result.count)
        if result.loaded.data is None:
            continue
        files.append(result.loaded)
        folder = where.split("/")[1] if "/" in where else None
        if result.record is not None:
            entry = Entry(kind, result.record, result.loaded, folder)
        elif result.partial is not None and not single and kind != "edition":
            partial = result.partial
            entry = Entry(kind, partial.record, result.loaded, folder, partial.invalid)
        else:
            continue
        if single:
            singles[where] = entry
        elif kind == "edition":
            editions.append(entry)
        else:
            entries.append(entry)
    if cache is not None:
        cache.keep_only({rel for _, rel, _ in walked})
        cache.save()
    # A missing or refused content folder is one problem (from the walk), not four.
    whole = root.is_dir() and not is_link(os.fspath(root))
    for name in SINGLES:
        if whole and name not in singles and not os.path.lexists(root / name):
            shown = (prefix / name).as_posix()
            problems.append(
                Problem(shown, 1, 1, "", messages.say("missing_file", name=name), "missing_file")
            )
    problems += scan_privacy(files, tally)
    if "vocabularies.yml" in singles and "regions.yml" in singles:
        vocab, regions = singles["vocabularies.yml"].record, singles["regions.yml"]
        problems += crosscheck(entries, vocab, regions, file_ids, tally)
    problems += check_editions(editions) + check_frozen(entries, editions)
    problems += check_timeline(entries, as_of)
    problems += tally.omitted()
    if errors(problems) or set(singles) != set(SINGLES):
        return None, sorted(set(problems))
    return _catalog(entries, singles, editions, as_of), sorted(set(problems))


def _checked(
    path: str, rel: str, shown: str, model: type[Record], cache: ContentCache | None
) -> FileResult:
    """One file loaded and validated, or its outcome from `cache` if the file is unchanged.

    The file has its own tally: an allowance is per file, so counting it apart and
    adding the count to the run's tally gives the same report as counting in place.
    """
    stamp = cache.stamp(path, shown, model.__name__) if cache is not None else None
    if cache is not None:
        stored = cache.get(rel, stamp)
        if stored is not None:
            return stored
    tally = Tally()
    loaded = load_file(path, shown)
    found = tally.keep(loaded.problems)
    tally.add(shown, loaded.more)
    record = partial = None
    if loaded.data is not None:
        record, partial, invalid = validate_record(loaded, model, tally)
        found += invalid
    result = FileResult(loaded, record, tuple(found), tally.counts[shown], partial)
    if cache is not None:
        cache.put(rel, stamp, result)
    return result


def _catalog(
    entries: list[Entry], singles: dict[str, Entry], editions: list[Entry], as_of: date | None
) -> Catalog:
    by_kind: dict[str, dict[str, Any]] = {kind: {} for kind in FOLDERS.values()}
    sources: dict[tuple[str, str], str] = {}
    for entry in entries:
        key = record_key(entry)
        by_kind[entry.kind][key] = entry.record
        sources[(entry.kind, key)] = _inside(entry.loaded.path)
    regions = singles["regions.yml"].record.regions
    return Catalog(
        publisher=singles["publisher.yml"].record,
        vocab=singles["vocabularies.yml"].record,
        regions={r.code: r for r in sorted(regions, key=lambda r: r.code)},
        sites=dict(sorted(by_kind["site"].items())),
        teams=dict(sorted(by_kind["team"].items())),
        services=dict(sorted(by_kind["service"].items())),
        activities=dict(sorted(by_kind["activity"].items())),
        honors=dict(sorted(by_kind["honor"].items())),
        bulletins=dict(sorted(by_kind["bulletin"].items())),
        sources=dict(sorted(sources.items())),
        editions={
            e.record.quarter: e.record for e in sorted(editions, key=lambda e: e.record.quarter)
        },
        as_of=as_of,
    )


def _inside(shown: str) -> str:
    """`content/sites/x.yml` → `sites/x.yml`: the path inside the content folder."""
    parts = shown.split("/")  # not PurePosixPath: thousands of files; only the tail is kept
    for i, part in enumerate(parts):
        if part in FOLDERS and i + 1 < len(parts):
            return "/".join(parts[i:])
    return shown


def _walk(root: Path, problems: list[Problem], prefix: PurePosixPath) -> list[tuple[str, str, str]]:
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
        shown = _joined(head, rel) if rel else head
        if refused:
            problems.append(Problem(shown, 1, 1, "", messages.say(refused, **args), refused))
            continue
        name = rel.rpartition("/")[2]
        if _suffix(name) in _IGNORED_SUFFIXES and not _RECORD_TXT.search(name):
            continue
        key = unicodedata.normalize("NFKC", rel).casefold()
        if key in seen:
            other = seen[key]
            problems.append(
                Problem(
                    shown, 1, 1, "", messages.say("name_collision", other=other), "name_collision"
                )
            )
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


def _joined(head: str, rel: str) -> str:
    """`(PurePosixPath(head) / rel).as_posix()` for a relative `rel` with single slashes."""
    if head == ".":
        return rel
    return head + rel if head.endswith("/") else f"{head}/{rel}"


# A record saved by Notepad with "hidden extensions": read as the slip it is, not ignored.
_RECORD_TXT = re.compile(r"\.ya?ml\s*\.txt\s*$", re.IGNORECASE)
_BACKUP = re.compile(r"(\.ya?ml)(?:~|\.(?:bak|orig|old|tmp|backup))+$", re.IGNORECASE)
_RECORD_NAME = re.compile(r"^(.+)\.ya?ml$", re.IGNORECASE)


def _name_slip(name: str, in_record_folder: bool) -> tuple[str, str] | None:
    """(message kind, the name to rename to) for a record file whose name has a slip.

    Such a file is never read: under its name it is not a record, and reading it
    would report its id against the wrong name. Upper-case letters before a right
    `.yml` are left to the id check, which names the id to use.
    """
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
        problems.append(Problem(shown, 1, 1, "", messages.say(kind, **args), kind))

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
    if folder not in FOLDERS or len(parts) != depth or not parts[-1].endswith(".yml"):
        report("stray_file", folders="、".join([*SINGLES, *(f + "/" for f in FOLDERS)]))
        return None
    if folder in QUARTERED:
        if not QUARTER.match(parts[1]):
            report("folder_not_quarter", value=parts[1])
            return None
        return f"{folder}/{parts[1]}"
    return folder
