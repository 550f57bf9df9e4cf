"""Rendering: record text comes out as literal text, whatever it contains; unchanged pages are reused."""

from __future__ import annotations

import shutil
from pathlib import Path

import markdown
import pytest
import yaml
from literal import assert_literal, parse
from site_fixture import REPO, write_content

from generator.check.content import read_content
from generator.site.assemble import assemble
from generator.site.correction import NO_CONTACT, Contact
from generator.site.pages import Page
from generator.site.render import Renderer, front_matter, render_body, render_head
from generator.site.urls import ACTIVITIES_URL, site_url

# Stronger than mkdocs.yml, which enables neither attr_list nor md_in_html: the
# body must stay literal even if someone turns them on later.
EXTENSIONS = ["toc", "tables", "fenced_code", "attr_list", "md_in_html"]


@pytest.fixture(scope="module")
def hostile_pages(tmp_path_factory: pytest.TempPathFactory) -> list[Page]:
    root = write_content(tmp_path_factory.mktemp("hostile") / "content", hostile=True)
    return assemble(read_content(root))


def test_every_page_body_stays_literal_through_markdown(hostile_pages: list[Page]) -> None:
    shown = 0
    for page in hostile_pages:
        body = render_body(page)
        assert "\n\n" not in body  # a blank line would end the raw HTML block
        html = markdown.markdown(body, extensions=EXTENSIONS)
        shown += assert_literal(html)
    assert shown > 100


def test_front_matter_has_known_keys_and_an_escaped_title(hostile_pages: list[Page]) -> None:
    for page in hostile_pages:
        _, meta_text, _ = render_head(page).split("---\n", 2)
        meta = yaml.safe_load(meta_text)
        assert meta == front_matter(page)
        assert set(meta) <= {"title", "hide", "search", "wenming_scripts"}
        assert set(meta.get("wenming_scripts", [])) <= {"nearest", "mapmark"}
        assert "<" not in meta["title"] and ">" not in meta["title"]


def test_private_fields_never_rendered(tmp_path: Path) -> None:
    pages = assemble(read_content(write_content(tmp_path / "content")))
    for page in pages:
        body = render_body(page)
        for secret in ("13912345678", "联系人钱七七", "绝不公开", "撤销者", "草稿者"):
            assert secret not in body, (page.url, secret)


def test_minor_shows_only_name_school_grade(tmp_path: Path) -> None:
    pages = assemble(read_content(write_content(tmp_path / "content")))
    roll = next(p for p in pages if p.url == "honors/2026-Q3/")
    body = render_body(roll)
    start = body.index('id="h-2026q3-young"')
    card = body[start : body.index("</article>", start)]
    assert "赵小明" in card and "东山小学" in card and "五年级" in card
    assert "个人" not in card and "2026年8月1日" not in card and "推荐阵地" not in card


@pytest.mark.parametrize(
    ("phone", "href", "text"),
    [
        ("029-33210001-8001", "tel:+86-29-33210001;ext=8001", "029-33210001 转 8001"),
        ("029-33210001", "tel:+86-29-33210001", "029-33210001"),
        ("0913-1234567-12", "tel:+86-913-1234567;ext=12", "0913-1234567 转 12"),
        ("400-810-1234", "tel:400-810-1234", "400-810-1234"),
        ("12345", "tel:12345", "12345"),
    ],
)
def test_a_phone_dials_the_number_and_shows_its_extension(
    tmp_path: Path, phone: str, href: str, text: str
) -> None:
    """RFC 3966: the global form (+86, the area code without its 0) and `;ext=`."""
    content = write_content(tmp_path / "content")
    record = content / "sites" / "dongshan-station.yml"
    record.write_text(
        record.read_text(encoding="utf-8").replace("phone: 029-33210001", f"phone: {phone}"),
        encoding="utf-8",
    )
    pages = assemble(read_content(content))
    body = render_body(next(p for p in pages if p.url == site_url("dongshan-station")))
    links = [
        attrs
        for tag, attrs in parse(body).tags
        if tag == "a" and "tel:" in (attrs["href"] or "") and attrs.get("class") != "wm-tel"
    ]
    assert [a["href"] for a in links] == [href]
    assert f'<a href="{href}">{text}</a>' in body


def test_renderer_reuses_only_pages_whose_model_is_unchanged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What `serve` relies on: equal models give the text of the last build, changed ones anew."""
    root = write_content(tmp_path)
    catalog = read_content(root)
    renderer = Renderer()
    first = {page.url: renderer.render(page) for page in assemble(catalog)}
    renderer.finish()

    site = next(iter(catalog.sites))
    (root / "sites" / f"{site}.yml").write_text(
        (root / "sites" / f"{site}.yml")
        .read_text(encoding="utf-8")
        .replace("name: ", "name: 改名", 1),
        encoding="utf-8",
    )
    rendered: list[str] = []
    real = render_body

    def counting(page: Page, fix: Contact = NO_CONTACT) -> str:
        rendered.append(page.url)
        return real(page, fix)

    monkeypatch.setattr("generator.site.render.render_body", counting)
    again = {page.url: renderer.render(page) for page in assemble(read_content(root))}
    assert site_url(site) in rendered  # the edited record's page is rendered anew
    assert {url for url in again if "改名" in again[url][1]} <= set(rendered)
    assert 0 < len(rendered) < len(again)  # and only the pages that show it
    assert all(again[url] == first[url] for url in again if url not in rendered)
    renderer.finish()

    # A new correction channel (publisher.yml's e-mail) is on every page: all anew.
    rendered.clear()
    fix = Contact(email="jiucuo@example.org")
    pages = assemble(read_content(root))
    again = {page.url: renderer.render(page, fix) for page in pages}
    assert set(rendered) == set(again)


def test_a_practice_form_is_shown_with_its_meaning(tmp_path: Path) -> None:
    """讲/评/帮/乐/庆 mean little to a resident alone: the meaning from vocabularies.yml."""
    vocab = yaml.safe_load((REPO / "content" / "vocabularies.yml").read_text(encoding="utf-8"))
    meanings = vocab["practice_form_meanings"]
    assert set(meanings) == set(vocab["practice_forms"])
    root = tmp_path / "content"
    shutil.copytree(REPO / "content", root)
    text = (root / "vocabularies.yml").read_text(encoding="utf-8")
    (root / "vocabularies.yml").write_text(text.replace("宣讲理论政策", "讲<b>政策</b>"), "utf-8")
    pages = {page.url: page for page in assemble(read_content(root))}
    index = render_body(pages[ACTIVITIES_URL])
    assert "<dt>讲</dt><dd>讲&lt;b&gt;政策&lt;/b&gt;</dd>" in index
    assert all(f"<dt>{f}</dt><dd>{meanings[f]}</dd>" in index for f in "评帮乐庆")
    site = next(p for p in pages.values() if "形式：帮" in render_body(p))
    assert f"形式：帮（{meanings['帮']}）" in render_body(site)
