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

import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path, PurePosixPath
from typing import Any

from . import messages
from .catalog import Catalog
from .crosscheck import crosscheck, record_key, scan_privacy
from .edition import check_editions, check_frozen
from .load import Loaded, load_file
from .models import RECORD_TYPES, Edition, Publisher, Record, RegionFile, Vocabularies
from .problems import ContentError, Problem, Tally
from .quarter import QUARTER
from .validate import validate

SINGLES: dict[str, type[Record]] = {
    "publisher.yml": Publisher,
    "regions.yml": RegionFile,
    "vocabularies.yml": Vocabularies,
}
FOLDERS: dict[str, str] = {
    "sites": "site",
    "teams": "team",
    "services": "service",
    "activities": "activity",
    "honors": "honor",
    "bulletins": "bulletin",
    "editions": "edition",
}
MODELS: dict[str, type[Record]] = {**RECORD_TYPES, "edition": Edition}
QUARTERED = {"activities", "honors"}
_IGNORED_SUFFIXES = {".md", ".txt"}


@dataclass(frozen=True)
class Entry:
    """A validated record with the file it came from and, if any, the quarter of its folder."""

    kind: str
    record: Any
    loaded: Loaded
    folder: str | None


def read_content(root: Path, shown_root: str | None = None, as_of: date | None = None) -> Catalog:
    """The checked catalog of `root`, or ContentError carrying every problem found.

    `as_of` (a day in Shanghai) embargoes records dated after it; None publishes all.
    """
    catalog, problems = check_content(root, shown_root, as_of)
    if problems or catalog is None:
        raise ContentError(problems)
    return catalog


def check_content(
    root: Path, shown_root: str | None = None, as_of: date | None = None
) -> tuple[Catalog | None, list[Problem]]:
    """Every problem of the tree at `root`; the catalog too when there are none."""
    prefix = PurePosixPath(shown_root if shown_root is not None else root.as_posix())
    problems: list[Problem] = []
    files: list[Loaded] = []
    singles: dict[str, Entry] = {}
    entries: list[Entry] = []
    editions: list[Entry] = []
    file_ids: dict[str, set[str]] = {kind: set() for kind in FOLDERS.values()}
    tally = Tally()  # bounds the work and the report for a file with thousands of mistakes
    for path, rel, where in _walk(root, problems, prefix):
        if where not in SINGLES:
            file_ids[FOLDERS[where.split("/")[0]]].add(PurePosixPath(rel).stem)
        loaded = load_file(path, (prefix / rel).as_posix())
        problems += tally.keep(loaded.problems)
        tally.add(loaded.path, loaded.more)
        if loaded.data is None:
            continue
        files.append(loaded)
        single = where in SINGLES
        kind = where if single else FOLDERS[where.split("/")[0]]
        record, found = validate(loaded, SINGLES[where] if single else MODELS[kind], tally)
        problems += found
        if record is None:
            continue
        entry = Entry(kind, record, loaded, where.split("/")[1] if "/" in where else None)
        if single:
            singles[where] = entry
        elif kind == "edition":
            editions.append(entry)
        else:
            entries.append(entry)
    for name in SINGLES:
        if name not in singles and not (root / name).exists():
            shown = (prefix / name).as_posix()
            problems.append(
                Problem(shown, 1, 1, "", messages.say("missing_file", name=name), "missing_file")
            )
    problems += scan_privacy(files, tally)
    if "vocabularies.yml" in singles and "regions.yml" in singles:
        vocab, regions = singles["vocabularies.yml"].record, singles["regions.yml"]
        problems += crosscheck(entries, vocab, regions, file_ids, tally)
    problems += check_editions(editions) + check_frozen(entries, editions)
    problems += tally.omitted()
    if problems or set(singles) != set(SINGLES):
        return None, sorted(set(problems))
    return _catalog(entries, singles, editions, as_of), []


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
    parts = PurePosixPath(shown).parts
    for i, part in enumerate(parts):
        if part in FOLDERS and i + 1 < len(parts):
            return "/".join(parts[i:])
    return shown


def _walk(
    root: Path, problems: list[Problem], prefix: PurePosixPath
) -> list[tuple[Path, str, str]]:
    """(path, relative path, where) for each record file, in a stable order.

    `where` is a single file's name, a folder name, or `folder/quarter`. Misplaced
    files and case- or normalisation-colliding names are reported, not skipped silently.
    """
    found: list[tuple[Path, str, str]] = []
    seen: dict[str, str] = {}
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        if path.is_dir() or any(part.startswith(".") for part in rel.split("/")):
            continue
        if path.suffix in _IGNORED_SUFFIXES:
            continue
        shown = (prefix / rel).as_posix()
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


def _place(rel: str, shown: str, problems: list[Problem]) -> str | None:
    parts = rel.split("/")

    def report(kind: str, **args: Any) -> None:
        problems.append(Problem(shown, 1, 1, "", messages.say(kind, **args), kind))

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
