"""The real `wenming` command line: exit codes, report formats, help, schemas."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click
import jsonschema
import pytest
import yaml
from click.testing import CliRunner, Result
from testpaths import REPO

from generator.cli import main
from generator.records.kinds import FOLDERS, RECORD_TYPES

# Three files, four mistakes: one run must report every one of them.
MISTAKES = {
    "teams/xuanjiang-team.yml": "id: xuanjiang-team\nname: 三小三大宣讲队\nsite: baoquanlu-nort\n",
    "sites/maquan-suo.yml": (
        "id: maquan-suo\nname: 马泉街道新时代文明实践所\nlevel: 所\n"
        'region: "610402001"\nparent: qindu-center\nadress: 马泉街道办事处\n'
    ),
    "activities/2026-Q3/2026q3-weixuanjiang.yml": (
        "id: 2026q3-weixuanjiang\ntitle: 微宣讲\ntype: 理论宣讲\nsites: [baoquanlu-north]\n"
        "date: 2026-07-15\nsessions: 3万余\nattendance: 200\nsummary: 宣讲。\n"
    ),
}
EXPECTED = [
    # (path, line, col, field kind)
    ("content/activities/2026-Q3/2026q3-weixuanjiang.yml", 6, 11, "wm_count_words"),
    ("content/sites/maquan-suo.yml", 1, 1, "missing"),  # address, at the top mapping
    ("content/sites/maquan-suo.yml", 6, 1, "extra_forbidden"),  # adress
    ("content/teams/xuanjiang-team.yml", 3, 7, "unknown_ref"),
]


def write_mistakes(content: Path) -> None:
    for rel, text in MISTAKES.items():
        (content / rel).write_text(text, encoding="utf-8")


def test_minimal_tree_passes(content: Path, wenming: Callable[..., Result]) -> None:
    result = wenming("check", "content")
    assert result.exit_code == 0, result.output
    assert re.fullmatch(
        r"检查通过：3 个站点、1 支服务队、1 个服务项目、1 项活动、1 条荣誉、1 期简报、0 份积分公示"
        r"（用时 \d+\.\d\d 秒）\n",
        result.stdout,
    )
    # In CI annotations mode stdout carries annotations only; the summary goes to stderr.
    github = wenming("check", "content", "--format", "github")
    assert github.exit_code == 0
    assert github.stdout == ""
    assert github.stderr.startswith("检查通过：")


def test_shipped_sample_passes(
    monkeypatch: pytest.MonkeyPatch, wenming: Callable[..., Result]
) -> None:
    """`wenming check content` from the repository root, exactly as the README says."""
    monkeypatch.chdir(REPO)
    result = wenming("check", "content")
    assert result.exit_code == 0, result.output
    # Warnings (a notice period over by the time the tests run) may come first.
    *warnings, passed = result.stdout.splitlines()
    assert passed.startswith("检查通过："), result.stdout
    assert all("— 提示：" in line for line in warnings), warnings
    points = len(list((REPO / "content" / "points").glob("*/*.yml")))
    assert points and f"、{points} 份积分公示（" in passed, passed


def test_all_errors_of_all_files_in_one_run(content: Path, wenming: Callable[..., Result]) -> None:
    write_mistakes(content)
    result = wenming("check", "content")
    assert result.exit_code == 1
    found = json.loads(wenming("check", "content", "--format", "json").stdout)
    assert [(p["path"], p["line"], p["col"], p["kind"]) for p in found] == EXPECTED
    lines = result.stdout.splitlines()
    assert len(lines) == len(EXPECTED)
    for line, (path, row, col, _) in zip(lines, EXPECTED, strict=True):
        assert line.startswith(f"{path}:{row}:{col}: ")
        assert " — " in line
    assert result.stderr.strip() == "共发现 4 处错误，涉及 3 个文件；改正后请重新运行检查。"


def test_text_report_line_format(content: Path, wenming: Callable[..., Result]) -> None:
    write_mistakes(content)
    first = wenming("check", "content").stdout.splitlines()[0]
    assert first == (
        "content/activities/2026-Q3/2026q3-weixuanjiang.yml:6:11: sessions（场次） — "
        "数量不能写成“3万余”（请写成 30000+；加 + 表示约数，网页上显示为“余”）"
    )


def test_github_annotations(content: Path, wenming: Callable[..., Result]) -> None:
    write_mistakes(content)
    result = wenming("check", "content", "--format", "github")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert len(lines) == len(EXPECTED)
    pattern = re.compile(r"^::error file=([^,]+),line=(\d+),col=(\d+)::(.+ — .+)$")
    for line, (path, row, col, _) in zip(lines, EXPECTED, strict=True):
        match = pattern.match(line)
        assert match, line
        assert match.groups()[:3] == (path, str(row), str(col))
    assert lines[-1].endswith(
        "::site（所属站点） — 找不到站点“baoquanlu-nort”（是否想写 baoquanlu-north？）"
    )


def test_json_report(content: Path, wenming: Callable[..., Result]) -> None:
    write_mistakes(content)
    result = wenming("check", "content", "--format", "json")
    assert result.exit_code == 1
    found = json.loads(result.stdout)
    assert len(found) == len(EXPECTED)
    for problem in found:
        assert {"path", "line", "col", "field", "text"} <= set(problem)
        assert isinstance(problem["line"], int) and isinstance(problem["col"], int)
        assert problem["text"]
    assert found[1]["field"] == "address（地址）"
    assert found[1]["text"] == "缺少必填字段 address（请添加一行“address: …”）"


def test_json_report_of_a_clean_tree_is_an_empty_list(
    content: Path, wenming: Callable[..., Result]
) -> None:
    result = wenming("check", "content", "--format", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == []


def test_missing_directory_is_a_usage_error(content: Path, wenming: Callable[..., Result]) -> None:
    result = wenming("check", "no-such-dir")
    assert result.exit_code == 2
    assert "找不到内容目录 no-such-dir" in result.stderr


def test_bad_format_is_a_usage_error(content: Path, wenming: Callable[..., Result]) -> None:
    result = wenming("check", "content", "--format", "xml")
    assert result.exit_code == 2
    assert "xml" in result.stderr


def test_unknown_command_is_a_usage_error(wenming: Callable[..., Result]) -> None:
    assert wenming("chekc").exit_code == 2


def test_python_dash_m_generator_help() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "generator", "--help"],
        cwd=REPO,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "check" in done.stdout and "schema" in done.stdout
    assert "新时代文明实践" in done.stdout


def test_every_sub_command_has_help(wenming: Callable[..., Result]) -> None:
    assert isinstance(main, click.Group)
    assert main.commands
    for name, command in main.commands.items():
        assert command.help and re.search("[\u4e00-\u9fff]", command.help), name
        for param in command.params:
            if isinstance(param, click.Option) and param.name != "help":
                assert param.help, f"{name} {param.name}"
        result = wenming(name, "--help")
        assert result.exit_code == 0, name
        assert command.help.split("\n")[0][:10] in result.stdout


class _Yaml12(yaml.SafeLoader):
    """Roughly what an editor's YAML extension sees: YAML 1.2 core, no dates, no yes/no."""


_Yaml12.yaml_implicit_resolvers = {
    first: [
        (tag, regexp)
        for tag, regexp in resolvers
        if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")
    ]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Yaml12.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile("^(?:true|false)$"), list("tf"))

SCHEMA_OF = {folder: kind for folder, kind in FOLDERS.items() if kind in RECORD_TYPES}


def schema_name(rel: Path) -> str:
    if len(rel.parts) == 1:
        return rel.stem
    return SCHEMA_OF[rel.parts[0]]


def read_schemas(out: Path) -> dict[str, Any]:
    return {
        p.name.removesuffix(".schema.json"): json.loads(p.read_text(encoding="utf-8"))
        for p in out.glob("*.schema.json")
    }


def test_schema_validates_the_minimal_tree(content: Path, wenming: Callable[..., Result]) -> None:
    result = wenming("schema", "out", "--content", "content")
    assert result.exit_code == 0, result.output
    schemas = read_schemas(Path("out"))
    assert set(RECORD_TYPES) | {"publisher", "regions", "vocabularies"} <= set(schemas)
    assert sorted(result.stdout.split()) == sorted(f"out/{n}.schema.json" for n in schemas)
    checked = 0
    for path in sorted(content.rglob("*.yml")):
        rel = path.relative_to(content)
        schema = schemas[schema_name(rel)]
        jsonschema.Draft202012Validator.check_schema(schema)
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Yaml12)
        errors = list(jsonschema.Draft202012Validator(schema).iter_errors(data))
        assert errors == [], f"{rel}: {[e.message for e in errors]}"
        checked += 1
    assert checked == len(list(content.rglob("*.yml"))) >= 11


def test_schema_carries_the_vocabularies(content: Path, wenming: Callable[..., Result]) -> None:
    assert wenming("schema", "out", "--content", "content").exit_code == 0
    schemas = read_schemas(Path("out"))
    level = schemas["site"]["properties"]["level"]
    assert level["enum"][:3] == ["中心", "所", "站"]
    assert "理论宣讲" in json.dumps(schemas["activity"]["properties"]["type"], ensure_ascii=False)
    honor = json.dumps(schemas["honor"]["properties"], ensure_ascii=False)
    assert "新时代好少年" in honor and "孝老爱亲" in honor
    assert schemas["site"]["additionalProperties"] is False
    assert schemas["site"]["properties"]["name"]["title"] == "名称"


def test_schema_rejects_what_check_rejects(content: Path, wenming: Callable[..., Result]) -> None:
    """The schema is not vacuous: a wrong level, an unknown field and a missing field fail it."""
    assert wenming("schema", "out", "--content", "content").exit_code == 0
    validator = jsonschema.Draft202012Validator(read_schemas(Path("out"))["site"])
    site = yaml.load(
        (content / "sites" / "maquan-suo.yml").read_text(encoding="utf-8"), Loader=_Yaml12
    )
    assert validator.is_valid(site)
    assert not validator.is_valid({**site, "level": "实践所"})
    assert not validator.is_valid({**site, "adress": "x"})
    assert not validator.is_valid({k: v for k, v in site.items() if k != "address"})


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["bogus"], "错误：没有 'bogus' 这个命令。"),
        (["serve", "-p", "0"], "的值不对：0 不在 1<=x<=65535 的范围内。"),
        (["check", "--format", "xml"], "'xml' 不是可选的值"),
        (["publish"], "错误：缺少参数"),
    ],
)
def test_clicks_own_usage_errors_are_chinese(
    wenming: Callable[..., Result], args: list[str], said: str
) -> None:
    result = wenming(*args)
    assert result.exit_code == 2
    assert said in result.stderr
    assert "用法：" in result.stderr and "查看用法" in result.stderr
    for english in ("Error:", "Usage:", "Try '", "No such", "Invalid value", "Missing"):
        assert english not in result.stderr, result.stderr


def test_ctrl_d_at_a_question_is_a_chinese_sentence(
    content: Path, wenming: Callable[..., Result]
) -> None:
    result = CliRunner().invoke(main, ["new", "honour"], input="")
    assert result.exit_code == 1
    assert result.stderr.strip().endswith("已取消。")
    assert "Aborted" not in result.output


def test_help_is_chinese_around_the_commands(wenming: Callable[..., Result]) -> None:
    shown = wenming("--help").stdout
    assert "显示本帮助并退出。" in shown and "命令" in shown
    assert "Show this message" not in shown and "Commands" not in shown


def test_the_version_is_said_in_chinese() -> None:
    result = CliRunner().invoke(main, ["--version"])
    assert result.exit_code == 0 and result.output.startswith("wenming 版本 ")


@pytest.mark.parametrize("folder", ["content/points", "content/activities/2026-Q4"])
def test_checking_a_folder_inside_content_says_to_check_content(
    monkeypatch: pytest.MonkeyPatch, wenming: Callable[..., Result], folder: str
) -> None:
    monkeypatch.chdir(REPO)
    result = wenming("check", folder)
    assert result.exit_code == 2
    assert f"{folder} 是内容目录 content 里的一个记录文件夹" in result.output
    assert "wenming check content）" in result.output and "缺少文件" not in result.output


def test_a_wrong_argument_is_named_in_chinese(
    monkeypatch: pytest.MonkeyPatch, wenming: Callable[..., Result]
) -> None:
    monkeypatch.chdir(REPO)
    result = wenming("check", "README.md")
    assert result.exit_code == 2
    assert "'内容目录' 的值不对：'README.md' 是一个文件" in result.output
    assert "DIRECTORY" not in result.output
