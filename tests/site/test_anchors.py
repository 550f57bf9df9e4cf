"""Every link between pages lands: the target page exists and holds the #anchor.

Activities are listed with an anchor on one page only (their month's list), so bulletin
highlights, the changes lists and the home page must all point there.
"""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin

import pytest
from testpaths import REPO

from generator.check.content import read_content
from generator.site.assemble import assemble
from generator.site.render import render_body

BASE = "https://example.invalid/"


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name == "id" and value:
                self.ids.add(value)
            if name == "href" and tag == "a" and value:
                self.hrefs.append(value)


def _collect(html: str) -> _Collect:
    parser = _Collect()
    parser.feed(html)
    return parser


@pytest.mark.parametrize("content", [REPO / "content"])
def test_every_internal_link_and_anchor_exists(content: Path) -> None:
    pages = {page.url: _collect(render_body(page)) for page in assemble(read_content(content))}
    checked = 0
    for url, found in pages.items():
        for href in found.hrefs:
            target = urljoin(BASE + url, href)
            if not target.startswith(BASE) or not target.split("#")[0].endswith("/"):
                continue  # another site, a map app, a feed or a download
            path, _, anchor = unquote(target[len(BASE) :]).partition("#")
            assert path in pages, f"{url} links to a missing page: {href}"
            assert not anchor or anchor in pages[path].ids, f"{url} → {path}#{anchor} missing"
            checked += bool(anchor)
    assert checked > 20
