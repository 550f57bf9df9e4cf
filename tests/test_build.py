"""Real `mkdocs build --strict` runs: the sample, a hostile tree, a broken tree, twice the same."""

from __future__ import annotations

import filecmp
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml
from literal import assert_literal
from site_fixture import HOSTILE_LINE, REPO, build, mkdocs_yml, write_content

from generator.check.content import check_content
from generator.report.messages import say
from generator.report.problems import format_report
from generator.site.files.outputs import PLACEHOLDER_SITE_URL

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


def test_search_index_has_the_names_pinyin_as_lunr_fields(hostile_site: Path) -> None:
    # Added by the plugin after Material's search wrote the index (site/search/pinyin.py).
    index = json.loads((hostile_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert index["config"]["fields"]["pinyin"] == index["config"]["fields"]["title"]
    assert index["config"]["fields"]["pinyin_near"]["boost"] < 1e3
    found = [doc[f] for doc in index["docs"] for f in ("pinyin", "pinyin_near") if f in doc]
    assert found and all(re.fullmatch(r"[a-z0-9]+( [a-z0-9]+)*", terms) for terms in found)


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


def _without_site_url(tmp_path: Path) -> Path:
    content = write_content(tmp_path / "content")
    config = mkdocs_yml(tmp_path, content)
    settings = yaml.safe_load(config.read_text(encoding="utf-8"))
    del settings["site_url"]
    config.write_text(yaml.safe_dump(settings, allow_unicode=True), encoding="utf-8")
    return config


def test_a_build_without_site_url_fails_strict_and_names_it(tmp_path: Path) -> None:
    """No sitemap <loc>, no feed link a reader can open: `mkdocs build --strict` fails, and
    so does `wenming build`, what the deploy workflows run, which publishes nothing."""
    config = _without_site_url(tmp_path)
    result = build(config, tmp_path / "plain")
    assert result.returncode != 0
    assert say("site_url_missing") in result.stderr, result.stderr
    assert "site_url" in say("site_url_missing") and "mkdocs.yml" in say("site_url_missing")
    command = [sys.executable, "-m", "generator", "build", "-f", str(config), "-d", "site"]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(command, capture_output=True, text=True, env=env, cwd=tmp_path)
    assert result.returncode == 1
    assert say("site_url_missing") in result.stderr, result.stderr
    assert not (tmp_path / "site").exists()
    # The editor sees the sentence and the outcome, not MkDocs' or jieba's English chatter.
    env.pop("NO_MKDOCS_2_WARNING")
    shown = subprocess.run(command, capture_output=True, text=True, env=env, cwd=tmp_path)
    for english in ("INFO", "Aborted", "Building prefix dict", "Loading model", "NO_MKDOCS_2"):
        assert english not in shown.stdout + shown.stderr, shown.stderr


def test_a_build_without_site_url_succeeds_when_not_strict(tmp_path: Path) -> None:
    config = _without_site_url(tmp_path)
    command = [sys.executable, "-m", "mkdocs", "build", "--no-strict", "-f", str(config)]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(
        [*command, "-d", str(tmp_path / "site")], capture_output=True, text=True, env=env
    )
    assert result.returncode == 0, result.stderr
    assert say("site_url_missing") in result.stderr  # still said, once
    assert result.stderr.count(say("site_url_missing")) == 1
    assert (tmp_path / "site" / "index.html").is_file()


def test_going_live_needs_a_real_site_url_and_drops_the_sample_banner(tmp_path: Path) -> None:
    """sample: false says the site is real; the shipped example address is not."""
    content = write_content(tmp_path / "content", sample=False)
    shipped = mkdocs_yml(tmp_path, content, site_url=PLACEHOLDER_SITE_URL)
    result = build(shipped, tmp_path / "site")
    assert result.returncode != 0
    assert say("site_url_placeholder", url=PLACEHOLDER_SITE_URL) in result.stderr, result.stderr
    # With a real address it builds, and the feeds start with it.
    config = mkdocs_yml(tmp_path, content, site_url="https://wenming.county.test/")
    result = build(config, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    feed = (tmp_path / "site" / "feeds" / "honors.atom.xml").read_text(encoding="utf-8")
    assert 'href="https://wenming.county.test/honors/2026-Q3/"' in feed
    sitemap = (tmp_path / "site" / "sitemap.xml").read_text(encoding="utf-8")
    assert "<loc>https://wenming.county.test/sites/dongshan-station/</loc>" in sitemap
    # sample: false takes the 样例数据 banner away; without edit_url no page offers editing.
    page = (tmp_path / "site" / "sites" / "dongshan-station" / "index.html").read_text("utf-8")
    assert "wm-sample" not in page and "样例数据" not in page
    assert "在仓库中修改" not in page
    sample = build(mkdocs_yml(tmp_path, write_content(tmp_path / "shown")), tmp_path / "shown-site")
    assert sample.returncode == 0, sample.stderr
    assert "样例数据" in (tmp_path / "shown-site" / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("https://www.wenming.example/", "host"),
        ("https://example.com/", "host"),
        ("https://localhost:8000/", "host"),
        ("https://127.0.0.1/", "host"),
        ("http://wenming.qindu.gov.cn/", "https"),
    ],
)
def test_a_live_site_url_is_https_and_no_example_or_local_host(
    tmp_path: Path, url: str, why: str
) -> None:
    content = write_content(tmp_path / "content", sample=False)
    result = build(mkdocs_yml(tmp_path, content, site_url=url), tmp_path / "site")
    assert result.returncode != 0
    assert say(f"site_url_not_public_{why}", url=url) in result.stderr, result.stderr


def test_the_shipped_site_url_is_the_reserved_placeholder() -> None:
    """mkdocs.yml ships an address that can never be a real host, with a comment to change it."""
    text = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    assert yaml.safe_load(text)["site_url"] == PLACEHOLDER_SITE_URL
    assert PLACEHOLDER_SITE_URL.startswith("https://") and ".example/" in PLACEHOLDER_SITE_URL
    assert "上线前必须改成本县网站的网址" in text


NAME = 'A&B <县> "网"'


class _Strings(HTMLParser):
    """Every text and attribute value of a page, entities decoded once."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.extend(value for _, value in attrs if value)

    def handle_data(self, data: str) -> None:
        self.found.append(data)


def test_a_publisher_name_with_markup_characters_is_escaped_exactly_once(tmp_path: Path) -> None:
    """Pages, their <title>, header, logo and navigation, the search index, feeds, downloads:
    the name reads as written everywhere, never as markup and never as `&amp;amp;`."""
    content = write_content(tmp_path / "content")
    publisher = content / "publisher.yml"
    data = yaml.safe_load(publisher.read_text(encoding="utf-8"))
    publisher.write_text(yaml.safe_dump({**data, "name": NAME}, allow_unicode=True), "utf-8")
    site = tmp_path / "site"
    result = build(mkdocs_yml(tmp_path, content), site)
    assert result.returncode == 0, result.stderr
    seen: dict[str, int] = {}
    for path in sorted(site.rglob("*")):
        if not path.is_file() or path.suffix not in (".html", ".xml", ".json"):
            continue
        raw = path.read_text(encoding="utf-8")
        where = path.relative_to(site).as_posix()
        assert "&amp;amp;" not in raw and "&amp;lt;" not in raw, where
        if path.suffix == ".html":
            assert "<县>" not in raw, where  # never markup
            parser = _Strings()
            parser.feed(raw)
            strings = parser.found
        elif path.suffix == ".xml":
            strings = [t for node in ET.parse(path).getroot().iter() for t in [node.text or ""]]
        elif where == "search/search_index.json":
            # Material's search shows titles and texts as HTML: escaped once, like a page.
            docs = json.loads(raw)["docs"]
            strings = [
                unescape(d[f]).replace("\u200b", "") for d in docs for f in ("title", "text")
            ]
            assert "<县>" not in raw, where
        else:
            strings = [raw.encode().decode("unicode_escape")]  # plain JSON, nothing escaped
        assert not any("A&amp;B" in s or "&lt;县" in s for s in strings), where
        seen[where] = sum(s.count(NAME) for s in strings)
    assert seen["index.html"] >= 4  # <title>, header, logo, navigation (and the page body)
    assert seen["sites/dongshan-station/index.html"] >= 3
    header = (site / "index.html").read_text(encoding="utf-8")
    assert 'title="A&amp;B &lt;县&gt; &quot;网&quot;" class="md-header__button md-logo"' in header
    assert 'title="A&amp;B &lt;县&gt; &quot;网&quot;" class="md-nav__button md-logo"' in header
    for feed in ("feeds/bulletins.atom.xml", "feeds/honors.rss.xml"):
        assert seen[feed] >= 1, feed
    assert seen["search/search_index.json"] >= 1


@pytest.mark.parametrize("edit_url", ["javascript:alert(1)//", "http://git.example.org/edit/"])
def test_an_edit_url_that_is_not_https_fails_the_build_and_says_why(
    tmp_path: Path, edit_url: str
) -> None:
    config = mkdocs_yml(tmp_path, write_content(tmp_path / "content"))
    data = yaml.safe_load(config.read_text(encoding="utf-8"))
    for plugin in data["plugins"]:
        if isinstance(plugin, dict) and "wenming" in plugin:
            plugin["wenming"]["edit_url"] = edit_url
    config.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    result = build(config, tmp_path / "site")
    assert result.returncode != 0
    assert say("edit_url_not_https") in result.stderr and "Traceback" not in result.stderr
