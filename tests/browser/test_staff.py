"""Practice staff on a phone: who runs a site, a tap to call their office, and coverage.

The sample's 中心 and 所 name their staff; their personal mobiles and pay are kept under
`private:` in the same files. Those values are read from the content itself, so the
search through the whole built site looks for exactly what the editors wrote there.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from helpers import REPO_ROOT, describe_violations, has_horizontal_scroll, run_axe
from playwright.sync_api import Page

CENTER = "sites/xiyang-center/"
SUO = "sites/xiyang-dazhai/"


def _private_values() -> set[str]:
    found: set[str] = set()

    def walk(data: Any) -> Iterator[str]:
        if isinstance(data, dict):
            for value in data.values():
                yield from walk(value)
        elif data is not None:
            yield str(data)

    for path in sorted((REPO_ROOT / "content" / "sites").glob("*.yml")):
        site = yaml.safe_load(path.read_text(encoding="utf-8"))
        for member in site.get("staff") or []:
            found.update(walk(member.get("private")))
    return found


def test_the_sample_keeps_mobiles_and_pay_of_its_staff() -> None:
    private = _private_values()
    assert {"13935400101", "每人每月2800元"} <= private and len(private) > 15


def test_no_private_staff_value_is_anywhere_in_the_built_site(built_site: Path) -> None:
    private = _private_values()
    leaks = []
    for path in sorted(p for p in built_site.rglob("*") if p.is_file()):
        if path.suffix == ".gz":
            continue  # sitemap.xml.gz is sitemap.xml, which is read
        text = path.read_bytes().decode("utf-8", errors="replace")
        if path.suffix == ".json":  # the search index escapes CJK and cuts words with U+200B
            text = json.dumps(json.loads(text), ensure_ascii=False)
        text = text.replace("\u200b", "")
        leaks += [(str(path.relative_to(built_site)), v) for v in private if v in text]
    assert leaks == []


def test_a_site_page_lists_its_staff_with_a_phone_to_tap(site_server: str, page: Page) -> None:
    page.goto(site_server + CENTER)
    staff = page.locator(".wm-staff li")
    assert staff.count() == 4
    first = staff.first
    assert "郭文静" in first.inner_text() and "专职实践员" in first.inner_text()
    tel = first.locator('a[href^="tel:"]')
    assert tel.get_attribute("href") == "tel:+86-354-4112006"
    tel.scroll_into_view_if_needed()
    box = tel.bounding_box()
    assert box is not None and box["height"] >= 44, box
    for phone in page.locator(".wm-staff__phone").all():  # "办公电话" never alone on a line
        pair = phone.bounding_box()
        assert pair is not None and pair["height"] < 1.2 * box["height"], pair
        assert phone.evaluate("e => e.getClientRects().length") == 1
    assert not has_horizontal_scroll(page)
    violations = run_axe(page)
    assert violations == [], describe_violations(violations)


def test_a_suo_names_its_practice_worker_and_liaison(site_server: str, page: Page) -> None:
    page.goto(site_server + SUO)
    text = page.locator(".wm-staff").inner_text()
    assert "赵丽萍" in text and "梁春生" in text and "联络员" in text
    assert "暂未登记" not in page.locator(".wm-site").inner_text()


@pytest.mark.parametrize("path", ["stats/", "sites/"])
def test_coverage_is_shown_where_sites_are_counted(site_server: str, page: Page, path: str) -> None:
    page.goto(site_server + path)
    body = page.locator(".wm").first.inner_text()
    assert "8个所中8个有专职实践员" in body and "6个中心中6个有专职实践员" in body
    assert not has_horizontal_scroll(page)
    violations = run_axe(page)
    assert violations == [], describe_violations(violations)


def test_the_stats_page_counts_training_apart(site_server: str, page: Page) -> None:
    page.goto(site_server + "stats/")
    staffing = page.locator(".wm-staffing").inner_text()
    assert "实践员培训 2 项、5场次、70人次" in staffing
    types = page.locator("section.wm-stat", has_text="各类活动数").inner_text()
    assert "实践员培训" not in types
