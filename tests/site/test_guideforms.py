"""The editors' guide has a page on the form editor saying what to click."""

from __future__ import annotations

from testpaths import REPO

from generator.check.content import read_content
from generator.site.assemble import assemble
from generator.site.guide import GuideIndexPage
from generator.site.guideforms import FORMS_URL, GuideFormsPage
from generator.site.render import render_body


def test_the_guide_links_its_form_editor_page() -> None:
    pages = assemble(read_content(REPO / "content"))
    forms = next(p for p in pages if isinstance(p, GuideFormsPage))
    assert forms.url == FORMS_URL == "guide/forms/"
    body = render_body(forms)
    for click in (
        "登录",
        "＋ 荣誉",
        "立即发布",
        "不公开",
        "300+",
        "2026q4-wang-xiu-lan",
        "预览",
        "保存后编号只能看、不能改",
    ):
        assert click in body, click
    index = next(p for p in pages if isinstance(p, GuideIndexPage))
    assert '<a href="forms/">用表单编辑</a>' in render_body(index)
