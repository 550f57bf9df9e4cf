"""The form editor in local mode (`wenming admin serve`): records created through the forms
in Chromium are written where they belong, in the project's YAML style, pass
`wenming check`, and an edit touches only the lines of the changed field."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from admin_helpers import WENMING, Editor, admin_server, choose, field, open_new, save
from helpers import RequestLog
from playwright.sync_api import Page, expect


@pytest.fixture
def editor(tmp_path: Path) -> Iterator[Editor]:
    with admin_server(tmp_path) as running:
        yield running


def check(repo: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(WENMING), "check", "--no-cache", "content"],
        cwd=repo,
        capture_output=True,
        text=True,
        check=False,
    )


def test_a_good_person_created_through_the_form(
    page: Page, editor: Editor, request_log: RequestLog
) -> None:
    open_new(page, editor, "honors-2026-q4")
    page.locator(field(page, "name")).fill("王秀兰")
    expect(page.locator(field(page, "id"))).to_have_value("2026q4-wang-xiu-lan")
    choose(page, "category", "身边好人")
    choose(page, "good_class", "助人为乐")
    choose(page, "subject", "个人")
    page.locator(field(page, "unit")).fill("宝泉路北社区")
    choose(page, "site", "宝泉路北社区新时代文明实践站", typed="宝泉路北")
    page.locator(field(page, "deeds")).fill("十年如一日照顾独居老人。")
    page.locator(field(page, "date")).first.fill("2026-11-20")
    choose(page, "status", "已认定")
    save(page)
    written = editor.repo / "content/honors/2026-Q4/2026q4-wang-xiu-lan.yml"
    assert written.read_text(encoding="utf-8") == (
        "id: 2026q4-wang-xiu-lan\n"
        "category: 身边好人\n"
        "good_class: 助人为乐\n"
        "subject: 个人\n"
        "name: 王秀兰\n"
        "unit: 宝泉路北社区\n"
        "site: qindu-baoquanlu-north\n"
        "deeds: 十年如一日照顾独居老人。\n"
        "date: 2026-11-20\n"
        "status: 已认定\n"
    )
    result = check(editor.repo)
    assert result.returncode == 0, result.stdout + result.stderr
    assert request_log.blocked == []
    assert request_log.external(editor.base) == []
