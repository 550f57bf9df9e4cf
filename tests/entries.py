"""Entries made from YAML text, for the checks that take `Entry`s (cross-check and its parts)."""

from __future__ import annotations

from pathlib import Path

from testpaths import MINIMAL

from generator.check.entry import Entry
from generator.check.validate import validate
from generator.read.load import load_file
from generator.records.kinds import MODELS, SINGLES
from generator.records.registers import Vocabularies


def entry(
    tmp_path: Path, shown: str, text: str, kind: str = "", folder: str | None = None
) -> Entry:
    """The validated record of `text`, reported under `shown` (it must validate)."""
    path = tmp_path / shown.replace("/", "_")
    path.write_text(text, encoding="utf-8")
    loaded = load_file(path, shown)
    name = shown.rpartition("/")[2]
    model = SINGLES[name] if name in SINGLES else MODELS[kind]
    record, problems = validate(loaded, model)
    assert record is not None, [p.as_text() for p in problems]
    return Entry(kind or name, record, loaded, folder)


def vocabularies(tmp_path: Path) -> Vocabularies:
    """The minimal fixture's vocabularies, read as `check` reads them."""
    text = (MINIMAL / "vocabularies.yml").read_text(encoding="utf-8")
    vocab: Vocabularies = entry(tmp_path, "content/vocabularies.yml", text).record
    return vocab
