"""`wenming new` for every record type, and the editor wiring that points at the schemas."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner, Result

from generator.cli import main
from generator.models import Honor as HonorModel
from generator.models import Site as SiteModel
from generator.scaffold import ESSENTIALS, propose_id
from generator.schema import SCHEMA_FILES, build_schema, read_vocabularies

REPO = Path(__file__).parent.parent

NEW = {
    "site": [
        "name=宝泉路南社区新时代文明实践站",
        "level=站",
        "region=610402001001",
        "parent=maquan-suo",
        "address=宝泉路南社区服务站",
    ],
    "team": ["name=锦囊团志愿服务队", "site=baoquanlu-north"],
    "service": [
        "name=长者生日会",
        "description=每月为辖区老人集体过生日。",
        "sites=baoquanlu-north",
    ],
    "activity": [
        "title=义诊进社区",
        "type=义诊",
        "sites=baoquanlu-north",
        "date=2026-08-02",
        "sessions=1",
        "attendance=120+",
        "summary=牙科医生到社区义诊。",
    ],
    "honour": [
        "category=最美家庭",
        "subject=家庭",
        "name=王建华家庭",
        "date=2026-09-01",
        "status=已认定",
    ],
}
WHERE = {
    "site": "sites/bao-quan-lu-nan-she-qu.yml",
    "team": "teams/jin-nang-tuan.yml",
    "service": "services/zhang-zhe-sheng-ri-hui.yml",
    "activity": "activities/2026-Q3/2026q3-yi-zhen-jin-she-qu.yml",
    "honour": "honors/2026-Q3/2026q3-wang-jian-hua-jia-ting.yml",
}


@pytest.mark.parametrize("kind", sorted(NEW))
def test_new_writes_a_valid_file_in_the_right_folder(
    kind: str, content: Path, wenming: Callable[..., Result]
) -> None:
    args = ["new", kind]
    for pair in NEW[kind]:
        args += ["--set", pair]
    result = wenming(*args)
    assert result.exit_code == 0, result.output
    written = content / WHERE[kind]
    assert written.is_file(), result.output
    text = written.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=")
    schema_rel = text.splitlines()[0].split("$schema=")[1]
    assert (written.parent / schema_rel).resolve() == (
        content.parent / "schema" / schema_rel.split("/")[-1]
    ).resolve()
    # every optional field is there as a commented example
    assert "# draft:" in text and "# corrections:" in text
    assert wenming("check", "content").exit_code == 0


def test_new_reports_a_mistake_in_the_new_file(
    content: Path, wenming: Callable[..., Result]
) -> None:
    result = wenming("new", "team", "--set", "name=红色小遇", "--set", "site=no-such-site")
    assert result.exit_code == 1
    assert "content/teams/hong-se-xiao-yu.yml" in result.output
    assert "找不到站点“no-such-site”" in result.output


def test_new_never_overwrites(content: Path, wenming: Callable[..., Result]) -> None:
    first = wenming("new", "team", "--set", "name=锦囊团", "--set", "site=baoquanlu-north")
    second = wenming("new", "team", "--set", "name=锦囊团", "--set", "site=baoquanlu-north")
    assert first.exit_code == second.exit_code == 0
    assert (content / "teams" / "jin-nang-tuan.yml").is_file()
    assert (content / "teams" / "jin-nang-tuan-2.yml").is_file()


def test_proposed_ids_are_pinyin_without_generic_words() -> None:
    assert propose_id("渭滨街道滨河社区新时代文明实践站") == "wei-bin-jie-dao-bin-he-she-qu"
    assert propose_id("王建华家庭", "2026q4-") == "2026q4-wang-jian-hua-jia-ting"
    assert len(propose_id("很长的名字" * 30)) <= 48


def test_committed_schemas_are_current() -> None:
    vocab = read_vocabularies(REPO / "content")
    for name in SCHEMA_FILES:
        committed = json.loads(
            (REPO / "schema" / f"{name}.schema.json").read_text(encoding="utf-8")
        )
        assert committed == build_schema(name, vocab), (
            f"schema/{name}.schema.json is stale: run wenming schema"
        )


def test_vscode_maps_every_record_folder_to_an_existing_schema() -> None:
    settings = json.loads((REPO / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    mapped = settings["yaml.schemas"]
    assert {Path(p).name for p in mapped} == {f"{n}.schema.json" for n in SCHEMA_FILES}
    for schema in mapped:
        assert (REPO / schema).is_file()


def test_new_honour_asks_for_each_essential_and_files_it_under_its_quarter(
    content: Path,
) -> None:
    """`wenming new honour` with no --set: one question per essential, named in Chinese."""
    answers = ["最美家庭", "家庭", "王建华家庭", "2026-09-01", "已认定"]
    result = CliRunner().invoke(main, ["new", "honour"], input="\n".join(answers) + "\n")
    assert result.exit_code == 0, result.output
    fields = HonorModel.model_fields
    asked = [f"{fields[key].title}（{fields[key].description}）" for key in ESSENTIALS["honor"]]
    positions = [result.output.index(question) for question in asked]
    assert positions == sorted(positions)
    written = content / WHERE["honour"]
    assert yaml.safe_load(written.read_text(encoding="utf-8"))["name"] == "王建华家庭"
    assert result.output.rstrip().endswith("检查通过。")


def test_every_optional_field_is_commented_with_the_models_description(
    content: Path, wenming: Callable[..., Result]
) -> None:
    args = ["new", "site"]
    for pair in NEW["site"]:
        args += ["--set", pair]
    assert wenming(*args).exit_code == 0
    lines = (content / WHERE["site"]).read_text(encoding="utf-8").splitlines()
    given = {pair.split("=")[0] for pair in NEW["site"]} | {"id"}
    for key, info in SiteModel.model_fields.items():
        described = lines.index(f"# {info.title}：{info.description}")
        after = lines[described + 1]
        if key in given:
            assert after.startswith(f"{key}: "), key
        else:
            assert after.startswith(f"# {key}:"), key
