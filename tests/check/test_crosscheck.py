"""Cross-check: ids against file names, references, vocabularies and quarters across files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from testpaths import MINIMAL

from generator.check.content import check_content
from generator.check.crosscheck import VOCABULARY, file_stem
from generator.report import messages
from generator.report.problems import Problem

ACTIVITY = "activities/2026-Q3/2026q3-weixuanjiang.yml"


def problems_after(tmp_path: Path, rel: str, old: str, new: str) -> list[Problem]:
    root = tmp_path / "content"
    shutil.copytree(MINIMAL, root)
    text = (root / rel).read_text(encoding="utf-8")
    assert old in text
    (root / rel).write_text(text.replace(old, new), encoding="utf-8")
    return [p for p in check_content(root, "content")[1] if p.is_error]


def test_the_minimal_tree_has_no_error(tmp_path: Path) -> None:
    root = tmp_path / "content"
    shutil.copytree(MINIMAL, root)
    catalog, problems = check_content(root, "content")
    assert catalog is not None and not [p for p in problems if p.is_error]


def test_a_reference_to_a_draft_says_so(tmp_path: Path) -> None:
    found = problems_after(tmp_path, "sites/baoquanlu-north.yml", "id: ", "draft: true\nid: ")
    team = [p for p in found if p.path == "content/teams/xuanjiang-team.yml"]
    assert [p.kind for p in team] == ["unknown_ref"]
    assert messages.HINTS["draft_ref"] in team[0].text
    assert "找不到站点“baoquanlu-north”" in team[0].text


def test_an_unknown_vocabulary_value_names_its_vocabulary(tmp_path: Path) -> None:
    assert VOCABULARY["activity_types"] == "活动类型"
    assert VOCABULARY["site_levels"] == "站点级别"
    (only,) = problems_after(tmp_path, ACTIVITY, "type: 理论宣讲", "type: 理论宣传")
    assert (only.kind, only.line, only.field) == ("unknown_vocab", 3, "type（类型）")
    assert "活动类型" in only.text and "是否想写 理论宣讲？" in only.text


def test_a_date_outside_the_folder_quarter_names_the_right_one(tmp_path: Path) -> None:
    (only,) = problems_after(tmp_path, ACTIVITY, "date: 2026-07-15", "date: 2026-10-15")
    assert only.kind == "date_outside_quarter" and "2026-Q4" in only.text


def test_an_id_that_is_not_its_file_name(tmp_path: Path) -> None:
    found = problems_after(tmp_path, ACTIVITY, "id: 2026q3-weixuanjiang", "id: 2026q3-other")
    assert [p.kind for p in found] == ["id_mismatch"]


def test_a_file_stem_is_taken_from_the_shown_path() -> None:
    assert file_stem("content/sites/qindu-center.yml") == "qindu-center"
    assert file_stem("content/bulletins/2026-Q3.yml") == "2026-Q3"
    assert file_stem("content/sites/.yml") == ".yml"


def test_a_meaning_of_a_form_not_listed_is_placed_at_its_key(tmp_path: Path) -> None:
    forms = "practice_forms: [讲, 评, 帮, 乐, 庆]\n"
    meanings = "practice_form_meanings:\n  讲: 宣讲理论政策\n  唱: 歌唱家乡\n"
    (only,) = problems_after(tmp_path, "vocabularies.yml", forms, forms + meanings)
    text = (tmp_path / "content" / "vocabularies.yml").read_text(encoding="utf-8")
    line = text.splitlines().index("  唱: 歌唱家乡") + 1
    assert (only.kind, only.line, only.col) == ("form_meaning_unknown", line, 3)
    assert "“唱”" in only.text and "讲、评、帮、乐、庆" in only.text


def test_the_meanings_of_listed_forms_pass(tmp_path: Path) -> None:
    forms = "practice_forms: [讲, 评, 帮, 乐, 庆]\n"
    assert not problems_after(
        tmp_path, "vocabularies.yml", forms, forms + "practice_form_meanings: {讲: 宣讲理论政策}\n"
    )


def test_a_misspelt_key_in_a_single_file_hides_no_other_file(tmp_path: Path) -> None:
    """vocabularies.yml with an unknown key still types every field: the records are
    checked against it in the same run, so both mistakes are reported at once."""
    root = tmp_path / "content"
    shutil.copytree(MINIMAL, root)
    with (root / "vocabularies.yml").open("a", encoding="utf-8") as out:
        out.write("practice_form_meaning: {讲: 宣讲}\n")
    found = problems_after(tmp_path / "again", ACTIVITY, "type: 理论宣讲", "type: 理论宣传")
    assert [p.kind for p in found] == ["unknown_vocab"]
    (tmp_path / "again" / "content" / "vocabularies.yml").write_text(
        (root / "vocabularies.yml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    both = [p for p in check_content(tmp_path / "again" / "content", "content")[1] if p.is_error]
    assert sorted(p.kind for p in both) == ["extra_forbidden", "unknown_vocab"]


@pytest.mark.parametrize(
    ("written", "says"),
    [
        ("practice_form_meanings: {讲: ''}\n", "实践形式释义“讲”不能为空"),
        (
            "practice_form_meanings: [讲, 评]\n",
            "每行写一项，例如 讲: 宣讲理论政策",
        ),
    ],
)
def test_a_wrong_meaning_is_told_in_the_words_of_the_field(
    tmp_path: Path, written: str, says: str
) -> None:
    forms = "practice_forms: [讲, 评, 帮, 乐, 庆]\n"
    (only,) = problems_after(tmp_path, "vocabularies.yml", forms, forms + written)
    assert says in only.text and "可用的字段：）" not in only.text


def test_a_form_without_a_meaning_is_a_warning_once_meanings_are_given(tmp_path: Path) -> None:
    root = tmp_path / "content"
    shutil.copytree(MINIMAL, root)
    path = root / "vocabularies.yml"
    forms = "practice_forms: [讲, 评, 帮, 乐, 庆]\n"
    text = path.read_text(encoding="utf-8")
    meanings = "practice_form_meanings: {讲: 宣讲理论政策}\n"
    path.write_text(text.replace(forms, forms + meanings), encoding="utf-8")
    catalog, problems = check_content(root, "content")
    missing = [p for p in problems if p.kind == "form_meaning_missing"]
    assert catalog is not None and not [p for p in problems if p.is_error]  # it still passes
    assert sorted(p.text.split("“")[1][0] for p in missing) == sorted("评帮乐庆")
    line = text.splitlines().index(forms.strip()) + 1
    assert {p.line for p in missing} == {line} and all(not p.is_error for p in missing)
    path.write_text(text, encoding="utf-8")  # no meanings at all: nothing to complete
    assert not [p for p in check_content(root, "content")[1] if p.kind == "form_meaning_missing"]
