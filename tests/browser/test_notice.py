"""The printed 公示 and the bulletin, as Chromium prints them: A4 PDFs a 站 can post.

The repository's site is printed with Playwright's `page.pdf(format="A4")` in Debian's
chromium; pypdf reads the page size and the text back from the PDF. The page numbers
are print.css's `@page` margin box (Chromium draws those since version 131).
"""

from __future__ import annotations

import io
import re
import unicodedata
from urllib.parse import quote

import pytest
import yaml
from helpers import REPO_ROOT, describe_violations, has_horizontal_scroll, run_axe
from playwright.sync_api import Page
from pypdf import PdfReader
from qrmodules import segno_modules, svg_modules

from generator.site.sections.notices import qr_text

NOTICE = "honors/2026-Q4/notice/最美职工/"
BULLETIN = "bulletins/2026-Q3/"
A4 = (595.28, 841.89)  # points
CHROME = ".md-header, .md-tabs, .md-sidebar, .md-footer, .md-banner, .wm-sample, .wm-report"


# Chromium's PDF maps some glyphs of the CJK font to radicals: the Kangxi ones (⼯ for 工)
# fold back under NFKC, the supplement's simplified ones (⻚ for 页) need this table; 户's
# Kangxi radical folds to the traditional 戶. Both sides of every comparison are folded.
_RADICALS = str.maketrans("⺠⻅⻆⻋⻓⻔⻚⻛⻢戶", "民见角车长门页风马户")


def fold(text: str) -> str:
    """`text` as compared with a PDF's: no white space, radicals read as characters."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text).translate(_RADICALS))


def site_url() -> str:
    config = (REPO_ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    found = re.search(r"^site_url:\s*(\S+)", config, re.M)
    assert found is not None
    return found[1].rstrip("/") + "/"


def printed(page: Page, url: str) -> tuple[list[tuple[float, float]], str]:
    """Each PDF page's size in points, and all the text with the white space taken out
    (Chinese text comes back from a PDF with breaks between glyph runs)."""
    page.goto(url)
    page.emulate_media(media="print")
    pdf = page.pdf(format="A4")
    reader = PdfReader(io.BytesIO(pdf))
    sizes = [(float(p.mediabox.width), float(p.mediabox.height)) for p in reader.pages]
    text = "".join(p.extract_text() for p in reader.pages)
    return sizes, fold(text)


def assert_a4_and_numbered(sizes: list[tuple[float, float]], text: str) -> None:
    assert sizes
    for width, height in sizes:
        assert abs(width - A4[0]) < 1 and abs(height - A4[1]) < 1, (width, height)
    for number in range(1, len(sizes) + 1):
        assert fold(f"第{number}页共{len(sizes)}页") in text, number


def assert_clean_print(page: Page) -> None:
    """In print media: no link underlined, no header, navigation, banner or edit link."""
    decorations = page.eval_on_selector_all(
        ".md-content a", "els => els.map(e => getComputedStyle(e).textDecorationLine)"
    )
    assert decorations and set(decorations) == {"none"}
    shown = page.eval_on_selector_all(
        CHROME, "els => els.filter(e => getComputedStyle(e).display !== 'none').length"
    )
    assert shown == 0


def test_the_notice_prints_as_an_a4_document_with_contact_issuer_and_date(
    site_server: str, page: Page
) -> None:
    sizes, text = printed(page, site_server + quote(NOTICE))
    assert_a4_and_numbered(sizes, text)
    assert fold("关于2026年第四季度“最美职工”拟认定对象的公示") in text
    assert fold("公示时间为2026年11月25日至2026年12月2日。") in text
    objection = (
        "公示期间，如对公示对象有异议，请以书面或电话形式向样例县总工会办公室（虚构）反映。"
        "联系电话：0910-0000002；电子邮箱：zgh@example.org"
    )
    assert fold(objection) in text
    assert fold("样例县总工会（虚构）2026年11月25日") in text
    assert fold("白晓梅") in text
    # No repeated boilerplate: neither the site's banner nor its footer or edit link.
    assert fold("本站内容为虚构示例") not in text and fold("报告更正") not in text
    assert text.count(fold("样例数据")) == 1  # the notice's own one line
    assert_clean_print(page)
    assert page.eval_on_selector(".wm-sign", "e => getComputedStyle(e).textAlign") == "right"


def test_the_notices_qr_code_holds_its_own_address(site_server: str, page: Page) -> None:
    page.goto(site_server + quote(NOTICE))
    svg = page.locator(".wm-notice__qr svg")
    assert svg.is_visible()
    assert svg_modules(svg.evaluate("e => e.outerHTML")) == segno_modules(
        qr_text(site_url() + NOTICE)
    )
    page.emulate_media(media="print")
    box = svg.bounding_box()
    assert box is not None and box["width"] > 60  # big enough to scan off a notice board


@pytest.mark.parametrize("quarter", ["2026-Q3"])
def test_the_bulletin_prints_as_a_clean_a4_document(
    site_server: str, page: Page, quarter: str
) -> None:
    bulletin = yaml.safe_load(
        (REPO_ROOT / "content" / "bulletins" / f"{quarter}.yml").read_text(encoding="utf-8")
    )
    sizes, text = printed(page, site_server + BULLETIN)
    assert_a4_and_numbered(sizes, text)
    assert fold(bulletin["title"]) in text
    assert fold("样例县新时代文明实践中心（虚构）") in text
    assert fold("本站内容为虚构示例") not in text and fold("报告更正") not in text
    assert_clean_print(page)


@pytest.mark.parametrize("path", [NOTICE, "honors/2026-Q4/", "honors/category/最美职工/"])
def test_notice_and_rolls_read_on_a_phone(site_server: str, page: Page, path: str) -> None:
    """At 360 px: the objection contact's phone is a tel: link, nothing scrolls sideways,
    and axe finds nothing."""
    page.goto(site_server + quote(path))
    assert page.locator('a[href="tel:+86-910-0000002"]').first.is_visible()
    assert not has_horizontal_scroll(page)
    violations = run_axe(page)
    assert violations == [], describe_violations(violations)
