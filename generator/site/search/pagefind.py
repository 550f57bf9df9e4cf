"""Search backends: Material's built-in index, or Pagefind's split index.

`material` (the default) is Material's search: one `search_index.json` that a phone
downloads whole on the first query (7.7 MB for a county). `pagefind` indexes the built
site with Pagefind (its extended binary segments Chinese) into `pagefind/`, an index
split into small chunks: a query fetches only the chunks of its words and the
fragments of the results it shows. Residents search on a page of its own, `search/`
(`SEARCH_PAGE`), which the header's search button opens; `theme/assets/search.js`
draws the results. Only the page body is indexed: `theme/main.html` marks it with
`data-pagefind-body` in this mode, and what Material's search leaves out
(`data-search-exclude`) Pagefind leaves out too.

Chinese is indexed character by character. Pagefind's extended build cuts the page text
into words with its own dictionary, but the browser cuts the query with another
(`Intl.Segmenter`): 义诊 is one word in the index and 义 + 诊 in the query, 白音他拉 the
reverse, so whole names went unfound. Here Pagefind reads a copy of every page with a
zero-width space between adjacent Han characters in the text (never in tags, so links and
anchors stay as built), which makes every character a word; `search.js` sends the query as
characters too, searches them as a phrase (exact: the characters in this order) and ranks
those pages by Pagefind's scores. The published pages are not changed.

Names are findable by pinyin (`pinyin.py`): after each heading of the copy that is a
record's home its terms follow, weighted above any heading (`HOME_WEIGHT`), and after a
heading that mentions a name, that name's terms weighted less (`NEAR_WEIGHT`). They sit
between `PINYIN_OPEN` and `PINYIN_CLOSE`, which `search.js` cuts out of the excerpts a
resident reads.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from .pinyin import Names

BACKENDS = ("material", "pagefind")

BUNDLE = "pagefind"
"""The folder, inside the site, that Pagefind writes its index and scripts into."""

SEARCH_PAGE = "search/index.md"

# The page residents search on. No record text: its only input is what they type.
# theme/main.html loads assets/search.js for it; `wenming_noindex` keeps it out of the index.
SEARCH_PAGE_MARKDOWN = """\
---
title: 搜索
wenming_scripts: [search]
wenming_noindex: true
---

<div class="wm wm-search">
<h1>搜索</h1>
<form class="wm-search__form" role="search" action="./" data-wm-search data-bundle="../pagefind/" data-root="../">
<label for="wm-search-q">输入阵地、村（社区）、活动、服务队或人名：</label>
<div class="wm-search__row">
<input id="wm-search-q" name="q" type="search" enterkeyhint="search" autocomplete="off" maxlength="50">
<button type="submit" class="md-button md-button--primary">搜索</button>
</div>
</form>
<noscript><p class="wm-empty">搜索需要浏览器启用 JavaScript；也可以从首页和各栏目的列表中查找。</p></noscript>
<p class="wm-search__status" role="status" aria-live="polite"></p>
<ol class="wm-search__results"></ol>
</div>
"""


class SearchIndexError(RuntimeError):
    """Pagefind is missing or could not index the site; the message is for the editor."""


ZWSP = "\u200b"
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_BETWEEN_HAN = re.compile(f"(?<=[{_HAN}])(?=[{_HAN}])")
_TAG = re.compile(r"(<[^>]*>)")  # record text is escaped: a ">" in it is "&gt;"


def by_character(html: str) -> str:
    """`html` with a zero-width space between adjacent Han characters of its text."""
    parts = _TAG.split(html)
    parts[::2] = [_BETWEEN_HAN.sub(ZWSP, text) for text in parts[::2]]
    return "".join(parts)


HOME_WEIGHT = 10  # Pagefind's greatest; an h1 weighs 7, and weights count squared
NEAR_WEIGHT = 3
PINYIN_OPEN = "\u2062"  # INVISIBLE TIMES and INVISIBLE SEPARATOR: in no record's text
PINYIN_CLOSE = "\u2063"
_HEADING = re.compile(r"<h([1-6])(\s[^>]*)?>(.*?)</h\1>", re.S)
_ID = re.compile(r'\sid="([^"]*)"')


def page_url(relative: Path) -> str:
    """`sites/x/index.html` → `sites/x/`, the URL its search docs are located by."""
    url = relative.as_posix()
    return url.removesuffix("index.html") if url.endswith("index.html") else url


def with_pinyin(html: str, url: str, found: Names) -> str:
    """`html` with the pinyin terms of its names after the headings that hold them."""

    def add(match: re.Match[str]) -> str:
        anchor = _ID.search(match[2] or "")
        location = f"{url}#{anchor[1]}" if anchor else url
        home, near = found.home_and_near(location, match[3])
        extra = "".join(
            f'<p data-pagefind-weight="{weight}">{PINYIN_OPEN} {" ".join(words)} {PINYIN_CLOSE}</p>'
            for weight, words in ((HOME_WEIGHT, home), (NEAR_WEIGHT, near))
            if words
        )
        return match[0] + extra

    return _HEADING.sub(add, html)


def pagefind_command(pages: Path, bundle: Path) -> list[str]:
    """The Pagefind run over `pages`: one Chinese index of the marked page bodies."""
    return [
        sys.executable,
        "-m",
        "pagefind",
        "--site",
        str(pages),
        "--output-path",
        str(bundle),
        # Material sets <html lang="zh">; forcing it keeps one index whatever a page says.
        "--force-language",
        "zh",
        "--exclude-selectors",
        "[data-search-exclude]",
        "--silent",
    ]


def index_site(site_dir: Path, found: Names | None = None) -> None:
    """Write Pagefind's index of the built site into `site_dir/pagefind/`.

    Pagefind's output is the same, byte for byte, for the same pages (checked at county
    scale), so the build stays repeatable.
    """
    if importlib.util.find_spec("pagefind") is None:
        raise SearchIndexError(
            "mkdocs.yml 中 wenming 的 search 设为 pagefind，但没有安装 Pagefind："
            "请运行 pip install 'wenming[pagefind]'，或把 search 改回 material。"
        )
    bundle = site_dir / BUNDLE
    shutil.rmtree(bundle, ignore_errors=True)  # no chunk of an earlier index survives
    with tempfile.TemporaryDirectory(prefix="wenming-pagefind-") as scratch:
        pages = Path(scratch)
        for page in sorted(site_dir.rglob("*.html")):
            relative = page.relative_to(site_dir)
            if relative.parts[0] == BUNDLE:
                continue
            copy = pages / relative
            copy.parent.mkdir(parents=True, exist_ok=True)
            html = page.read_text(encoding="utf-8")
            if found is not None:
                html = with_pinyin(html, page_url(relative), found)
            copy.write_text(by_character(html), encoding="utf-8")
        done = subprocess.run(
            pagefind_command(pages, bundle), capture_output=True, text=True, check=False
        )
    if done.returncode != 0 or not (bundle / "pagefind-entry.json").is_file():
        raise SearchIndexError(
            f"Pagefind 建立搜索索引失败（退出码 {done.returncode}）：\n{done.stderr or done.stdout}"
        )
