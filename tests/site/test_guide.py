"""The editors' guide lists every field of every model, with the checker's own sentences."""

from __future__ import annotations

import pytest
import yaml
from testpaths import REPO

from generator.check.content import read_content
from generator.report import messages
from generator.site.assemble import assemble
from generator.site.guide import GuideIndexPage, GuideRecordPage, all_field_keys, guide_pages
from generator.site.render import render_body

SAMPLE = REPO / "content"


@pytest.fixture(scope="module")
def pages() -> list[object]:
    return list(guide_pages(read_content(SAMPLE)))


def test_every_field_of_every_record_type_has_a_row(pages: list[object]) -> None:
    records = {p.doc.kind: p for p in pages if isinstance(p, GuideRecordPage)}
    fields = all_field_keys()
    assert set(records) == set(fields)
    for kind, keys in fields.items():
        body = render_body(records[kind])
        for key in keys:
            assert f'id="f-{key}"' in body, f"guide/{kind}/ lacks {key}"
        assert "完整示例" in body, f"guide/{kind}/ has no full example"


def test_vocabularies_appear_as_allowed_values(pages: list[object]) -> None:
    site = next(p for p in pages if isinstance(p, GuideRecordPage) and p.doc.kind == "site")
    level = next(f for f in site.doc.fields if f.key == "level")
    assert {"中心", "所", "站"} <= set(level.allowed)


def test_common_mistakes_quote_the_checker(pages: list[object]) -> None:
    index = next(p for p in pages if isinstance(p, GuideIndexPage))
    body = render_body(index)
    assert messages.say("wm_count_words", value="3万余", fix="30000+") in body
    assert messages.say("fullwidth_colon", key="name") in body
    assert messages.say("missing_colon", key="name") in body
    assert "七美一优" in body  # the county's own categories, from vocabularies.yml
    for heading in ("更正已发布的记录", "撤销一条荣誉", "增加一个荣誉类别或活动类型"):
        assert heading in body


def test_the_guide_is_linked_from_the_home_page_not_from_the_navigation() -> None:
    home = next(p for p in assemble(read_content(SAMPLE)) if p.url == "")
    assert '<a href="guide/">编辑指南</a>' in render_body(home)
    config = yaml.load((SAMPLE.parent / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Any)
    listed = [next(iter(entry.values())) for entry in config["nav"]]
    assert "index.md" in listed and not [p for p in listed if p.startswith("guide")]
    # Record pages too are reached through index pages only.
    assert all(p.endswith("index.md") and p.count("/") <= 1 for p in listed), listed
    assert "navigation.prune" in config["theme"]["features"]


class _Any(yaml.SafeLoader):
    """mkdocs.yml may hold !ENV and !!python tags: read them as plain values."""


_Any.add_multi_constructor("", lambda loader, suffix, node: None)
