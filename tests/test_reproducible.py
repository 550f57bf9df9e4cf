"""Reproducible: the same content gives byte-identical output whatever the machine's state.

Two builds of one tree differ in everything that should not matter: the hash seed
(PYTHONHASHSEED 0 vs 12345), the time zone (UTC vs Asia/Shanghai), the folder they
build from and the order in which the files were created there (so the order in which
the file system lists them differs), with the same SOURCE_DATE_EPOCH. Every output
file — pages, search index, sitemap.xml.gz, feeds, downloads — must be identical.

ext4 lists a folder in the order of a hash of the names, whatever order they were
created in, so each build also runs with `os.scandir` and `os.listdir` patched to
list every folder sorted one way or the other: an output that depends on listing
order cannot pass both.
"""

from __future__ import annotations

import filecmp
import os
import shutil
import subprocess
import sys
from pathlib import Path

from site_fixture import mkdocs_yml, write_content

NOV_29 = "1795881600"  # 2026-11-29T00:00+08:00

# `mkdocs build` with every folder listed in sorted or reversed order (argv[1]).
RUNNER = """
import os, sys
backwards = sys.argv.pop(1) == "reversed"
_scandir, _listdir = os.scandir, os.listdir


class _Listing:
    def __init__(self, entries):
        self._entries = iter(entries)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._entries)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def close(self):
        pass


def scandir(path="."):
    with _scandir(path) as listing:
        return _Listing(sorted(listing, key=lambda e: e.name, reverse=backwards))


def listdir(path="."):
    return sorted(_listdir(path), reverse=backwards)


os.scandir, os.listdir = scandir, listdir
from mkdocs.__main__ import cli

sys.argv[0] = "mkdocs"
cli()
"""


def copy_in_order(source: Path, target: Path, *, reverse: bool) -> Path:
    """Copy the tree file by file, creating folders and files in the given order."""
    files = sorted(p for p in source.rglob("*") if p.is_file())
    for path in reversed(files) if reverse else files:
        to = target / path.relative_to(source)
        to.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, to)
    return target


def build_with(folder: Path, content: Path, seed: str, zone: str, order: str) -> Path:
    env = {
        **os.environ,
        "PYTHONHASHSEED": seed,
        "TZ": zone,
        "SOURCE_DATE_EPOCH": NOV_29,
        "NO_MKDOCS_2_WARNING": "1",
    }
    site = folder / "site"
    config = mkdocs_yml(folder, content)
    command = [sys.executable, "-c", RUNNER, order, "build", "--strict", "-f", str(config)]
    result = subprocess.run(
        [*command, "-d", str(site)], env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return site


def differences(left: Path, right: Path) -> list[str]:
    """Every path that is in one tree only or whose bytes differ, like `diff -r`."""
    found: list[str] = []

    def walk(cmp: filecmp.dircmp[str], prefix: str) -> None:
        found.extend(prefix + name for name in cmp.left_only + cmp.right_only)
        _, mismatch, errors = filecmp.cmpfiles(cmp.left, cmp.right, cmp.common_files, shallow=False)
        found.extend(prefix + name for name in mismatch + errors)
        for name, sub in sorted(cmp.subdirs.items()):
            walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(left, right), "")
    return sorted(found)


def test_builds_are_byte_identical_across_seed_zone_folder_and_file_order(tmp_path: Path) -> None:
    source = write_content(tmp_path / "source")
    one = copy_in_order(source, tmp_path / "a" / "content", reverse=False)
    two = copy_in_order(source, tmp_path / "b" / "tree" / "content", reverse=True)
    first = build_with(tmp_path / "a", one, "0", "UTC", "sorted")
    second = build_with(tmp_path / "b", two, "12345", "Asia/Shanghai", "reversed")
    assert (first / "sitemap.xml.gz").is_file() and (
        first / "search" / "search_index.json"
    ).is_file()
    assert len(list(first.rglob("*.html"))) > 20
    assert '"pinyin":' in (first / "search" / "search_index.json").read_text(encoding="utf-8")
    assert differences(first, second) == []
    # No path of this machine in any output.
    for path in first.rglob("*"):
        if path.is_file() and path.suffix in (".html", ".json", ".xml", ".csv", ".js"):
            text = path.read_text(encoding="utf-8", errors="replace")
            assert str(tmp_path) not in text, path


def test_the_suite_sees_the_samples_day() -> None:
    """Without a date of its own, a test and the builds it starts see 2026-12-02 as today."""
    from datetime import date, datetime
    from zoneinfo import ZoneInfo

    from generator.records.quarter import today

    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    assert epoch is not None, "tests/conftest.py no longer fixes the suite's day"
    day = datetime.fromtimestamp(int(epoch), ZoneInfo("Asia/Shanghai")).date()
    if epoch == "1796184000":  # not a run that fixed its own day (SOURCE_DATE_EPOCH=… pytest)
        assert day == date(2026, 12, 2)
    assert today() == day
    probe = "from generator.records.quarter import today; print(today())"
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == day.isoformat()
