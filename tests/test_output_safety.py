"""Output safety, by property: generated hostile strings in every text field of every record
come out of a real build as text only — in pages, the search index, feeds and downloads.

Hypothesis draws one string per field (markup, scripts, event attributes, javascript:/
data:/vbscript: links in any case and with entities or whitespace, Markdown, attr_list,
Jinja, YAML-significant and spreadsheet-formula text) and the whole tree is built with
`mkdocs build --strict`. The reference is a clean build of the same tree with plain
strings: whatever markup the hostile build has beyond it came from the data.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import re
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath

import pytest
from full_tree import write_full_tree
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from site_fixture import build, mkdocs_yml

# Jinja that would leave a mark if it ever ran: the product is in no page by chance.
JINJA_RAN = "wmjinja"
ATTACKS = [
    "<script>alert(1)</script>",
    "</script><script>alert(1)//",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    '" onmouseover="alert(1)',
    "' onfocus='alert(1)' autofocus='",
    "<a href=javascript:alert(1)>x</a>",
    "<iframe src=https://evil.example></iframe>",
    "<base href=https://evil.example/>",
    '<meta http-equiv="refresh" content="0;url=https://evil.example">',
    "<style>*{display:none}</style>",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "jav&#x09;ascript:alert(1)",
    "jav\tascript:alert(1)",
    "&#106;avascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "DATA:text/html;base64,PHNjcmlwdD4=",
    "vbscript:msgbox(1)",
    "VBScript:msgbox(1)",
    "[a](javascript:alert(1))",
    "![i](javascript:alert(1))",
    "[b](data:text/html,x)",
    "<https://evil.example>",
    "<javascript:alert(1)>",
    "[r]: javascript:alert(1)",
    "# 标题",
    "## 二级",
    "| a | b |\n|---|---|\n| c | d |",
    "<!-- 注释 -->",
    "{: onclick=alert(1)}",
    "{#id .class}",
    '{: .x title="t" }',
    "{{ 7*7 }}",
    "{{ 'wm' ~ 'jinja' }}",
    "{% raw %}",
    "{% endraw %}",
    "{# c #}",
    "{%- if true %}wm{% endif %}{{ 'jinja' }}",
    "${7*7}",
    "*em* __strong__ `code`",
    "```\ncode\n```",
    "> 引用",
    "- 列表",
    "1. 列表",
    "---",
    "&amp; &lt;b&gt; &#60;script&#62;",
    "&a *a !!python/object:os.system %YAML",
    "key: value",
    "=1+1",
    "+1",
    "-1",
    "@SUM(A1)",
    '=HYPERLINK("https://evil.example")',
    "\\",
    '"',
    "'",
    "：",
    "<",
    ">",
    "&",
    "[[x]]",
    "[TOC]",
]
PLAIN = st.text(alphabet="文明实践新时代志愿服务abcXYZ _.,;()/?", min_size=1, max_size=6)
PIECES = st.lists(st.one_of(st.sampled_from(ATTACKS), PLAIN), min_size=1, max_size=4)
OPEN_QUOTES = "“‘「『＂"  # a value wholly in Chinese quotes is an input-method slip


def fit(text: str, kind: str) -> str:
    """A generated string made acceptable to check, attack intact: one line for names."""
    if kind == "name":
        text = " ".join(text.split("\n"))[:190]
    text = text.strip()
    if not text or text[0] in OPEN_QUOTES:
        text = "甲" + text
    return text


HTML_DIRS = ("sites", "teams", "activities", "honors", "bulletins", "stats", "map", "data")


class Markup(HTMLParser):
    """Start tags with their attributes, and script bodies, of a page or an index entry."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str]]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, [(k, v or "") for k, v in attrs]))
        self._in_script = tag == "script"
        if self._in_script:
            self.scripts.append("")

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts[-1] += data


def markup(html: str) -> Markup:
    parsed = Markup()
    parsed.feed(html)
    parsed.close()
    return parsed


def _root_path(page: str, url: str) -> str:
    """A relative URL from `page` as a path from the site root (theme assets differ by depth)."""
    if ":" in url.split("/")[0] or url.startswith("//"):
        return url  # absolute: compared as written
    base = PurePosixPath(page).parent
    parts: list[str] = []
    for part in (base / url.split("#")[0].split("?")[0]).parts:
        if part == "..":
            if parts:
                parts.pop()
        elif part != ".":
            parts.append(part)
    return "/".join(parts)


SITE_HOST = "wenming.test"  # site_fixture.SITE_URL's host


def _safe_link(value: str) -> bool:
    """Relative, a fragment, https://, the tel: of a checked public phone, or the webcal:
    of one of the site's own calendar files (its https address with the other scheme)."""
    low = value.strip().lower()
    if low.startswith(("https://", "#")):
        return True
    if low.startswith("webcal:"):
        calendar = rf"webcal://{re.escape(SITE_HOST)}/calendars/(sites/[a-z0-9-]+|county)\.ics"
        return re.fullmatch(calendar, low) is not None
    if low.startswith("tel:"):  # RFC 3966, as formats.tel_url writes it
        return re.fullmatch(r"tel:(\+86-\d{2,3}-\d{7,8}(;ext=\d{1,5})?|[\d-]+)", low) is not None
    # Relative: no scheme before the first /, ? or #, and not protocol-relative.
    head = low.split("/")[0].split("?")[0].split("#")[0]
    return ":" not in head and not low.startswith("//") and "&#" not in low


URL_ATTRS = {"href", "src", "action", "formaction", "xlink:href", "poster", "data", "srcset"}


def scan_pages(site: Path) -> dict[str, object]:
    """What every HTML page holds that could run: elements, on* attributes, scripts, links."""
    elements: set[tuple[str, tuple[str, ...]]] = set()
    handlers: set[tuple[str, str, str]] = set()
    scripts: set[tuple[str, str]] = set()
    bad_links: list[tuple[str, str, str]] = []
    for path in sorted(site.rglob("*.html")):
        page = path.relative_to(site).as_posix()
        parsed = markup(path.read_text(encoding="utf-8"))
        for tag, attrs in parsed.tags:
            elements.add((tag, tuple(sorted(k for k, _ in attrs))))
            for name, value in attrs:
                if name.startswith("on"):
                    handlers.add((tag, name, value))
                if name in URL_ATTRS or (tag == "meta" and name == "content" and "url=" in value):
                    link = (
                        value.split("url=", 1)[1] if tag == "meta" and name == "content" else value
                    )
                    if not _safe_link(link):
                        bad_links.append((page, tag, value))
            if tag == "script":
                src = dict(attrs).get("src", "")
                scripts.add(("src", _root_path(page, src)) if src else ("inline", ""))
        for body in parsed.scripts:
            if body.strip():
                # Material's own inline scripts differ by page only in relative paths.
                scripts.add(("inline", body.replace("../", "").replace('"base": "."', "")))
    return {"elements": elements, "handlers": handlers, "scripts": scripts, "links": bad_links}


def scan_search(site: Path) -> set[tuple[str, tuple[str, ...]]]:
    """Material's search UI puts each entry's title and text into the page as HTML."""
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    found: set[tuple[str, tuple[str, ...]]] = set()
    for doc in index["docs"]:
        for field in ("title", "text"):
            for tag, attrs in markup(doc[field]).tags:
                found.add((tag, tuple(sorted(k for k, _ in attrs))))
    return found


def scan_feeds(site: Path) -> set[str]:
    tags: set[str] = set()
    for path in sorted((site / "feeds").glob("*.xml")):
        root = ET.parse(path).getroot()
        for node in root.iter():
            tags.add(node.tag)
            assert node.get("type") in (None, "text"), (path.name, node.tag)
            href = node.get("href")
            if href is not None:
                assert _safe_link(href), (path.name, href)
    return tags


def check_downloads(site: Path) -> int:
    cells = 0
    for path in sorted((site / "data").rglob("*.json")):
        json.loads(path.read_text(encoding="utf-8"))
    for path in sorted((site / "data").rglob("*.csv")):
        rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
        assert rows and all(len(r) == len(rows[0]) for r in rows), path
        for row in rows[1:]:
            for cell in row:
                cells += 1
                if cell[:1] in ("=", "+", "-", "@", "\t", "\r"):
                    float(cell)  # only a number (a longitude) may start so; else ValueError
    return cells


def built_site(folder: Path, say: Callable[[str], str]) -> Path:
    content = write_full_tree(folder / "content", say)
    result = build(mkdocs_yml(folder, content), folder / "site")
    assert result.returncode == 0, result.stderr[-3000:]
    assert "WARNING" not in result.stderr, result.stderr[-3000:]
    return folder / "site"


@pytest.fixture(scope="module")
def clean(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """The reference: the same tree with plain strings (and paragraphs) in every field."""
    numbers = itertools.count()

    def say(kind: str) -> str:
        n = next(numbers)
        return f"文字{n}" if kind == "name" else f"第{n}段。\n\n又一段{n}。"

    site = built_site(tmp_path_factory.mktemp("clean"), say)
    return {**scan_pages(site), "search": scan_search(site), "feeds": scan_feeds(site)}


@settings(
    max_examples=2,
    deadline=None,
    derandomize=True,
    phases=[Phase.generate],  # a build per example: shrinking would take many minutes
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=st.data())
def test_hostile_strings_in_every_field_stay_text(
    clean: dict[str, object], data: st.DataObject
) -> None:
    used: list[str] = []

    def say(kind: str) -> str:
        text = fit("".join(data.draw(PIECES)), kind)
        used.append(text)
        return text

    with tempfile.TemporaryDirectory(prefix="wenming-safety-") as tmp:
        site = built_site(Path(tmp), say)
        shown = page_text(site)
        pages = scan_pages(site)
        search = scan_search(site)
        feeds = scan_feeds(site)
        cells = check_downloads(site)
        everything = "".join(
            p.read_text(encoding="utf-8", errors="replace")
            for p in sorted(site.rglob("*"))
            if p.is_file() and p.suffix in (".html", ".json", ".xml", ".csv")
        )
    assert len(used) > 80 and cells > 50
    assert pages["links"] == [], pages["links"]
    assert pages["handlers"] <= clean["handlers"], pages["handlers"] - clean["handlers"]  # type: ignore[operator]
    assert pages["scripts"] <= clean["scripts"], pages["scripts"] - clean["scripts"]  # type: ignore[operator]
    new_elements = pages["elements"] - clean["elements"]  # type: ignore[operator]
    assert new_elements == set(), new_elements
    assert search <= clean["search"], search - clean["search"]  # type: ignore[operator]
    assert feeds <= clean["feeds"], feeds - clean["feeds"]  # type: ignore[operator]
    assert JINJA_RAN not in everything
    # And every one-line string arrives whole, as the text a reader sees (Markdown turns a
    # tab into spaces and a browser shows any run of white space as one, so compare so).
    missing = [t for t in used if "\n" not in t and _squeeze(t) not in shown]
    assert missing == [], missing


def page_text(site: Path) -> str:
    """The text (not the markup) of every page, as a browser shows it."""
    texts = []
    for path in sorted(site.rglob("*.html")):
        parsed = _Text()
        parsed.feed(path.read_text(encoding="utf-8"))
        texts.append(_squeeze("".join(parsed.text)))
    return "\n".join(texts)


def _squeeze(text: str) -> str:
    return " ".join(text.split())


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_the_scans_see_what_they_look_for(tmp_path: Path) -> None:
    """The scans must be able to fail: a page with each kind of injection is caught."""
    (tmp_path / "sites").mkdir()
    (tmp_path / "sites" / "index.html").write_text(
        '<p><script src="https://evil.example/x.js"></script><img src=x onerror=alert(1)>'
        '<a href="jav&#x09;ascript:alert(1)">a</a><a href=" JavaScript:x">b</a>'
        '<a href="data:text/html,x">c</a><a href="../ok/">d</a><a href="tel:029-1">e</a>'
        '<meta http-equiv="refresh" content="0; url=vbscript:x"></p>',
        encoding="utf-8",
    )
    found = scan_pages(tmp_path)
    assert ("src", "https://evil.example/x.js") in found["scripts"]  # type: ignore[operator]
    assert ("img", "onerror", "alert(1)") in found["handlers"]  # type: ignore[operator]
    assert [link for _, _, link in found["links"]] == [  # type: ignore[attr-defined]
        "jav\tascript:alert(1)",
        " JavaScript:x",
        "data:text/html,x",
        "0; url=vbscript:x",
    ]
