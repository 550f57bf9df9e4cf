"""The form editor in local mode (`wenming admin serve`): records created through the forms
in Chromium are written where they belong, in the project's YAML style, pass
`wenming check` and appear in the rebuilt site, and an edit touches only the lines of the
changed field."""

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
    build_repo_site,
    choose,
    field,
    open_editor,
    open_new,
    save,
)
from helpers import RequestLog, serve_directory
from playwright.sync_api import Page, expect

from generator.read.eventdata import compose_data


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
    # ... and is on the rebuilt site: the quarter's roll carries the honour's card.
    site = build_repo_site(editor.repo, today="2026-12-01")
    with serve_directory(site) as base:
        page.goto(f"{base}honors/2026-Q4/")
        card = page.locator("article.wm-honor:has(#h-2026q4-wang-xiu-lan)")
        expect(card).to_contain_text("王秀兰")
        expect(card).to_contain_text("十年如一日照顾独居老人。")


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
    # ... and is on the rebuilt site: November's list carries the activity's row.
    site = build_repo_site(editor.repo, today="2026-12-01")
    with serve_directory(site) as base:
        page.goto(f"{base}activities/2026-11/")
        row = page.locator("#a-2026q4-she-qu-guang-chang-wu-zhan-yan")
        expect(row).to_contain_text("社区广场舞展演")


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


def test_the_preview_shows_the_site_card_in_the_site_styles(page: Page, editor: Editor) -> None:
    open_new(page, editor, "honors-2026-q4")
    page.locator(field(page, "name")).fill("王秀兰<b>粗</b>")
    page.locator(field(page, "deeds")).fill("十年如一日照顾独居老人。")
    preview = page.frame_locator("iframe").first
    card = preview.locator("article.wm-card.wm-honor")
    expect(card.locator("h3")).to_have_text("王秀兰<b>粗</b>")  # text, never markup
    expect(card.locator("b")).to_have_count(0)
    expect(card).to_contain_text("十年如一日照顾独居老人。")
    links = preview.locator('link[rel="stylesheet"]')
    expect(links).to_have_count(2)
    main, own = (links.nth(i).get_attribute("href") or "" for i in range(2))
    assert re.fullmatch(rf"{editor.base}assets/stylesheets/main\.\w+\.min\.css", main), main
    assert own == f"{editor.base}assets/wenming.css"
    # both apply: Material's colour variables, and wenming.css's card border drawn with one
    material = "e => getComputedStyle(e).getPropertyValue('--md-default-fg-color--lightest')"
    assert card.evaluate(material).strip()
    assert card.evaluate("e => getComputedStyle(e).borderTopStyle") == "solid"


def _diff(before: str, after: str) -> list[str]:
    return [
        line
        for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]


def _publish_and_wait(page: Page, record: Path, before: str) -> str:
    page.get_by_role("button", name="发布").first.click()
    page.get_by_text("立即发布").click()
    for _ in range(100):
        if record.read_text(encoding="utf-8") != before:
            break
        page.wait_for_timeout(200)
    return record.read_text(encoding="utf-8")


def _shown(page: Page, selector: str) -> None:
    """Expand the collapsed group or list around `selector` until it is visible."""
    target = page.locator(selector)
    expand = page.get_by_role("button", name="Expand", exact=True)
    for _ in range(20):
        if target.is_visible() or expand.count() == 0:
            break
        expand.first.click()  # it becomes "Collapse": the next one is first now
        page.wait_for_timeout(100)
    target.wait_for(state="visible")


def test_an_edit_of_one_room_rewrites_only_that_line(page: Page, editor: Editor) -> None:
    """A nested list keeps its untouched items and the comments inside it as written."""
    record = editor.repo / "content/sites/qindu-center.yml"
    text = record.read_text(encoding="utf-8")
    marked = text.replace("  - name: 志愿服务调度室\n", "  # 二楼\n  - name: 志愿服务调度室\n")
    assert marked != text
    record.write_text(marked, encoding="utf-8")
    open_editor(page, editor, "collections/sites/entries/qindu-center")
    room = '[id^="name-field-"] >> nth=2'  # the site's name, then each room's
    _shown(page, room)
    expect(page.locator(room)).to_have_value("志愿服务调度室")
    page.locator(room).fill("志愿服务调度中心")
    after = _publish_and_wait(page, record, marked)
    assert _diff(marked, after) == ["-  - name: 志愿服务调度室", "+  - name: 志愿服务调度中心"]
    assert "  # 二楼\n" in after
    result = check(editor.repo)
    assert result.returncode == 0, result.stdout + result.stderr


def test_an_edit_of_one_coordinate_keeps_the_other_as_written(page: Page, editor: Editor) -> None:
    record = editor.repo / "content/sites/qindu-center.yml"
    before = record.read_text(encoding="utf-8")
    assert "  lng: 108.705100\n" in before
    open_editor(page, editor, "collections/sites/entries/qindu-center")
    lat = field(page, "lat")
    _shown(page, lat)
    page.locator(lat).fill("34.3353")
    after = _publish_and_wait(page, record, before)
    assert _diff(before, after) == ["-  lat: 34.335200", "+  lat: 34.3353"]
    result = check(editor.repo)
    assert result.returncode == 0, result.stdout + result.stderr


def _fill_good_person(page: Page, name: str) -> None:
    page.locator(field(page, "name")).fill(name)
    choose(page, "category", "身边好人")
    choose(page, "good_class", "助人为乐")
    choose(page, "subject", "个人")
    choose(page, "site", "宝泉路北社区新时代文明实践站", typed="宝泉路北")
    page.locator(field(page, "deeds")).fill("十年如一日照顾独居老人。")
    page.locator(field(page, "date")).first.fill("2026-11-20")
    choose(page, "status", "已认定")


def test_a_new_record_may_not_take_an_existing_id(page: Page, editor: Editor) -> None:
    """Decap would save it as `<id>-1.yml` holding `id: <id>`: file name and id disagree."""
    folder = editor.repo / "content/honors/2026-Q4"
    before = sorted(p.name for p in folder.iterdir())
    assert "2026q4-ddmf-song-deming.yml" in before
    open_new(page, editor, "honors-2026-q4")
    _fill_good_person(page, "宋德明")
    page.locator(field(page, "id")).fill("2026q4-ddmf-song-deming")
    expect(
        page.get_by_text("编号 2026q4-ddmf-song-deming 已经有一条记录在用").first
    ).to_be_visible()
    page.get_by_role("button", name="发布").first.click()
    page.get_by_text("立即发布").click()
    page.wait_for_timeout(2000)
    assert sorted(p.name for p in folder.iterdir()) == before


def test_a_saved_records_id_is_read_only(page: Page, editor: Editor) -> None:
    open_editor(page, editor, "collections/honors-2026-q4/entries/2026q4-ddmf-song-deming")
    ident = page.locator(field(page, "id"))
    expect(ident).to_have_value("2026q4-ddmf-song-deming")
    expect(ident).not_to_be_editable()
    expect(page.get_by_text("编号就是文件名，保存后不能再改。")).to_be_visible()


def test_an_edit_may_not_change_the_field_that_names_the_file(page: Page, editor: Editor) -> None:
    """A points record is named by its site: choosing another site would leave the file's
    name behind (and the edit lost the file's header comments)."""
    record = editor.repo / "content/points/2026-Q4/bytl-baolige.yml"
    before = record.read_text(encoding="utf-8")
    open_editor(page, editor, "collections/points-2026-q4/entries/bytl-baolige")
    choose(page, "site", "查干敖包嘎查新时代文明实践站", typed="查干敖包")
    page.get_by_role("button", name="发布").first.click()
    page.get_by_text("立即发布").click()
    expect(page.get_by_text("这条记录的文件名是 bytl-baolige").first).to_be_visible()
    assert record.read_text(encoding="utf-8") == before
    assert not (editor.repo / "content/points/2026-Q4/bytl-chaganaobao-1.yml").exists()


PLAIN = [
    "“我们的节日”包饺子",
    "‘好’人好事",
    "《论语》读书会",
    "【公告】义诊",
    "「书香」读书会",
    "（一）理论宣讲",
    "true",  # the project reads every value as text (generator/read/)
    "0123",
    "2026-11-20",
    "-x",  # quoted all the same: a leading dash is an indicator
]
QUOTED = ["a: b", "- x", "#x", "a #b", "x:", "null", "~", " x", "@x", "'x", '"x', "[x", "{x"]
QUOTED += ["|x", ">x", "!x", "&x", "*x", "%x", "`x", "x "]


def test_values_are_quoted_only_where_yaml_would_misread_them(page: Page, editor: Editor) -> None:
    page.goto(f"{editor.base}admin/")
    page.wait_for_function("window.wenmingCms !== undefined")
    for value in PLAIN + QUOTED:
        text = page.evaluate("v => window.wenmingCms.toFile({title: v}, ['title'])", value)
        composed = compose_data(text)
        assert composed is not None and composed.data == {"title": value}, (value, text)
        plain = value in PLAIN and not value.startswith("-")
        assert (text == f"title: {value}\n") is plain, (value, text)


def test_too_long_text_is_refused_in_the_form(page: Page, editor: Editor) -> None:
    folder = editor.repo / "content/activities/2026-Q4"
    before = sorted(p.name for p in folder.iterdir())
    open_new(page, editor, "activities-2026-q4")
    page.locator(field(page, "title")).fill("字" * 201)
    page.get_by_role("button", name="发布").first.click()
    page.get_by_text("立即发布").click()
    expect(page.get_by_text("“标题”最多写 200 个字，请删短一些").first).to_be_visible()
    expect(page.get_by_text("不满足模式")).to_have_count(0)
    page.wait_for_timeout(1000)
    assert sorted(p.name for p in folder.iterdir()) == before


def test_there_is_no_media_tab_and_uploads_are_refused(page: Page, editor: Editor) -> None:
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{editor.base}admin/#/collections/honors-2026-q4")
    page.get_by_role("button", name="登录").click()
    expect(page.get_by_text("＋ 荣誉")).to_be_visible()  # the collection's page, with its header
    expect(page.get_by_text("内容", exact=True).first).to_be_visible()
    expect(page.get_by_role("button", name="媒体")).to_have_count(0)
    expect(page.get_by_text("媒体", exact=True)).to_have_count(0)
    assert not (editor.repo / "docs").exists() and not (editor.repo / "admin").exists()


def test_the_editor_fits_a_phone(page: Page, editor: Editor) -> None:
    """360 px: no sideways scrolling of the page, and 发布 wholly on the screen."""
    width = "() => document.documentElement.scrollWidth"
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(f"{editor.base}admin/#/collections/honors-2026-q4")
    page.get_by_role("button", name="登录").click()
    page.get_by_text("宋德明").first.wait_for()
    assert page.evaluate(width) <= 360
    page.goto(f"{editor.base}admin/#/collections/honors-2026-q4/new")
    page.locator(field(page, "name")).fill("王秀兰")
    publish = page.get_by_role("button", name="发布").first
    expect(publish).to_be_visible()
    box = publish.bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 360, box
    assert page.evaluate(width) <= 360
