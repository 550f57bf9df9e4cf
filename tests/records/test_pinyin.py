"""records/pinyin.py: names read as pypinyin's dictionary reads them, the same for ids and search."""

from __future__ import annotations

import subprocess
import sys

import pytest
from testpaths import REPO

from generator.publish.scaffold import propose_id
from generator.records.pinyin import core, full, initials, spell


@pytest.mark.parametrize(
    ("name", "whole", "first"),
    [
        ("宝泉路", "baoquanlu", "bql"),
        ("最美家庭", "zuimeijiating", "zmjt"),
        ("小滨工坊", "xiaobingongfang", "xbgf"),
        ("长者生日会", "zhangzheshengrihui", "zzsrh"),  # 长 in the phrase 长者: zhang
        ("长廊", "changlang", "cl"),  # and in 长廊: chang
        ("吕", "lv", "l"),  # ü typed as v, as on phone keyboards
        ("2号楼A座", "2haoloua" + "zuo", "2hlaz"),  # Latin letters and digits kept whole
        ("“红色小遇”", "hongsexiaoyu", "hsxy"),  # quotes dropped
    ],
)
def test_full_pinyin_and_initials(name: str, whole: str, first: str) -> None:
    assert full(name) == whole
    assert initials(name) == first
    assert spell(name) == (whole, first)


def test_the_core_leaves_out_what_every_name_carries() -> None:
    assert core("宝泉路北社区新时代文明实践站") == "宝泉路北社区"
    assert core("县老年大学新时代文明实践点") == "县老年大学"
    assert core("小滨工坊便民维修志愿服务队") == "小滨工坊便民维修"
    assert core("新时代文明实践站") == "新时代文明实践站"  # nothing left: the whole name


@pytest.mark.parametrize("name", ["长者生日会", "白音他拉好人长廊", "朝阳社区", "东坤都伦嘎查"])
def test_an_id_reads_a_name_as_search_does(name: str) -> None:
    # README: the id `wenming new` proposes shows the reading search uses.
    assert propose_id(name).replace("-", "") == full(core(name))


def test_pypinyin_is_loaded_only_when_a_name_is_read() -> None:
    program = (
        "import sys, generator.records.pinyin as p\n"
        "assert 'pypinyin' not in sys.modules\n"
        "p.full('宝泉路')\n"
        "assert 'pypinyin' in sys.modules\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", program], cwd=REPO, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
