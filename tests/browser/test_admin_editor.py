"""The form editor in local mode (`wenming admin serve`): records created through the forms
in Chromium are written where they belong, in the project's YAML style, pass
`wenming check`, and an edit touches only the lines of the changed field."""

from __future__ import annotations

import difflib
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from admin_helpers import (
    WENMING,
    Editor,
    admin_server,
    choose,
    field,
    open_editor,
    open_new,
    save,
)
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


def test_an_activity_created_through_the_form(page: Page, editor: Editor) -> None:
    open_new(page, editor, "activities-2026-q4")
    page.locator(field(page, "title")).fill("社区广场舞展演")
    expect(page.locator(field(page, "id"))).to_have_value("2026q4-she-qu-guang-chang-wu-zhan-yan")
    choose(page, "type", "文艺演出")
    choose(page, "content", "丰富活跃文化生活")
    choose(page, "form", "乐")
    choose(page, "sites", "宝泉路北社区新时代文明实践站", typed="宝泉路北")
    page.locator(field(page, "date")).first.fill("2026-11-28")
    page.locator(field(page, "sessions")).fill("2")
    page.locator(field(page, "attendance")).fill("300+")
    page.locator(field(page, "summary")).fill("居民自编自演广场舞，“我们的节日”展演。")
    save(page)
    written = editor.repo / "content/activities/2026-Q4/2026q4-she-qu-guang-chang-wu-zhan-yan.yml"
    assert written.read_text(encoding="utf-8") == (
        "id: 2026q4-she-qu-guang-chang-wu-zhan-yan\n"
        "title: 社区广场舞展演\n"
        "type: 文艺演出\n"
        "content: 丰富活跃文化生活\n"
        "form: 乐\n"
        "sites:\n"
        "  - qindu-baoquanlu-north\n"
        "date: 2026-11-28\n"
        "sessions: 2\n"
        "attendance: 300+\n"
        "summary: 居民自编自演广场舞，“我们的节日”展演。\n"
    )
    result = check(editor.repo)
    assert result.returncode == 0, result.stdout + result.stderr


def test_an_edit_touches_only_the_changed_line(page: Page, editor: Editor) -> None:
    record = editor.repo / "content/honors/2026-Q4/2026q4-ddmf-song-deming.yml"
    before = record.read_text(encoding="utf-8")
    open_editor(page, editor, "collections/honors-2026-q4/entries/2026q4-ddmf-song-deming")
    deeds = page.locator(field(page, "deeds"))
    expect(deeds).to_have_value(re.compile("照顾失智的老父亲"))
    deeds.fill("照顾失智的老父亲和残疾的哥哥二十年。")
    page.get_by_role("button", name="发布").first.click()
    page.get_by_text("立即发布").click()
    for _ in range(100):
        if record.read_text(encoding="utf-8") != before:
            break
        page.wait_for_timeout(200)
    after = record.read_text(encoding="utf-8")
    changed = [
        line
        for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]
    assert changed == [
        "-deeds: 照顾失智的老父亲和残疾的哥哥二十年，还经常帮助楼里的独居老人。",
        "+deeds: 照顾失智的老父亲和残疾的哥哥二十年。",
    ]
    assert after.startswith("# 光荣榜：道德模范（样例数据，人物为虚构）\n")
    result = check(editor.repo)
    assert result.returncode == 0, result.stdout + result.stderr
