"""Tree: which files of a content folder are records, where each belongs, and what is refused."""

from __future__ import annotations

import os
from pathlib import Path, PurePosixPath

import pytest

from generator.read.tree import joined, walk
from generator.report.problems import Problem


def walked(root: Path, *names: str) -> tuple[list[str], list[tuple[str, str]]]:
    for name in names:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text("id: x\n", encoding="utf-8")
    problems: list[Problem] = []
    found = walk(root, problems, PurePosixPath("content"))
    return [f"{rel} → {where}" for _, rel, where in found], [(p.path, p.kind) for p in problems]


def test_records_are_placed_by_folder_and_quarter(tmp_path: Path) -> None:
    found, problems = walked(
        tmp_path,
        "publisher.yml",
        "sites/a.yml",
        "activities/2026-Q3/b.yml",
        "README.md",
        ".hidden/c.yml",
    )
    assert found == [
        "activities/2026-Q3/b.yml → activities/2026-Q3",
        "publisher.yml → publisher.yml",
        "sites/a.yml → sites",
    ]
    assert problems == []


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("sites/a.yml.txt", "file_name_txt"),
        ("sites/a.yml~", "file_name_backup"),
        ("sites/a b.yml", "file_name_space"),
        ("sites/a.YML", "file_name_case"),
        ("sites/a", "file_name_no_suffix"),
        ("sites/a.yaml", "not_yaml"),
        ("people/a.yml", "stray_file"),
        ("activities/2026Q3/a.yml", "folder_not_quarter"),
    ],
)
def test_a_misplaced_or_misnamed_file_is_reported_not_read(
    tmp_path: Path, name: str, kind: str
) -> None:
    found, problems = walked(tmp_path, name)
    assert found == []
    assert problems == [(f"content/{name}", kind)]


def test_names_differing_only_in_case_are_one_too_many(tmp_path: Path) -> None:
    found, problems = walked(tmp_path, "sites/a.yml", "sites/A.yml")
    # Sorted, `A.yml` comes first: it is the one read (and its id checked against its name).
    assert found == ["sites/A.yml → sites"]
    assert problems == [("content/sites/a.yml", "name_collision")]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links here")
def test_a_link_is_refused_and_never_followed(tmp_path: Path) -> None:
    (tmp_path / "sites").mkdir()
    (tmp_path / "sites" / "a.yml").symlink_to(tmp_path / "elsewhere.yml")
    assert walked(tmp_path) == ([], [("content/sites/a.yml", "symlink")])


def test_joined_is_a_posix_join_without_making_paths() -> None:
    assert joined("content", "sites/a.yml") == "content/sites/a.yml"
    assert joined("content/", "sites/a.yml") == "content/sites/a.yml"
    assert joined(".", "sites/a.yml") == "sites/a.yml"
