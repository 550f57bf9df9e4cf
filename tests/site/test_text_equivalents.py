"""Every image and chart of the built sample site has a text equivalent (适老化, WCAG 1.1.1).

The sample site is built once with `mkdocs build --strict` and every page's HTML is read
with html.parser (no browser, for speed):

- an <img> has alt; an empty alt only where the element around it names the same thing;
- an <svg> is decorative and aria-hidden, or an icon inside a link, button or label that
  has a name of its own, or an image (role=img) named by aria-label or its <title>, or a
  drawing of links (role=group, named) whose every link is also on the page as text;
- a chart (svg.wm-chart) is followed, in its section, by a table of the same figures.

The same pages each carry the 长辈模式 toggle and, in the head, the script that applies it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest
from site_fixture import REPO, build

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source"}
VOID |= {"track", "wbr", "param"}


@dataclass
class Node:
    tag: str
    attrs: dict[str, str]
    parent: Node | None = None
    children: list[Node | str] = field(default_factory=list)

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children).strip()

    def text_outside_svg(self) -> str:
        parts = [
            c if isinstance(c, str) else c.text_outside_svg()
            for c in self.children
            if isinstance(c, str) or c.tag != "svg"
        ]
        return "".join(parts).strip()

    def elements(self) -> list[Node]:
        found: list[Node] = []
        for child in self.children:
            if isinstance(child, Node):
                found.append(child)
                found.extend(child.elements())
        return found

    def ancestors(self) -> list[Node]:
        chain, node = [], self.parent
        while node is not None:
            chain.append(node)
            node = node.parent
        return chain


class _Tree(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {})
        self.open = self.root

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {k: v or "" for k, v in attrs}, self.open)
        self.open.children.append(node)
        if tag not in VOID:
            self.open = node

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.open.children.append(Node(tag, {k: v or "" for k, v in attrs}, self.open))

    def handle_endtag(self, tag: str) -> None:
        node: Node | None = self.open
        while node is not None and node.tag != tag:
            node = node.parent
        if node is not None and node.parent is not None:
            self.open = node.parent

    def handle_data(self, data: str) -> None:
        self.open.children.append(data)


def parse(html: str) -> Node:
    tree = _Tree()
    tree.feed(html)
    tree.close()
    return tree.root


def own_name(node: Node) -> str:
    """A control's name apart from its icon: aria-label, title, or its text."""
    return (node.attrs.get("aria-label") or node.attrs.get("title") or "").strip() or (
        node.text_outside_svg()
    )


def svg_problem(svg: Node, page_hrefs: set[str]) -> str | None:
    """Why this svg lacks a text equivalent, or None."""
    attrs = svg.attrs
    if attrs.get("aria-hidden") == "true":
        return None
    role = attrs.get("role")
    if role == "img":
        titles = [c for c in svg.children if isinstance(c, Node) and c.tag == "title"]
        if attrs.get("aria-label", "").strip() or any(t.text() for t in titles):
            return None
        return "role=img without aria-label or <title>"
    if role == "group":
        if not attrs.get("aria-label", "").strip():
            return "role=group without aria-label"
        inside = {n.attrs.get("href", n.attrs.get("xlink:href", "")) for n in svg.elements()}
        missing = {h for h in inside if h} - page_hrefs
        return f"links only in the drawing: {sorted(missing)[:3]}" if missing else None
    controls = [a for a in svg.ancestors() if a.tag in ("a", "button", "label")]
    if controls and own_name(controls[0]):
        return None  # an icon: the control it sits in has a name of its own
    return "neither aria-hidden, nor named, nor an icon of a named control"


def chart_problem(svg: Node) -> str | None:
    """A chart's figure must be followed, in its section, by a table of its figures."""
    figure = svg.parent
    holder = figure.parent if figure is not None else None
    if figure is None or holder is None or figure.tag != "figure":
        return "a chart outside a figure"
    siblings = [c for c in holder.children if isinstance(c, Node)]
    later = siblings[siblings.index(figure) + 1 :]
    if any(n.tag == "table" for s in later[:1] for n in [s, *s.elements()]):
        return None
    return "no table right after the chart"


@dataclass
class Findings:
    pages: int = 0
    images: int = 0
    svgs: int = 0
    charts: int = 0
    maps: int = 0
    problems: list[str] = field(default_factory=list)


def audit(site: Path) -> Findings:
    found = Findings()
    for path in sorted(site.rglob("*.html")):
        found.pages += 1
        name = path.relative_to(site).as_posix()
        root = parse(path.read_text(encoding="utf-8"))
        nodes = root.elements()
        outside = [n for n in nodes if not any(a.tag == "svg" for a in n.ancestors())]
        hrefs = {n.attrs["href"] for n in outside if n.tag == "a" and n.attrs.get("href")}
        for node in nodes:
            if node.tag == "img":
                found.images += 1
                alt = node.attrs.get("alt")
                holder = node.parent
                if alt is None:
                    found.problems.append(f"{name}: <img src={node.attrs.get('src')}> has no alt")
                elif not alt.strip() and not (holder is not None and own_name(holder)):
                    found.problems.append(f"{name}: <img> with empty alt names nothing nearby")
            elif node.tag == "svg":
                found.svgs += 1
                problem = svg_problem(node, hrefs)
                classes = node.attrs.get("class", "").split()
                if "wm-chart" in classes:
                    found.charts += 1
                    problem = problem or chart_problem(node)
                if node.attrs.get("role") == "group":
                    found.maps += 1
                if problem:
                    where = node.parent.tag if node.parent else "?"
                    found.problems.append(f"{name}: <svg class={classes}> in <{where}>: {problem}")
    return found


@pytest.fixture(scope="module")
def sample_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site = tmp_path_factory.mktemp("equivalents") / "site"
    result = build(REPO / "mkdocs.yml", site)
    assert result.returncode == 0, result.stderr[-3000:]
    return site


def test_every_image_and_chart_of_the_sample_site_has_a_text_equivalent(
    sample_site: Path,
) -> None:
    found = audit(sample_site)
    assert found.pages > 100 and found.svgs > 100, found
    assert found.charts >= 3 and found.maps >= 1, found
    assert found.problems == [], "\n".join(found.problems[:30])


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ('<p><img src="a.png"></p>', "has no alt"),
        ('<p><img src="a.png" alt=""></p>', "empty alt"),
        ('<a href="x"><svg viewBox="0 0 1 1"><path d=""/></svg></a>', "neither"),
        ('<div><svg role="img"><rect/></svg></div>', "role=img without"),
        (
            '<section><figure><svg class="wm-chart" role="img"><title>t</title></svg>'
            "</figure><p>no table</p></section>",
            "no table",
        ),
        ('<svg role="group" aria-label="m"><a href="only/"><circle/></a></svg>', "only in"),
    ],
)
def test_the_audit_finds_what_lacks_an_equivalent(tmp_path: Path, html: str, expected: str) -> None:
    (tmp_path / "index.html").write_text(f"<html><body>{html}</body></html>", encoding="utf-8")
    problems = audit(tmp_path).problems
    assert len(problems) == 1 and expected in problems[0], problems


@pytest.mark.parametrize(
    "html",
    [
        '<a href="x" aria-label="首页"><svg><path d=""/></svg></a>',
        '<button title="清空"><svg><path d=""/></svg></button>',
        '<svg aria-hidden="true"><path d=""/></svg>',
        '<a href="p"><img src="i.svg" alt="">公网安备</a>',
        '<section><figure><svg class="wm-chart" role="img"><title>t</title></svg></figure>'
        '<div class="wm-scroll"><table><tr><td>1</td></tr></table></div></section>',
        '<svg role="group" aria-label="m"><a href="s/"><circle/></a></svg><a href="s/">站</a>',
    ],
)
def test_the_audit_accepts_what_has_one(tmp_path: Path, html: str) -> None:
    (tmp_path / "index.html").write_text(f"<html><body>{html}</body></html>", encoding="utf-8")
    assert audit(tmp_path).problems == []


def test_every_built_page_carries_the_elder_toggle_and_its_script(sample_site: Path) -> None:
    pages = sorted(sample_site.rglob("*.html"))
    assert len(pages) > 100
    for path in pages:
        nodes = parse(path.read_text(encoding="utf-8")).elements()
        toggles = [n for n in nodes if "data-wm-elder-toggle" in n.attrs]
        assert len(toggles) == 1, path
        toggle = toggles[0]
        assert toggle.tag == "button" and toggle.attrs.get("type") == "button", path
        assert toggle.text() == "长辈模式" and toggle.attrs.get("aria-pressed") == "false", path
        assert any(a.tag == "header" for a in toggle.ancestors()), path
        head = next(n for n in nodes if n.tag == "head")
        scripts = [n.attrs.get("src", "") for n in head.elements() if n.tag == "script"]
        assert any(src.endswith("assets/elder.js") for src in scripts), path
