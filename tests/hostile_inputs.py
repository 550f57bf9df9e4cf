"""Hostile inputs: files an attacker (or a very unlucky paste) puts into a content tree.

Each input is a set of files written over a copy of the minimal valid tree
(`tests/fixtures/minimal`), and the kinds of problem `check` must answer with. They
are shared by `tests/read/test_hostile.py` (the right, clear error) and by
`bench/hostile.py` (in under a second and 200 MB each), so both attack the same bytes.
"""

from __future__ import annotations

import shutil
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from testpaths import MINIMAL

TEAM = "teams/xuanjiang-team.yml"
SERVICE = "services/sanxiao-sanda.yml"
ACTIVITY = "activities/2026-Q3/2026q3-weixuanjiang.yml"
HEAD = "id: xuanjiang-team\nname: 三小三大宣讲队\nsite: baoquanlu-north\n"
SERVICE_HEAD = (
    "id: sanxiao-sanda\nname: 三小三大理论宣讲\ndescription: 宣讲。\n"
    "order:\n  - way: 电话\n    detail: 拨打 029-33210001\nsites:\n"
)
ACTIVITY_TEXT = (
    "id: 2026q3-weixuanjiang\ntitle: 微宣讲\ntype: 理论宣讲\nsites: [baoquanlu-north]\n"
    "date: {date}\nsessions: 1\nattendance: 200\nsummary: 宣讲。\n"
)
LIMIT = 256 * 1024  # generator.read.load.MAX_BYTES, kept literal so the bench needs no import


@dataclass(frozen=True)
class Hostile:
    """Files to write (path in the tree → bytes) and the problem kinds check must report."""

    name: str
    files: dict[str, bytes]
    kinds: frozenset[str]
    remove: tuple[str, ...] = ()  # files of the minimal tree to delete first


def _team(text: str) -> dict[str, bytes]:
    return {TEAM: text.encode("utf-8")}


def _billion_laughs() -> str:
    """The classic: ten levels of ten aliases each, 10**9 "lol"s if anything expanded them."""
    lines = ['l0: &l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for level in range(1, 10):
        refs = ", ".join([f"*l{level - 1}"] * 10)
        lines.append(f"l{level}: &l{level} [{refs}]")
    return HEAD + "description: x\n" + "\n".join(lines) + "\n"


def _collision(form: str) -> Hostile:
    """Two team files whose names differ only by Unicode normalisation (NFC vs NFD)."""
    name = "lǚ-team"  # pinyin ü with a tone: one code point in NFC, three in NFD
    nfc = unicodedata.normalize("NFC", name)
    other = unicodedata.normalize(form, name)
    assert nfc != other
    text = "id: lv-team\nname: 旅游服务队\nsite: baoquanlu-north\n".encode()
    return Hostile(
        f"name-collision-{form.lower()}",
        {f"teams/{nfc}.yml": text, f"teams/{other}.yml": text},
        frozenset({"name_collision", "id_bad_file_name"}),
    )


def hostile_inputs() -> list[Hostile]:
    """Every hostile input, cheapest first."""
    h = Hostile
    return [
        h("billion-laughs", _team(_billion_laughs()), frozenset({"anchor"})),
        h("alias-first", _team(HEAD + "description: *lol\n"), frozenset({"alias"})),
        h(
            "huge-file",
            _team(HEAD + "description: " + "长" * (LIMIT // 3 + 10) + "\n"),
            frozenset({"file_too_large"}),
        ),
        h(
            "huge-line-name",
            _team("id: xuanjiang-team\nsite: baoquanlu-north\nname: " + "名" * 80_000 + "\n"),
            frozenset({"too_long"}),
        ),
        h(
            "huge-line-spaces",
            _team(HEAD + "brand: x" + " " * 250_000 + "y\n"),
            frozenset({"too_long"}),
        ),
        h(
            "count-spaces",
            _team(HEAD + "volunteers: 1" + " " * 200_000 + "x\n"),
            frozenset({"wm_count"}),
        ),
        h(
            "deep-flow",
            _team(HEAD + "description: " + "[" * 10_000 + "]" * 10_000 + "\n"),
            frozenset({"too_deep"}),
        ),
        h(
            "deep-flow-unclosed",
            _team(HEAD + "description: " + "{a: " * 10_000 + "\n"),
            frozenset({"too_deep"}),
        ),
        h(
            "deep-block",
            _team(HEAD + "description:\n" + "".join(" " * i + "- \n" for i in range(600))),
            frozenset({"too_deep"}),
        ),
        h(
            "many-nodes",
            _team(HEAD + "".join(f"k{i}: v\n" for i in range(10_001))),
            frozenset({"too_many_nodes"}),
        ),
        h(
            "many-items",
            _team(HEAD + "description: [" + "a, " * 30_000 + "a]\n"),
            frozenset({"too_many_nodes"}),
        ),
        h(
            "many-unknown-keys",
            _team(HEAD + "".join(f"k{i}: v\n" for i in range(9_990))),
            frozenset({"extra_forbidden", "too_many_problems"}),
        ),
        h(
            "many-duplicate-keys",
            _team(HEAD + "name: 又一个\n" * 9_990),
            frozenset({"duplicate_key", "too_many_problems"}),
        ),
        h(
            "many-unknown-refs",
            {SERVICE: (SERVICE_HEAD + "".join(f"  - site-{i}\n" for i in range(9_990))).encode()},
            frozenset({"unknown_ref", "too_many_problems"}),
        ),
        h(
            "many-tab-lines",
            _team(HEAD + "description:\n" + "\tx\n" * 80_000),
            frozenset({"tab_indent", "too_many_problems"}),
        ),
        h(
            "many-chinese-quotes",
            _team(HEAD + "description:\n" + "  - “x”\n" * 18_000),
            frozenset({"chinese_quotes", "too_many_problems"}),
        ),
        h(
            "many-mobiles",
            _team(HEAD + "description:\n" + "  - 13912345678\n" * 15_000),
            frozenset({"mobile", "wm_not_scalar", "too_many_problems"}),
        ),
        h(
            "nul-bytes",
            {TEAM: HEAD.encode() + b"description: " + b"\x00" * 200_000 + b"\n"},
            frozenset({"nul_byte"}),
        ),
        h(
            "gbk-huge",
            {TEAM: (HEAD + "description: " + "文明实践" * 20_000 + "\n").encode("gbk")},
            frozenset({"encoding_gbk"}),
        ),
        h(
            "utf16-huge",
            {TEAM: (HEAD + "description: " + "文明实践" * 20_000 + "\n").encode("utf-16")},
            frozenset({"encoding_utf16"}),
        ),
        h(
            "long-key",
            _team(HEAD + "k" * 200_000 + ": v\n"),
            frozenset({"yaml_indent", "yaml_syntax", "extra_forbidden"}),
        ),
        h(
            "naive-datetime",
            {ACTIVITY: ACTIVITY_TEXT.format(date="2026-07-15T09:30:00").encode()},
            frozenset({"wm_day_time"}),
        ),
        h(
            "datetime-with-zone",
            {ACTIVITY: ACTIVITY_TEXT.format(date="2026-07-15 09:30:00+08:00").encode()},
            frozenset({"wm_day_time"}),
        ),
        h(
            "name-collision-case",
            {"teams/XuanJiang-Team.yml": HEAD.encode()},
            frozenset({"name_collision", "id_bad_file_name"}),
        ),
        _collision("NFD"),
        h(
            "name-collision-compat-ideograph",
            {"teams/\uf900.yml": b"id: x\n", "teams/\u8c48.yml": b"id: x\n"},
            frozenset({"name_collision", "id_bad_file_name", "missing"}),
        ),
    ]


def write_tree(root: Path, hostile: Hostile) -> Path:
    shutil.copytree(MINIMAL, root)
    for rel, data in hostile.files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(data)
    return root
