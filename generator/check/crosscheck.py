"""Cross-check: what no single file can tell — ids, references, hierarchy, quarters, privacy.

Runs over every validated record at once and reports each problem at the line of
the offending value in the editor's file.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import partial
from pathlib import PurePosixPath
from typing import Any

from pydantic_core import PydanticCustomError

from ..read.load import Loaded
from ..records.addresses import find_home_addresses
from ..records.base import Record
from ..records.chronicle import Honor
from ..records.kinds import FOLDERS, RECORD_TYPES, REFERRED, SINGLES
from ..records.network import Site
from ..records.parsers import parse_id
from ..records.privacy import find_personal_numbers
from ..records.quarter import quarter_bounds, quarter_of
from ..records.registers import RegionFile, Vocabularies
from ..report import messages
from ..report.problems import Problem, Tally
from .entry import Entry
from .labels import label_of

Loc = tuple[str | int, ...]


class _Report:
    """Collects problems, each placed through the file's recorded positions.

    A callable argument (a costly hint) is only called for a problem the tally lets
    through, so a record with thousands of broken references stays cheap.
    """

    def __init__(self, tally: Tally | None = None) -> None:
        self.problems: list[Problem] = []
        self.tally = tally

    def at(self, entry: Entry, loc: Loc, kind: str, *, on_key: bool = False, **args: Any) -> None:
        if loc and isinstance(loc[0], str) and not entry.knows(loc[0]):
            return  # the field has its own error; what it would have held is unknown
        if self.tally is not None and not self.tally.take(entry.loaded.path):
            return
        args = {k: v() if callable(v) else v for k, v in args.items()}
        self.problems.append(entry.problem(loc, kind, on_key=on_key, **args))


def crosscheck(
    entries: Sequence[Entry],
    vocab: Vocabularies,
    regions_entry: Entry,
    file_ids: dict[str, set[str]] | None = None,
    tally: Tally | None = None,
) -> list[Problem]:
    """Every problem between records; none means the records can be cataloged.

    `file_ids` are the ids (file names) of all record files, valid or not: a reference
    to a file that failed validation is not reported again as unknown.
    """
    regions: RegionFile = regions_entry.record
    report = _Report(tally)
    by_kind: dict[str, dict[str, Entry]] = {
        k: {} for k in ("site", "team", "service", "activity", "honor", "bulletin")
    }
    for entry in entries:
        if not entry.knows("id", "quarter"):
            continue  # without its id a record cannot be told apart from the others
        _check_identity(entry, by_kind[entry.kind], report)
    region_codes = {r.code for r in regions.regions}
    _check_regions(regions_entry, report)
    ids = {kind: set(found) | (file_ids or {}).get(kind, set()) for kind, found in by_kind.items()}
    drafts = {
        kind: {k for k, e in found.items() if e.record.draft} for kind, found in by_kind.items()
    }

    def ref(entry: Entry, loc: Loc, kind: str, value: str | None) -> None:
        if value is None:
            return
        pool = region_codes if kind == "region" else ids[kind]
        if value not in pool:
            hint = partial(messages.suggest, value, pool)
            report.at(entry, loc, "unknown_ref", what=REFERRED[kind], value=value, hint=hint)
        elif kind != "region" and value in drafts[kind] and not entry.record.draft:
            report.at(
                entry,
                loc,
                "unknown_ref",
                what=REFERRED[kind],
                value=value,
                hint="它还是草稿；请先发布它，或把本记录也标为草稿",
            )

    def vocab_in(
        entry: Entry, loc: Loc, value: str | None, allowed: Iterable[str], name: str
    ) -> None:
        pool = list(allowed)
        if value is not None and value not in pool:
            hint = partial(messages.vocab_hint, value, pool)
            report.at(entry, loc, "unknown_vocab", value=value, vocab=name, hint=hint)

    levels = {level.name: level for level in vocab.site_levels}
    for entry in by_kind["site"].values():
        site: Site = entry.record
        vocab_in(entry, ("level",), site.level, levels, "站点级别")
        ref(entry, ("region",), "region", site.region)
        ref(entry, ("parent",), "site", site.parent)
    for entry in by_kind["team"].values():
        ref(entry, ("site",), "site", entry.record.site)
    for entry in by_kind["service"].values():
        for i, site_id in enumerate(entry.record.sites):
            ref(entry, ("sites", i), "site", site_id)
        for i, team_id in enumerate(entry.record.teams):
            ref(entry, ("teams", i), "team", team_id)
        for i, step in enumerate(entry.record.steps):
            vocab_in(entry, ("steps", i), step, vocab.order_steps, "点单流程")
    for entry in by_kind["activity"].values():
        act = entry.record
        vocab_in(entry, ("type",), act.type, vocab.activity_types, "活动类型")
        vocab_in(entry, ("content",), act.content, vocab.practice_contents, "实践内容")
        vocab_in(entry, ("form",), act.form, vocab.practice_forms, "实践形式")
        for i, site_id in enumerate(act.sites):
            ref(entry, ("sites", i), "site", site_id)
        for i, team_id in enumerate(act.teams):
            ref(entry, ("teams", i), "team", team_id)
        ref(entry, ("service",), "service", act.service)
        _check_in_quarter(entry, ("date",), act.date, report)
        if act.end_date is not None:
            _check_in_quarter(entry, ("end_date",), act.end_date, report)
    for entry in by_kind["honor"].values():
        ref(entry, ("site",), "site", entry.record.site)
        _check_honor(entry, vocab, report)
        _check_in_quarter(entry, ("date",), entry.record.date, report)
    for entry in by_kind["bulletin"].values():
        for i, highlight in enumerate(entry.record.highlights):
            ref(entry, ("highlights", i, "activity"), "activity", highlight.activity)
    _check_hierarchy(by_kind["site"], levels, report)
    return report.problems


def record_key(entry: Entry) -> str:
    return str(entry.record.quarter if entry.kind == "bulletin" else entry.record.id)


def file_stem(shown: str) -> str:
    """`PurePosixPath(shown).stem` without making a path (thousands of files per run)."""
    name = shown.rstrip("/").rpartition("/")[2]
    dot = name.rfind(".")
    return name[:dot] if 0 < dot < len(name) - 1 else name


def _is_id(text: str) -> bool:
    try:
        return parse_id(text) == text
    except PydanticCustomError:
        return False


def _title(model: type[Record], key: str) -> str:
    return model.model_fields[key].title or key


def _check_identity(entry: Entry, seen: dict[str, Entry], report: _Report) -> None:
    stem = file_stem(entry.loaded.path)
    key = record_key(entry)
    field = "quarter" if entry.kind == "bulletin" else "id"
    if key != stem:
        if entry.kind == "bulletin":
            kind = "quarter_mismatch"
        else:
            kind = "id_mismatch" if _is_id(stem) else "id_bad_file_name"
        report.at(entry, (field,), kind, value=key, stem=stem)
    if key in seen:
        report.at(entry, (field,), "duplicate_id", value=key, other=seen[key].loaded.path)
    else:
        seen[key] = entry


def _check_regions(entry: Entry, report: _Report) -> None:
    """Codes unique, parents known, and a child's code starts with its parent's."""
    regions: RegionFile = entry.record
    codes: set[str] = set()
    for i, region in enumerate(regions.regions):
        if region.code in codes:
            report.at(entry, ("regions", i, "code"), "duplicate_code", value=region.code)
        codes.add(region.code)
    for i, region in enumerate(regions.regions):
        if region.parent is None:
            continue
        if region.parent not in codes:
            hint = messages.suggest(region.parent, codes)
            report.at(
                entry,
                ("regions", i, "parent"),
                "unknown_ref",
                what="上级区划",
                value=region.parent,
                hint=hint,
            )
        elif not region.code.startswith(region.parent) or len(region.code) <= len(region.parent):
            report.at(
                entry,
                ("regions", i, "code"),
                "region_prefix",
                value=region.code,
                parent=region.parent,
            )


def _check_in_quarter(entry: Entry, loc: Loc, day: Any, report: _Report) -> None:
    folder = entry.folder
    if folder is None or day is None or quarter_of(day) == folder:
        return
    start, end = quarter_bounds(folder)
    report.at(
        entry,
        loc,
        "date_outside_quarter",
        value=day.isoformat(),
        quarter=folder,
        start=start.isoformat(),
        end=end.isoformat(),
        right=quarter_of(day),
    )


def _check_honor(entry: Entry, vocab: Vocabularies, report: _Report) -> None:
    honor: Honor = entry.record
    if honor.category is None:
        return  # the category has its own error, and every rule below depends on it
    categories = {c.name: c for c in vocab.honor_categories}
    category = categories.get(honor.category)
    if category is None:
        hint = messages.vocab_hint(honor.category, list(categories))
        report.at(
            entry, ("category",), "unknown_vocab", value=honor.category, vocab="荣誉类别", hint=hint
        )
        return
    allowed = "、".join(vocab.good_classes)
    if not entry.knows("good_class"):
        pass  # its own error says what is wrong with it
    elif category.good_classes and honor.good_class is None:
        report.at(
            entry, ("category",), "good_class_missing", category=category.name, allowed=allowed
        )
    elif not category.good_classes and honor.good_class is not None:
        report.at(entry, ("good_class",), "good_class_not_allowed", category=category.name)
    elif honor.good_class is not None and honor.good_class not in vocab.good_classes:
        hint = messages.vocab_hint(honor.good_class, list(vocab.good_classes))
        report.at(
            entry,
            ("good_class",),
            "unknown_vocab",
            value=honor.good_class,
            vocab="好人类别",
            hint=hint,
        )
    if honor.subject not in category.subjects:
        report.at(
            entry,
            ("subject",),
            "subject_not_allowed",
            category=category.name,
            allowed="、".join(category.subjects),
        )
    if category.minor:
        if not honor.guardian_consent:
            report.at(entry, ("guardian_consent",), "minor_consent")
        for key in ("unit", "deeds"):
            if getattr(honor, key) is not None:
                report.at(entry, (key,), "minor_field", on_key=True, key=key)
        for key in ("school", "grade"):
            if getattr(honor, key) is None:
                title = _title(Honor, key)
                report.at(entry, (key,), "minor_needs", key=key, title=f"{title} {key}")


def _check_hierarchy(sites: dict[str, Entry], levels: dict[str, Any], report: _Report) -> None:
    for site_id, entry in sites.items():
        site: Site = entry.record
        level = levels.get(site.level)
        if level is None:
            continue  # already reported as an unknown level
        if not level.parents and site.parent is not None:
            report.at(entry, ("parent",), "top_has_parent", level=site.level)
        elif level.parents and site.parent is None:
            report.at(entry, ("parent",), "parent_missing", level=site.level)
        elif site.parent in sites:
            parent_level = sites[site.parent].record.level
            # An unknown parent level is reported on the parent; don't echo it here.
            if parent_level in levels and parent_level not in level.parents:
                report.at(
                    entry,
                    ("parent",),
                    "parent_level",
                    level=site.level,
                    parent_level=parent_level,
                    allowed="、".join(level.parents),
                )
        chain = [site_id]
        current = site.parent
        while current in sites and current not in chain:
            chain.append(current)
            current = sites[current].record.parent
        if current == site_id:
            report.at(entry, ("parent",), "parent_cycle", chain=" → ".join([*chain, site_id]))


def scan_privacy(files: Iterable[Loaded], tally: Tally | None = None) -> list[Problem]:
    """ID-card and mobile numbers in any public string of any readable file, and home
    addresses in any public string of an honour file; one problem for each.

    Runs on the raw data, so a file with other mistakes is still scanned; the
    `private` block is the only place such numbers may stand. A problem says how far
    into the text the number starts, never the number (reports end up in public logs).
    """
    problems = []
    for loaded in files:
        # A site's or a team's address is public on purpose; an honour's person has a home.
        # The path test is the cheap filter: most files have neither (no run of digits
        # long enough for a number, the loader found) and no model is looked up for them.
        if not (loaded.numbers or "honors/" in loaded.path) or loaded.data is None:
            continue
        model = _model_of(loaded.path)
        homes = model is Honor
        for loc, text in _strings(loaded.data, ()):
            # `phone` fields are typed and refuse mobiles themselves; `private` may hold anything.
            if "private" in loc or loc[-1:] == ("phone",):
                continue
            found = list(find_personal_numbers(text)) if loaded.numbers else []
            if homes:
                found += [("home_address", at) for at in find_home_addresses(text)]
            for kind, offset in sorted(found, key=lambda f: f[1]):
                if tally is not None and not tally.take(loaded.path):
                    break
                line, col = loaded.positions.within(loc, offset)
                field = ".".join(p for p in loc if isinstance(p, str))
                if model is not None:
                    field = label_of(model, loc)[0] or field
                text_ = messages.say(kind, at=offset + 1)
                problems.append(Problem(loaded.path, line, col, field, text_, kind))
    return problems


def _model_of(shown: str) -> type[Record] | None:
    """The record model of a content file, from where it lies (for field labels)."""
    parts = PurePosixPath(shown).parts
    for folder in parts[-2:-4:-1]:
        if folder in FOLDERS:
            return RECORD_TYPES.get(FOLDERS[folder])
    return SINGLES.get(parts[-1]) if parts else None


def _strings(data: Any, loc: Loc) -> Iterable[tuple[Loc, str]]:
    if isinstance(data, str):
        yield loc, data
    elif isinstance(data, dict):
        for key, value in data.items():
            yield from _strings(value, (*loc, key))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from _strings(value, (*loc, i))
