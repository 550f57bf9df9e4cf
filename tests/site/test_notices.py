"""The printed 公示 and the objection contact on the rolls (sections/notices.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import yaml
from qrmodules import segno_modules, svg_modules
from site_fixture import write_content
from testpaths import REPO

from generator.check.catalog import Catalog
from generator.check.content import read_content
from generator.site.assemble import assemble
from generator.site.build import BuildOptions, build
from generator.site.pages import Page
from generator.site.render import render_body
from generator.site.sections.bulletins import BulletinPage
from generator.site.sections.honors import HonorIndexPage, HonorRollPage
from generator.site.sections.notices import NoticePage, qr_svg, qr_text

BASE = "https://wenming.example/"


def sample() -> Catalog:
    return read_content(REPO / "content", as_of=date(2026, 11, 30))


def pages(catalog: Catalog, base: str = BASE) -> dict[str, Page]:
    return {p.url: p for p in assemble(catalog, base_url=base)}


def test_one_notice_per_quarter_and_category_with_honours_under_notice() -> None:
    catalog = sample()
    notices = {u: p for u, p in pages(catalog).items() if isinstance(p, NoticePage)}
    expected = {
        f"honors/{q}/notice/{h.category}/"
        for q, honours in catalog.honors_by_quarter.items()
        for h in honours
        if h.status == "公示中"
    }
    assert set(notices) == expected and len(expected) == 4
    for page in notices.values():
        assert page.title == f"关于2026年第四季度“{page.category}”拟认定对象的公示"
        assert all(i.honor.status == "公示中" for i in page.items)


def test_a_notice_names_its_issuer_contact_period_and_date() -> None:
    catalog = sample()
    worker = pages(catalog)["honors/2026-Q4/notice/最美职工/"]
    assert isinstance(worker, NoticePage)
    # The category's own issuer and contact (vocabularies.yml) …
    assert worker.issuer == "样例县总工会（虚构）"
    assert worker.contact.phone == "0910-0000002"
    assert (worker.start, worker.end, worker.issued) == (
        date(2026, 11, 25),
        date(2026, 12, 2),
        date(2026, 11, 25),
    )
    body = render_body(worker)
    assert "公示时间为2026年11月25日至2026年12月2日。" in body
    assert (
        "公示期间，如对公示对象有异议，请以书面或电话形式向样例县总工会办公室（虚构）反映。"
        "联系电话：" in body
    )
    assert 'href="tel:+86-910-0000002"' in body and 'href="mailto:zgh@example.org"' in body
    assert '<div class="wm-sign">\n<p>样例县总工会（虚构）</p>\n<p>2026年11月25日</p>' in body
    # … and the county's (publisher.yml) for a category without its own, its unit the 落款.
    citizen = pages(catalog)["honors/2026-Q4/notice/文明市民/"]
    assert isinstance(citizen, NoticePage)
    assert citizen.issuer == citizen.contact.unit == "中共样例县委宣传部（县文明办，虚构）"


def test_the_qr_code_is_segnos_encoding_of_the_pages_absolute_address() -> None:
    page = pages(sample())["honors/2026-Q4/notice/最美职工/"]
    assert isinstance(page, NoticePage)
    assert page.address == BASE + "honors/2026-Q4/notice/最美职工/"
    encoded = qr_text(page.address)
    assert encoded == BASE + "honors/2026-Q4/notice/%E6%9C%80%E7%BE%8E%E8%81%8C%E5%B7%A5/"
    assert page.qr == qr_svg(encoded)
    # The SVG drawn is that address's code, module for module.
    assert svg_modules(str(page.qr)) == segno_modules(encoded)
    assert str(page.qr).startswith("<svg ") and "<script" not in str(page.qr)
    assert str(page.qr) in render_body(page)
    other = qr_svg(qr_text(BASE + "honors/2026-Q4/notice/文明市民/"))
    assert other != page.qr


def test_without_a_site_url_the_qr_code_holds_the_site_path() -> None:
    page = pages(sample(), base="")["honors/2026-Q4/notice/最美职工/"]
    assert isinstance(page, NoticePage)
    assert page.address == "/honors/2026-Q4/notice/最美职工/"


def test_a_minors_notice_shows_name_school_and_grade_only(tmp_path: Path) -> None:
    content = write_content(tmp_path / "content")
    young = content / "honors" / "2026-Q3" / "2026q3-young.yml"
    data = yaml.safe_load(young.read_text(encoding="utf-8"))
    data |= {"status": "公示中", "notice": {"start": "2026-08-01", "end": "2026-08-07"}}
    young.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    page = pages(read_content(content))["honors/2026-Q3/notice/新时代好少年/"]
    assert isinstance(page, NoticePage)
    body = render_body(page)
    assert '<th scope="col">学校</th><th scope="col">年级</th>' in body
    assert "东山小学" in body and "五年级" in body
    assert "单位或村社区" not in body and "主要事迹" not in body


def test_every_entry_under_notice_is_covered_by_its_groups_objection_box() -> None:
    catalog = sample()
    built = pages(catalog)
    for page in built.values():
        if not isinstance(page, HonorRollPage):
            continue
        body = render_body(page)
        for (_, items), box in zip(page.groups, page.boxes, strict=True):
            open_names = [i.honor.name for i in items if i.status == "公示中"]
            assert (box is not None) == bool(open_names), page.url
            if box is None:
                continue
            assert list(box.names) == open_names
            assert f"<strong>公示中</strong>：{'、'.join(open_names)}。" in body
            assert f"公示期至{box.end.year}年{box.end.month}月{box.end.day}日" in body
            assert f'href="tel:+86-910-{box.contact.phone[5:]}"' in body
            assert f'href="mailto:{box.contact.email}"' in body
            assert f"通信地址：{box.contact.address}" in body
            assert box.notice.url in built  # the printed notice exists
    quarter = built["honors/2026-Q4/"]
    assert isinstance(quarter, HonorRollPage) and sum(b is not None for b in quarter.boxes) == 4


def sample_index() -> HonorIndexPage:
    index = pages(sample())["honors/"]
    assert isinstance(index, HonorIndexPage)
    return index


def test_the_honour_index_lists_every_notice() -> None:
    built = pages(sample())
    index = built["honors/"]
    assert isinstance(index, HonorIndexPage)
    notices = {u for u, p in built.items() if isinstance(p, NoticePage)}
    assert {link.url for link in index.notices} == notices
    assert 'href="2026-Q4/notice/%E6%9C%80%E7%BE%8E%E8%81%8C%E5%B7%A5/"' in render_body(index)


def test_a_bulletin_ends_with_its_issuer_and_date() -> None:
    page = pages(sample())["bulletins/2026-Q3/"]
    assert isinstance(page, BulletinPage)
    assert page.issuer == "样例县新时代文明实践中心（虚构）"
    body = render_body(page)
    assert body.rstrip().endswith(
        f'<div class="wm-sign">\n<p>{page.issuer}</p>\n<p>'
        f"{page.published.year}年{page.published.month}月{page.published.day}日</p>\n</div>\n</div>"
        if page.published
        else "编辑中</p>\n</div>\n</div>"
    )


def test_notices_build_byte_identical() -> None:
    options = BuildOptions(base_url=BASE)
    first = [p for p in build(sample(), options).pages if "/notice/" in p.url]
    again = [p for p in build(sample(), options).pages if "/notice/" in p.url]
    assert first == again and len(first) == 4


def test_a_notice_outlives_its_period_until_the_outcome_is_recorded() -> None:
    """After every period has ended the notice page stays (its entries still say 公示中),
    marked as over on screen and on paper, with no call for objections; the index says
    so; no roll shows an objection box any more."""
    built = pages(read_content(REPO / "content", as_of=date(2026, 12, 31)))
    notices = [p for p in built.values() if isinstance(p, NoticePage)]
    assert len(notices) == 4 and not any(p.open for p in notices)
    for notice in notices:
        body = render_body(notice)
        over = f"本公示的公示期已于{notice.end.year}年{notice.end.month}月{notice.end.day}日结束"
        assert f'<p class="wm-notice__over">{over}，不再受理异议。</p>' in body  # printed too
        assert "如对公示对象有异议" not in body
    index = built["honors/"]
    assert isinstance(index, HonorIndexPage)
    assert all(link.text.endswith("（公示期已结束）") for link in index.notices)
    assert not any(link.text.endswith("（公示期已结束）") for link in sample_index().notices)
    rolls = [p for p in built.values() if isinstance(p, HonorRollPage)]
    assert rolls and all(b is None for p in rolls for b in p.boxes)


def test_a_bulletins_issuer_is_the_organizer_else_the_sponsor_else_the_name(
    tmp_path: Path,
) -> None:
    content = write_content(tmp_path / "content")
    publisher = content / "publisher.yml"
    data = yaml.safe_load(publisher.read_text(encoding="utf-8"))

    def issuer(**more: str) -> str:
        publisher.write_text(yaml.safe_dump({**data, **more}, allow_unicode=True), "utf-8")
        page = pages(read_content(content))["bulletins/2026-Q3/"]
        assert isinstance(page, BulletinPage)
        return page.issuer

    assert issuer() == data["name"]
    assert issuer(sponsor="中共测试县委宣传部") == "中共测试县委宣传部"
    both = issuer(sponsor="中共测试县委宣传部", organizer="测试县新时代文明实践中心")
    assert both == "测试县新时代文明实践中心"


def test_the_editors_guide_says_how_to_post_the_notice() -> None:
    built = pages(sample())
    honour = render_body(built["guide/honor/"])
    assert "在浏览器中选择“打印”即得到带落款、日期、页码和二维码的 A4 公示" in honour
    publisher = render_body(built["guide/publisher/"])
    for key in ("objections.unit", "objections.phone", "objections.email", "objections.address"):
        assert key in publisher
