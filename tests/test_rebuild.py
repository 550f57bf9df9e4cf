"""`wenming build` after a previous build: unchanged pages are reused, the output is a clean build's.

The sample is built, one record is changed, and the rebuild (which reuses the previous
site's unchanged pages, site/reuse.py) is compared file by file, byte for byte, with a
clean build of the changed content into a folder with no previous build. A changed
template or mkdocs.yml reuses nothing; a previous page altered on disk is not reused.
"""

from __future__ import annotations

import filecmp
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from generator.check.signedfile import read_signed
from generator.cli import main
from generator.report.messages import say
from generator.site.compiled import PREFIX
from generator.site.reuse import MAX_STATE_BYTES, BuildState

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The repository's sample (content/, theme/, mkdocs.yml) in a folder that is the cwd."""
    for name in ("content", "theme"):
        shutil.copytree(REPO / name, tmp_path / name)
    shutil.copy(REPO / "mkdocs.yml", tmp_path / "mkdocs.yml")
    (tmp_path / "docs").mkdir()
    monkeypatch.chdir(tmp_path)
    return tmp_path


def build(site: str) -> Result:
    result = CliRunner().invoke(main, ["build", "-d", site], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


def reused(result: Result) -> tuple[int, int]:
    """(pages reused, pages rendered) as the build's log says them."""
    pattern = re.escape(say("build_reused", reused="@", rendered="@")).replace("@", r"(\d+)")
    found = re.search(pattern, result.stderr)
    assert found, result.stderr
    return int(found[1]), int(found[2])


def assert_same_tree(a: Path, b: Path) -> None:
    """Every file under `a` and `b`, the same names with the same bytes."""
    names_a = sorted(p.relative_to(a).as_posix() for p in a.rglob("*") if p.is_file())
    names_b = sorted(p.relative_to(b).as_posix() for p in b.rglob("*") if p.is_file())
    assert names_a == names_b
    _, mismatch, errors = filecmp.cmpfiles(a, b, names_a, shallow=False)
    assert (mismatch, errors) == ([], [])


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def first_site(project: Path) -> Path:
    return sorted((project / "content" / "sites").glob("*.yml"))[0]


def test_one_record_changed_reuses_the_rest_and_equals_a_clean_build(project: Path) -> None:
    first = build("site")
    assert reused(first)[0] == 0  # nothing to reuse yet
    assert list((project / ".wenming-cache").glob("build-*.pickle"))
    again = reused(build("site"))
    assert again[1] == 0 and again[0] > 50  # nothing changed: every page reused
    record = first_site(project)
    edit(record, "\nname: ", "\nname: 改名后的")
    counts = reused(build("site"))
    assert counts[0] > 50 and 0 < counts[1] < counts[0]  # a few pages show the name
    assert "改名后的" in (project / "site" / "index.html").read_text(encoding="utf-8") or any(
        "改名后的" in p.read_text(encoding="utf-8") for p in (project / "site").rglob("*.html")
    )
    assert reused(build("clean"))[0] == 0  # another folder: no previous build of it
    assert_same_tree(project / "site", project / "clean")


def test_the_next_build_finds_the_theme_and_page_templates_compiled(project: Path) -> None:
    build("site")
    (file,) = (project / ".wenming-cache").glob("build-*.pickle")
    state = read_signed(file, MAX_STATE_BYTES)
    assert isinstance(state, BuildState)
    code = b"".join(v for k, v in state.memo.items() if k.startswith(PREFIX))
    # Bytecode names its template's file: Material's base, the theme's, and ours.
    for name in (b"material/templates/base.html", b"theme/main.html", b"templates/_macros.html"):
        assert name in code, name


def test_a_template_or_config_change_rebuilds_everything(project: Path) -> None:
    build("site")
    edit(project / "theme" / "main.html", "{% extends", "{# changed #}\n{% extends")
    assert reused(build("site"))[0] == 0
    edit(project / "mkdocs.yml", "walk_radius: 1200", "walk_radius: 1300")
    assert reused(build("site"))[0] == 0
    assert reused(build("clean"))[0] == 0
    assert_same_tree(project / "site", project / "clean")


def test_a_previous_page_altered_on_disk_is_rendered_again(project: Path) -> None:
    build("site")
    page = project / "site" / "sites" / "index.html"
    page.write_text(page.read_text(encoding="utf-8") + "<!-- altered -->", encoding="utf-8")
    (project / "site" / "stats" / "index.html").unlink()
    counts = reused(build("site"))
    assert counts[1] == 2
    assert "altered" not in page.read_text(encoding="utf-8")
    build("clean")
    assert_same_tree(project / "site", project / "clean")


def test_a_large_search_index_suggests_pagefind_a_small_one_does_not(project: Path) -> None:
    quiet = build("site")
    advice = say("search_index_large", size="@", limit="@").split("@")[0]
    assert advice not in quiet.stderr
    index = (project / "site" / "search" / "search_index.json").stat().st_size
    edit(
        project / "mkdocs.yml",
        "walk_radius: 1200",
        f"walk_radius: 1200\n      search_index_limit: {index // 2}",
    )
    loud = build("site")
    assert advice in loud.stderr and "search: pagefind" in loud.stderr
