"""Staffing: roles from the county's vocabulary, office phones, duplicates, required posts."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from click.testing import Result
from testpaths import MINIMAL

from generator.check.content import check_content
from generator.check.frozen import fingerprint
from generator.report.problems import Problem

SUO = "sites/maquan-suo.yml"
CENTER = "sites/qindu-center.yml"
VOCAB = "vocabularies.yml"
REQUIRED = "\nstaff_required:\n  所: 专职实践员\n"
STAFF = """
staff:
  - name: 田晓梅
    role: 专职实践员
    phone: 029-33210019
    private:
      phone: "13900000111"
      pay: 每人每月2800元
"""


def tree(tmp_path: Path, **edits: str) -> Path:
    """The minimal tree with text appended to some of its files (`vocab=`, `suo=`, …)."""
    root = tmp_path / "content"
    shutil.copytree(MINIMAL, root)
    for rel, text in ((VOCAB, edits.get("vocab")), (SUO, edits.get("suo"))):
        if text is not None:
            with (root / rel).open("a", encoding="utf-8") as f:
                f.write(text)
    return root


def found(root: Path) -> list[Problem]:
    return check_content(root, "content")[1]


def test_a_required_post_left_empty_is_a_warning_at_the_site(tmp_path: Path) -> None:
    (only,) = found(tree(tmp_path, vocab=REQUIRED))
    assert (only.path, only.field, only.line) == ("content/" + SUO, "level（级别）", 3)
    assert not only.is_error and only.text.startswith("提示：所须配备专职实践员")
    assert "role: 专职实践员" in only.text


def test_no_rule_no_warning_and_a_filled_post_none(tmp_path: Path) -> None:
    assert found(tree(tmp_path / "a")) == []
    assert found(tree(tmp_path / "b", vocab=REQUIRED, suo=STAFF)) == []


def test_a_post_held_in_another_role_still_warns_at_the_staff(tmp_path: Path) -> None:
    other = STAFF.replace("role: 专职实践员", "role: 联络员")
    (only,) = found(tree(tmp_path, vocab=REQUIRED, suo=other))
    assert (only.kind, only.field, only.line) == ("staff_required_missing", "staff（实践人员）", 9)


def test_a_draft_site_needs_no_staff(tmp_path: Path) -> None:
    problems = found(tree(tmp_path, vocab=REQUIRED, suo="draft: true\n"))
    assert [p.kind for p in problems] == ["unknown_ref"]  # its station names a draft


def test_an_unknown_role_is_an_error_naming_the_allowed_roles(tmp_path: Path) -> None:
    bad = STAFF.replace("role: 专职实践员", "role: 专职实践")
    (only,) = found(tree(tmp_path, suo=bad))
    assert only.is_error and (only.kind, only.line) == ("staff_role_unknown", 10)
    assert only.field == "staff.role（岗位）"
    assert "是否想写 专职实践员？" in only.text
    assert "可选：专职实践员、联络员、管理员" in only.text


def test_a_county_adds_a_role_without_code(tmp_path: Path) -> None:
    root = tree(tmp_path, suo=STAFF.replace("role: 专职实践员", "role: 网格员"))
    assert [p.kind for p in found(root)] == ["staff_role_unknown"]
    text = (root / VOCAB).read_text(encoding="utf-8")
    (root / VOCAB).write_text(text.replace("管理员]", "管理员, 网格员]"), encoding="utf-8")
    assert found(root) == []


def test_a_mobile_in_the_office_phone_says_to_move_it_to_private(
    wenming: Callable[..., Result], content: Path
) -> None:
    bad = STAFF.replace("phone: 029-33210019", "phone: 139 0000 0111", 1)
    with (content / SUO).open("a", encoding="utf-8") as f:
        f.write(bad)
    result = wenming("check", "content")
    assert result.exit_code == 1, result.stdout
    (line,) = [x for x in result.stdout.splitlines() if x.startswith("content/")]
    assert line.startswith("content/sites/maquan-suo.yml:11:12: staff.phone（办公电话） — ")
    assert "把手机号写到 private 下" in line
    assert "0111" not in line  # reports never repeat a mobile


def test_a_landline_and_a_hotline_pass_as_office_phones(tmp_path: Path) -> None:
    for phone in ("0354-4112019-8001", "12345"):
        staff = STAFF.replace("029-33210019", phone)
        assert found(tree(tmp_path / phone, suo=staff)) == []


def test_a_mobile_under_private_is_no_problem(tmp_path: Path) -> None:
    assert found(tree(tmp_path, suo=STAFF)) == []


def test_the_same_person_in_the_same_role_twice_is_an_error(tmp_path: Path) -> None:
    twice = STAFF + "\n".join(STAFF.splitlines()[2:5]) + "\n"
    (only,) = found(tree(tmp_path, suo=twice))
    assert (only.kind, only.line, only.field) == ("staff_duplicate", 15, "staff.name（姓名）")
    assert "专职实践员“田晓梅”写了两次，第一次在第 9 行" in only.text
    other_role = twice.replace("role: 专职实践员\n    phone: 029-33210019\n", "role: 联络员\n", 1)
    assert found(tree(tmp_path / "roles", suo=other_role)) == []


def test_the_vocabulary_names_levels_roles_and_types_that_exist(tmp_path: Path) -> None:
    root = tree(tmp_path, vocab="\nstaff_required:\n  乡: 专职实践员\n  所: 网格员\n")
    text = (root / VOCAB).read_text(encoding="utf-8").replace("[实践员培训]", "[实践员培训, 培训]")
    (root / VOCAB).write_text(text, encoding="utf-8")
    problems = found(root)
    assert [(p.kind, p.line) for p in problems] == [
        ("training_type_unknown", 99),
        ("staff_required_level", 102),
        ("staff_required_role", 103),
    ]
    assert all(p.is_error for p in problems)
    assert "“培训”不在 activity_types 里" in problems[0].text
    assert "只能为 中心、所、站" in problems[1].text
    assert "可选：专职实践员、联络员、管理员" in problems[2].text


def test_a_staff_members_private_block_is_no_public_change(tmp_path: Path) -> None:
    def site(extra: str) -> object:
        catalog, _ = check_content(tree(tmp_path / str(abs(hash(extra))), suo=extra), "content")
        assert catalog is not None
        return catalog.sites["maquan-suo"]

    base = fingerprint(site(STAFF))  # type: ignore[arg-type]
    assert fingerprint(site(STAFF.replace("2800", "3000"))) == base  # type: ignore[arg-type]
    assert fingerprint(site(STAFF.replace("田晓梅", "田小梅"))) != base  # type: ignore[arg-type]
