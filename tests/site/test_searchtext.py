"""The light HTML handed to Material's search gives the index the full body would."""

from __future__ import annotations

from pathlib import Path

import pytest
from material.plugins.search.plugin import Parser
from site_fixture import write_content
from testpaths import REPO

from generator.check.content import read_content
from generator.site.assemble import assemble
from generator.site.render import render_body
from generator.site.search.text import search_html

Section = tuple[str | None, str, str, bool]


def sections(html: str) -> list[Section]:
    """What Material's search parser makes of a page: id, title, text, excluded."""
    parser = Parser()
    parser.feed(html)
    parser.close()
    return [
        (s.id, "".join(s.title).strip(), "".join(s.text).strip(), s.is_excluded())
        for s in parser.data
    ]


@pytest.mark.parametrize("tree", ["sample", "hostile"])
def test_every_page_indexes_the_same(tree: str, tmp_path: Path) -> None:
    root = REPO / "content" if tree == "sample" else write_content(tmp_path, hostile=True)
    bodies = [render_body(page) for page in assemble(read_content(root))]
    assert len(bodies) > 20
    for body in bodies:
        light = search_html(body)
        assert sections(light) == sections(body)
        assert len(light) < len(body)


def test_excluded_elements_go_with_all_they_contain() -> None:
    body = (
        '<h1>标题</h1><p>留下</p><div class="wm-list" data-search-exclude>'
        "<div><p>内层</p></div><p>仍在排除之内</p></div><p>之后</p>"
    )
    light = search_html(body)
    assert "内层" not in light and "仍在排除之内" not in light
    assert light == "<h1>标题</h1><p>留下</p><p>之后</p>"


def test_headings_keep_their_id_and_other_tags_lose_attributes() -> None:
    body = (
        '<section class="x"><h2 id="t-义诊" class="y">义诊</h2>'
        '<table><tr><td><a href="../a/">活动</a></td><td><span>3</span></td></tr></table>'
        "</section>"
    )
    assert search_html(body) == '<section><h2 id="t-义诊">义诊</h2>活动3</section>'


def test_scripts_comments_and_white_space() -> None:
    body = (
        "<p>甲\n\n  乙</p><!-- <p>注释</p> --><script>if (a < b) { x('<p>') }</script>"
        "<pre><code>a:\n  b</code></pre><img src=x.png><br/>"
    )
    assert search_html(body) == "<p>甲 乙</p><pre><code>a:\n  b</code></pre>"
