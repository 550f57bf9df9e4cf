"""Honours against their category: the good-person class, the subject, the rules for minors."""

from __future__ import annotations

from pathlib import Path

from entries import entry, vocabularies

from generator.check.entry import Findings
from generator.check.honours import check_honor
from generator.report.problems import Problem

HONOUR = """\
id: 2026q3-x
category: {category}
subject: {subject}
name: 张丽
date: 2026-08-01
status: 已认定
"""


def problems(tmp_path: Path, category: str, subject: str = "个人", more: str = "") -> list[Problem]:
    text = HONOUR.format(category=category, subject=subject) + more
    honour = entry(tmp_path, "content/honors/2026-Q3/2026q3-x.yml", text, "honor", "2026-Q3")
    found = Findings()
    check_honor(honour, vocabularies(tmp_path), found)
    return found.problems


def test_a_plain_honour_passes(tmp_path: Path) -> None:
    assert problems(tmp_path, "文明市民") == []
    assert problems(tmp_path, "身边好人", more="good_class: 助人为乐\n") == []


def test_an_unknown_category_names_the_vocabulary_and_the_nearest(tmp_path: Path) -> None:
    (only,) = problems(tmp_path, "文明市民们")
    assert (only.kind, only.line) == ("unknown_vocab", 2)
    assert "荣誉类别" in only.text and "文明市民" in only.text


def test_the_good_person_class_is_required_refused_or_checked(tmp_path: Path) -> None:
    assert [p.kind for p in problems(tmp_path, "身边好人")] == ["good_class_missing"]
    refused = problems(tmp_path, "文明市民", more="good_class: 助人为乐\n")
    assert [p.kind for p in refused] == ["good_class_not_allowed"]
    (unknown,) = problems(tmp_path, "身边好人", more="good_class: 助人\n")
    assert unknown.kind == "unknown_vocab" and "好人类别" in unknown.text


def test_a_subject_the_category_does_not_honour(tmp_path: Path) -> None:
    (only,) = problems(tmp_path, "最美家庭", "个人")
    assert (only.kind, only.field) == ("subject_not_allowed", "subject（对象）")


def test_a_minor_needs_consent_school_and_grade_and_nothing_more(tmp_path: Path) -> None:
    found = problems(tmp_path, "新时代好少年", more="unit: 东山村\n")
    assert sorted(p.kind for p in found) == [
        "minor_consent",
        "minor_field",
        "minor_needs",
        "minor_needs",
    ]
    needs = sorted(p.text for p in found if p.kind == "minor_needs")
    assert "学校 school" in needs[1] or "学校 school" in needs[0]
