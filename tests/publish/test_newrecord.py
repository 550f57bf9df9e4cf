"""publish/newrecord.py: `wenming new` as a library call, without click in between."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from generator.publish.asking import read_known
from generator.publish.newrecord import ask_missing, create_record, given_id, given_values
from generator.publish.refused import Refused


def scripted(answers: list[str]) -> tuple[list[str], list[str], Callable[[str], str]]:
    """(questions asked, lines said, the prompt): the prompt answers in order."""
    asked: list[str] = []
    said: list[str] = []
    queue = list(answers)

    def prompt(text: str) -> str:
        asked.append(text)
        return queue.pop(0)

    return asked, said, prompt


def test_a_team_is_written_from_given_values_and_passes(content: Path) -> None:
    asked, said, prompt = scripted([])
    pairs = ("name=锦囊团", "site=宝泉路北")
    created = create_record("team", content, pairs, None, prompt=prompt, echo=said.append)
    assert asked == []  # every essential was given
    assert created.problems == []
    assert created.path == content / "teams" / "jin-nang-tuan.yml"
    data = yaml.safe_load(created.path.read_text(encoding="utf-8"))
    assert data == {"id": "jin-nang-tuan", "name": "锦囊团", "site": "baoquanlu-north"}
    assert any("编号 baoquanlu-north" in line for line in said)  # the name, resolved
    assert said[-1] == f"已新建 {created.path.as_posix()}"


def test_a_mistake_in_the_new_file_is_returned_not_raised(content: Path) -> None:
    _, said, prompt = scripted([])
    pairs = ("name=红色小遇", "site=no-such-site")
    created = create_record("team", content, pairs, None, prompt=prompt, echo=said.append)
    assert created.path.is_file()
    assert [p.kind for p in created.problems] == ["unknown_ref"]


def test_missing_essentials_are_asked_in_order(content: Path) -> None:
    asked, said, prompt = scripted(["锦囊团", "宝泉路北"])
    values: dict[str, object] = {}
    ask_missing("team", values, read_known(content), prompt=prompt, echo=said.append)
    assert len(asked) == 2 and asked[0].startswith("名称（")
    assert values == {"name": "锦囊团", "site": "baoquanlu-north"}


@pytest.mark.parametrize(
    ("pairs", "record_id", "says"),
    [
        (("name",), None, "“name”应写成 字段=值"),
        ((), "Qindu", "--id — "),
        (("date=2026年9月1日",), None, "date — "),
    ],
)
def test_unusable_arguments_are_refused_before_anything_is_written(
    content: Path, pairs: tuple[str, ...], record_id: str | None, says: str
) -> None:
    _, said, prompt = scripted([])
    before = sorted(p for p in content.rglob("*"))
    with pytest.raises(Refused) as refused:
        create_record("activity", content, pairs, record_id, prompt=prompt, echo=said.append)
    assert says in refused.value.message
    assert sorted(p for p in content.rglob("*")) == before


def test_an_existing_file_and_a_missing_folder_are_refused(content: Path, tmp_path: Path) -> None:
    _, said, prompt = scripted([])
    pairs = ("name=锦囊团", "site=baoquanlu-north")
    create_record("team", content, pairs, None, prompt=prompt, echo=said.append)
    with pytest.raises(Refused, match="已存在"):
        create_record("team", content, pairs, "jin-nang-tuan", prompt=prompt, echo=said.append)
    with pytest.raises(Refused, match="找不到内容目录"):
        create_record("team", tmp_path / "nowhere", pairs, None, prompt=prompt, echo=said.append)


def test_given_values_normalise_dates_and_ids() -> None:
    assert given_id("team", "jin-nang") == "jin-nang"
    values = given_values("honor", ("date=２０２６-０９-０１",), read_known(Path("nowhere")), print)
    assert values == {"date": "2026-09-01"}
