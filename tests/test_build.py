"""Real `mkdocs build --strict` runs: the sample, a hostile tree, a broken tree, twice the same."""

from __future__ import annotations

import filecmp
import json
from pathlib import Path

import pytest
from site_fixture import HOSTILE_LINE, REPO, build, mkdocs_yml, write_content
from test_render import assert_literal

from generator.content import check_content
from generator.problems import format_report

KEY_PAGES = [
    "index.html",
    "sites/index.html",
    "teams/index.html",
    "activities/index.html",
    "honors/index.html",
    "bulletins/index.html",
    "stats/index.html",
    "search/search_index.json",
    "sitemap.xml.gz",
]


def _main(html: str) -> str:
    """The generated part of a built page (the theme around it is Material's)."""
    start = html.index('<div class="wm ')
    return html[start : html.index("</article>", start)]


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    content = write_content(folder / "content", hostile=True)
    result = build(mkdocs_yml(folder, content), folder / "site")
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr
    return folder / "site"


def test_sample_builds_strict_without_warnings(tmp_path: Path) -> None:
    result = build(REPO / "mkdocs.yml", tmp_path / "site")
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr, result.stderr
    for page in KEY_PAGES:
        assert (tmp_path / "site" / page).is_file(), page
    assert not list((REPO / "docs").glob("*.md")), "nothing may be written into docs/"
    assert len(list((tmp_path / "site" / "sites").glob("*/index.html"))) > 10


def test_hostile_text_is_literal_in_every_built_page(hostile_site: Path) -> None:
    shown = 0
    for path in sorted(hostile_site.rglob("index.html")):
        shown += assert_literal(_main(path.read_text(encoding="utf-8")))
    assert shown > 100
    # Material puts site_name and the page title into <title> and the header unescaped.
    home = (hostile_site / "index.html").read_text(encoding="utf-8")
    assert "<script>alert(1)" not in home
    site = (hostile_site / "sites" / "dongshan-station" / "index.html").read_text(encoding="utf-8")
    assert "<script>alert(1)" not in site


def test_search_index_holds_escaped_text_only(hostile_site: Path) -> None:
    index = json.loads((hostile_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert index["config"]["lang"] == ["zh"]
    for doc in index["docs"]:
        for field in ("title", "text"):
            assert "<script" not in doc[field] and "onclick=alert(1)}" not in doc[field].replace(
                "{: onclick=alert(1)}", ""
            )
    assert any("&lt;script&gt;" in doc["text"] for doc in index["docs"])
    assert HOSTILE_LINE  # the fixture really injected something


def test_two_builds_are_byte_identical(tmp_path: Path) -> None:
    content = write_content(tmp_path / "content")
    config = mkdocs_yml(tmp_path, content)
    for name in ("one", "two"):
        result = build(config, tmp_path / name)
        assert result.returncode == 0, result.stderr
        # The second build reads the records the first one stored beside mkdocs.yml.
        assert list((tmp_path / ".wenming-cache").glob("*.pickle"))
    compared = filecmp.dircmp(tmp_path / "one", tmp_path / "two")
    differing: list[str] = []

    def walk(cmp: filecmp.dircmp[str], prefix: str) -> None:
        differing.extend(prefix + n for n in cmp.left_only + cmp.right_only + cmp.diff_files)
        _, mismatch, errors = filecmp.cmpfiles(cmp.left, cmp.right, cmp.common_files, shallow=False)
        differing.extend(prefix + n for n in mismatch + errors)
        for name, sub in sorted(cmp.subdirs.items()):
            walk(sub, f"{prefix}{name}/")

    walk(compared, "")
    assert differing == []


def test_content_error_fails_the_build_with_the_check_report(tmp_path: Path) -> None:
    content = write_content(tmp_path / "content")
    site = content / "sites" / "dongshan-station.yml"
    site.write_text(
        site.read_text(encoding="utf-8").replace("level: 站", "level: 村站"), encoding="utf-8"
    )
    result = build(mkdocs_yml(tmp_path, content), tmp_path / "site")
    assert result.returncode != 0
    assert "内容有错误" in result.stderr
    assert "dongshan-station.yml" in result.stderr
    assert not (tmp_path / "site" / "index.html").exists()
    # The same report as `wenming check`: every line of it, word for word.
    _, problems = check_content(content, str(content))
    report = format_report(problems).splitlines()
    assert report and all(line in result.stderr for line in report), (report, result.stderr)


def test_a_build_after_an_edit_reads_the_edit_not_the_cache(tmp_path: Path) -> None:
    content = write_content(tmp_path / "content")
    config = mkdocs_yml(tmp_path, content)
    assert build(config, tmp_path / "one").returncode == 0
    record = content / "sites" / "dongshan-station.yml"
    text = record.read_text(encoding="utf-8")
    record.write_text(text.replace("name: 东山村", "name: 西山村", 1), encoding="utf-8")
    assert build(config, tmp_path / "two").returncode == 0
    page = tmp_path / "two" / "sites" / "dongshan-station" / "index.html"
    assert "西山村" in page.read_text(encoding="utf-8")
    record.write_text(text + "brand：坏了\n", encoding="utf-8")
    broken = build(config, tmp_path / "three")
    assert broken.returncode != 0 and "dongshan-station.yml" in broken.stderr
