"""Content: the run over a content tree — load and validate each file, cross-check, catalog.

This is the one entry point the CLI and the MkDocs plugin call. It never stops at
the first mistake: every record file the walk finds (`read/tree.py`) is read, each is
checked alone (or taken from the cache), then all together, and all problems come back
together with the catalog when none of them is an error.
"""

from __future__ import annotations

import os
import time
from datetime import date
from pathlib import Path, PurePosixPath
from typing import Any

from ..read.load import Loaded, load_file
from ..read.safefs import is_link
from ..read.tree import joined, walk
from ..records.base import Record
from ..records.kinds import FOLDERS, MODELS, SINGLES
from ..report.problems import ContentError, Problem, Tally, errors
from .catalog import Catalog
from .circles import WALK_RADIUS_M, check_declared
from .contentcache import ContentCache, FileResult
from .crosscheck import crosscheck, file_stem, record_key
from .entry import Entry, Findings
from .frozen import check_editions, check_frozen
from .gcpause import collector_paused
from .honours import check_notice_contacts
from .privacyscan import scan_privacy
from .staffing import check_staffing
from .timeline import check_timeline
from .validate import Partial, validate_record


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
    walk_radius: float = WALK_RADIUS_M,
    phases: dict[str, float] | None = None,
) -> tuple[Catalog | None, list[Problem]]:
    """Every problem of the tree at `root` (errors and warnings); the catalog when no error.

    `walk_radius` (metres) is the map's, for the count of 15-minute circles compared with
    the one publisher.yml declares (`circles.check_declared`). `phases`, if given, gets
    the seconds spent in each of `PHASES` added to it (the bench's split of a check).
    """
    spent = dict.fromkeys(PHASES, 0.0)
    with collector_paused():  # a quarter of the time, walking records that stay (gcpause.py)
        found = _check_content(root, shown_root, as_of, cache, walk_radius, spent)
    if phases is not None:
        for name, seconds in spent.items():
            phases[name] = phases.get(name, 0.0) + seconds
    return found


# The walk and the loading of each file (or its stamp, with a cache); each file's
# validation; the checks over all files and the catalog; writing the cache.
PHASES = ("reading", "validation", "cross-checks", "cache")


def _check_content(
    root: Path,
    shown_root: str | None,
    as_of: date | None,
    cache: ContentCache | None,
    walk_radius: float,
    spent: dict[str, float],
) -> tuple[Catalog | None, list[Problem]]:
    started = time.perf_counter()
    prefix = PurePosixPath(shown_root if shown_root is not None else root.as_posix())
    problems: list[Problem] = []
    files: list[Loaded] = []
    singles: dict[str, Entry] = {}
    entries: list[Entry] = []
    editions: list[Entry] = []
    file_ids: dict[str, set[str]] = {kind: set() for kind in FOLDERS.values()}
    tally = Tally()  # bounds the work and the report for a file with thousands of mistakes
    head = prefix.as_posix()
    walked = walk(root, problems, prefix)
    spent["reading"] += time.perf_counter() - started
    for path, rel, where in walked:
        single = where in SINGLES
        kind = where if single else FOLDERS[where.split("/")[0]]
        if not single:
            file_ids[kind].add(file_stem(rel))
        model = SINGLES[where] if single else MODELS[kind]
        result = _checked(path, rel, joined(head, rel), model, cache, spent)
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
            entry = Entry(
                kind, partial.record, result.loaded, folder, partial.invalid, partial.dropped
            )
        elif single and result.partial is not None and _only_unknown(result.partial, model):
            # A misspelt key in vocabularies.yml (or publisher.yml, regions.yml) leaves
            # every field it has typed: the other files are still checked against it.
            entry = Entry(kind, result.partial.record, result.loaded, folder)
        else:
            continue
        if single:
            singles[where] = entry
        elif kind == "edition":
            editions.append(entry)
        else:
            entries.append(entry)
    if cache is not None:
        saving = time.perf_counter()
        cache.keep_only({rel for _, rel, _ in walked})
        cache.save()
        spent["cache"] += time.perf_counter() - saving
    crossing = time.perf_counter()
    catalog, problems = _whole(
        root, prefix, problems, files, singles, entries, editions, file_ids, tally, as_of
    )
    if catalog is not None:
        problems += check_declared(catalog, singles["publisher.yml"], walk_radius)
        problems = sorted(set(problems))
    spent["cross-checks"] += time.perf_counter() - crossing
    return catalog, problems


def _whole(
    root: Path,
    prefix: PurePosixPath,
    problems: list[Problem],
    files: list[Loaded],
    singles: dict[str, Entry],
    entries: list[Entry],
    editions: list[Entry],
    file_ids: dict[str, set[str]],
    tally: Tally,
    as_of: date | None,
) -> tuple[Catalog | None, list[Problem]]:
    """The checks over all files together, and the catalog when none found an error."""
    # A missing or refused content folder is one problem (from the walk), not four.
    whole = root.is_dir() and not is_link(os.fspath(root))
    for name in SINGLES:
        if whole and name not in singles and not os.path.lexists(root / name):
            problems.append(Problem.on_file((prefix / name).as_posix(), "missing_file", name=name))
    problems += scan_privacy(files, tally)
    if "vocabularies.yml" in singles and "regions.yml" in singles:
        vocab, regions = singles["vocabularies.yml"], singles["regions.yml"]
        problems += crosscheck(entries, vocab, regions, file_ids, tally)
        problems += check_staffing(entries, vocab, tally)
        if "publisher.yml" in singles:
            notices = Findings(tally)
            check_notice_contacts(entries, vocab.record, singles["publisher.yml"].record, notices)
            problems += notices.problems
    problems += check_editions(editions) + check_frozen(entries, editions)
    problems += check_timeline(entries, as_of)
    problems += tally.omitted()
    if errors(problems) or set(singles) != set(SINGLES):
        return None, sorted(set(problems))
    return _catalog(entries, singles, editions, as_of), problems


def _only_unknown(partial: Partial, model: type[Record]) -> bool:
    """Whether the only mistakes of a record are keys its model does not have."""
    return not partial.invalid & set(model.model_fields)


def _checked(
    path: str,
    rel: str,
    shown: str,
    model: type[Record],
    cache: ContentCache | None,
    spent: dict[str, float],
) -> FileResult:
    """One file loaded and validated, or its outcome from `cache` if the file is unchanged.

    The file has its own tally: an allowance is per file, so counting it apart and
    adding the count to the run's tally gives the same report as counting in place.
    """
    started = time.perf_counter()
    stamp = cache.stamp(path, shown, model.__name__) if cache is not None else None
    if cache is not None:
        stored = cache.get(rel, stamp)
        if stored is not None:
            spent["reading"] += time.perf_counter() - started
            return stored
    tally = Tally()
    loaded = load_file(path, shown)
    found = tally.keep(loaded.problems)
    tally.add(shown, loaded.more)
    record = partial = None
    read = time.perf_counter()
    spent["reading"] += read - started
    if loaded.data is not None:
        record, partial, invalid = validate_record(loaded, model, tally)
        found += invalid
    result = FileResult(loaded, record, tuple(found), tally.counts[shown], partial)
    spent["validation"] += time.perf_counter() - read
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
        points=dict(sorted(by_kind["points"].items())),
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
