"""`wenming new` for every record type, and the editor wiring that points at the schemas."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner, Result
from testpaths import REPO

from generator.cli import main
from generator.publish.scaffold import ESSENTIALS, propose_id
from generator.publish.schema import SCHEMA_FILES, build_schema, read_vocabularies
from generator.records.chronicle import Honor as HonorModel
from generator.records.network import Site as SiteModel

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
        assert f"# {info.title}：{info.title}" not in lines, key  # the label said once
        described = next(
            n
            for n, line in enumerate(lines)
            if line in (f"# {info.title}：{info.description}", f"# {info.description}")
        )
        after = lines[described + 1]
        if key in given:
            assert after.startswith(f"{key}: "), key
        else:
            assert after.startswith(f"# {key}:"), key


def ask(content: Path, *args: str, answers: list[str]) -> Result:
    return CliRunner().invoke(main, ["new", *args], input="\n".join(answers) + "\n")


def test_a_bad_date_is_said_as_check_says_it_and_asked_again(content: Path) -> None:
    # Before: every answer was thrown away with a usage error after the last question.
    answers = ["最美家庭", "家庭", "王建华家庭", "2026年9月1日", "2026-09-01", "已认定"]
    result = ask(content, "honour", answers=answers)
    assert result.exit_code == 0, result.output
    assert "date（发布日期） — “2026年9月1日”不是日期格式（请写成 2026-09-01）" in result.output
    question = "发布日期（发布或认定日期，须在文件夹所示季度内。）"
    assert result.output.count(question) == 2
    text = (content / WHERE["honour"]).read_text(encoding="utf-8")
    assert "\ndate: 2026-09-01\n" in text  # plain, as editors write it, not '2026-09-01'


def test_a_good_person_is_asked_for_the_good_class_by_number_or_name(content: Path) -> None:
    answers = ["身边好人", "乐于助人", "1", "个人", "张伟", "2026-09-01", "已认定"]
    result = ask(content, "honour", answers=answers)
    assert result.exit_code == 0, result.output
    assert "可选（写序号或名称）：1. 助人为乐  2. 见义勇为" in result.output
    assert "“乐于助人”不在好人类别里" in result.output
    written = content / "honors" / "2026-Q3" / "2026q3-zhang-wei.yml"
    assert "\ngood_class: 助人为乐\n" in written.read_text(encoding="utf-8")


def test_an_honour_on_notice_is_asked_for_its_notice_period(content: Path) -> None:
    answers = ["最美家庭", "家庭", "王建华家庭", "2026-09-01", "1"]
    answers += ["2026-09-01", "2026-08-30", "2026-09-07"]  # an end before the start, then right
    result = ask(content, "honour", answers=answers)
    assert result.exit_code == 0, result.output
    assert "notice.end（公示结束） — 结束日期早于开始日期（请核对两个日期）" in result.output
    text = (content / WHERE["honour"]).read_text(encoding="utf-8")
    assert "\nstatus: 公示中\n" in text
    assert "\nnotice:\n  start: 2026-09-01\n  end: 2026-09-07\n" in text
    assert result.output.rstrip().endswith("检查通过。")


def test_a_site_may_be_named_in_chinese_and_is_stored_by_its_id(content: Path) -> None:
    answers = ["锦囊团志愿服务队", "新时代文明实践", "没有这个站", "宝泉路北"]
    result = ask(content, "team", answers=answers)
    assert result.exit_code == 0, result.output
    assert "“新时代文明实践”对应多个站点：" in result.output  # too short: several match
    assert "site（所属站点） — 找不到站点“没有这个站”" in result.output
    assert "站点“宝泉路北”即 宝泉路北社区新时代文明实践站，编号 baoquanlu-north" in result.output
    assert (content / "teams" / "jin-nang-tuan.yml").read_text(encoding="utf-8") == TEAM_FILE


def test_a_list_of_sites_may_mix_names_and_ids(content: Path) -> None:
    answers = ["长者生日会", "每月为辖区老人集体过生日。", "宝泉路北、qindu-center"]
    result = ask(content, "service", answers=answers)
    assert result.exit_code == 0, result.output
    text = (content / WHERE["service"]).read_text(encoding="utf-8")
    assert "\nsites:\n  - baoquanlu-north\n  - qindu-center\n" in text


def test_a_level_is_chosen_from_the_vocabulary(content: Path) -> None:
    answers = ["宝泉路南社区新时代文明实践站", "社区", "3", "宝泉路北社区", "马泉", "宝泉路南"]
    result = ask(content, "site", answers=answers)
    assert result.exit_code == 0, result.output
    assert "level（级别） — “社区”不在站点级别里" in result.output
    text = (content / WHERE["site"]).read_text(encoding="utf-8")
    for line in ("level: 站", "region: 610402001001", "parent: maquan-suo"):
        assert f"\n{line}\n" in text


def test_a_value_yaml_would_misread_is_quoted_and_reads_back(content: Path) -> None:
    answers = ["锦囊团", "宝泉路北"]
    result = ask(content, "team", "--set", "description=每周三: 上门 #1", answers=answers)
    assert result.exit_code == 0, result.output
    text = (content / "teams" / "jin-nang-tuan.yml").read_text(encoding="utf-8")
    assert '\ndescription: "每周三: 上门 #1"\n' in text
    assert yaml.safe_load(text)["description"] == "每周三: 上门 #1"


@pytest.mark.parametrize("bad", ["../../x", "../sites/qindu-center", "Qindu", "a/b"])
def test_an_id_that_is_no_id_is_refused_and_nothing_is_written(
    content: Path, wenming: Callable[..., Result], bad: str
) -> None:
    before = sorted(p for p in content.parent.rglob("*"))
    result = wenming(
        "new", "team", "--id", bad, "--set", "name=锦囊团", "--set", "site=qindu-center"
    )
    assert result.exit_code == 2
    assert f"编号“{bad}”只能用小写拼音字母、数字和短横线" in result.output
    assert sorted(p for p in content.parent.rglob("*")) == before


TEAM_FILE = """\
# yaml-language-server: $schema=../../schema/team.schema.json
# 服务队编号，与文件名相同，例如 jinnang-team。
id: jin-nang-tuan
# 名称：服务队全称，例如 锦华社区锦囊团志愿服务队。
name: 锦囊团志愿服务队
# 服务品牌名称，例如 锦囊团。
# brand: 锦囊团
# 服务队所属站点的编号。
site: baoquanlu-north
# 志愿者人数；约数在数字后加 +，例如 120+。
# volunteers: 120+
# 成立日期，例如 2022-03-05。
# founded: 2022-03-05
# 服务队简介。
# description:
# 内部信息：联系人、电话、住址、身份证号等。检查时使用，绝不发布。
# private:
#   contact: 联系人姓名
#   phone: 联系人手机（不公开）
# 曾用编号：改过编号时，在这里列出旧编号；旧网址会自动跳转到新网址。
# former_ids:
#   - 旧编号
# 已发布季度的更正记录；修改已发布的记录时必须在此写明日期和原因。
# corrections:
#   - date: 2026-11-02
#     reason: 更正的内容和原因
# 草稿：写 true 时该记录不出现在网站、搜索、订阅和下载中。
# draft:
"""


def test_a_minors_honour_asks_school_grade_and_consent(content: Path) -> None:
    answers = ["新时代好少年", "五年级二班的学校", "五年级", "否", "是", "个人", "李小明"]
    answers += ["2026-09-01", "已撤销", "2026-08-01", "2026-09-05"]
    result = ask(content, "honour", answers=answers)
    assert result.exit_code == 0, result.output
    assert "guardian_consent（监护人同意） — 未成年人条目必须取得监护人同意" in result.output
    assert "withdrawn（撤销日期） — 撤销日期早于发布日期 date" in result.output
    text = (content / "honors" / "2026-Q3" / "2026q3-li-xiao-ming.yml").read_text(encoding="utf-8")
    for line in ("school: 五年级二班的学校", "grade: 五年级", "guardian_consent: 是"):
        assert f"\n{line}\n" in text
    assert "\nwithdrawn: 2026-09-05\n" in text


def test_new_activity_announced_ahead_asks_for_no_counts(content: Path) -> None:
    """`wenming new activity --set status=预告`: the counts come once it is held."""
    args = ["new", "activity", "--set", "status=预告", "--set", "date=2026-09-20"]
    answers = ["十月理论宣讲", "理论宣讲", "baoquanlu-north", "按月计划中的宣讲。"]
    result = CliRunner().invoke(main, args, input="\n".join(answers) + "\n")
    assert result.exit_code == 0, result.output
    assert "场次" not in result.output and "人次" not in result.output
    written = content / "activities" / "2026-Q3" / "2026q3-shi-yue-li-lun-xuan-jiang.yml"
    text = written.read_text(encoding="utf-8")
    assert "status: 预告" in text and "\nsessions:" not in text
    assert "# start_time:" in text and "# place:" in text
