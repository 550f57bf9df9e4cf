"""Explanations: each kind of pydantic error becomes its sentence, at the editor's own line."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from generator.check.explanations import explain, problem_of
from generator.read.load import load_file
from generator.records.network import Site
from generator.report import messages
from generator.report.problems import Problem

SITE = """\
id: baoquan
name: 宝泉路北社区新时代文明实践站
level: 站
region: "610402001001"
adress: 宝泉路
location:
  datum: gcj02
  lng: "34.3"
  lat: "108.7"
rooms: 理论宣讲室
"""


def problems_of(tmp_path: Path, text: str) -> list[Problem]:
    path = tmp_path / "baoquan.yml"
    path.write_text(text, encoding="utf-8")
    loaded = load_file(path, "content/sites/baoquan.yml")
    with pytest.raises(ValidationError) as caught:
        Site.model_validate(loaded.data)
    return [problem_of(loaded, Site, e) for e in caught.value.errors(include_url=False)]


def test_each_error_is_placed_and_worded(tmp_path: Path) -> None:
    found = {p.kind: p for p in problems_of(tmp_path, SITE)}
    assert set(found) == {"missing", "extra_forbidden", "wm_latlng_swapped", "list_type"}
    # A missing field points at the mapping it is missing from: here the whole file.
    assert found["missing"].text == messages.say("missing", key="address")
    assert (found["missing"].line, found["missing"].field) == (1, "address（地址）")
    # An unknown key is placed on the key, with the nearest field suggested.
    unknown = found["extra_forbidden"]
    assert (unknown.line, unknown.col, unknown.field) == (5, 1, "adress")
    assert "是否想写 address？" in unknown.text
    # A check across fields is placed at the field the editor most likely has to change.
    assert (found["wm_latlng_swapped"].line, found["wm_latlng_swapped"].field) == (
        8,
        "location.lng（经度）",
    )
    # One value where a list belongs is told as a shape, not as the list's type error.
    assert found["list_type"].text == messages.say("not_list", fields="name、description")
    assert found["list_type"].line == 10


def test_an_empty_value_is_required_or_optional_as_the_field_is() -> None:
    required = explain("wm_empty", {}, "", "名称", required=True)
    optional = explain("wm_empty", {}, "", "简介", required=False)
    assert required == messages.say("required_empty", label="名称")
    assert optional == messages.say("wm_empty", label="简介")
    assert explain("no_such_error_kind", {}, "x", "名称", required=True) == messages.say(
        "wrong_type"
    )


def test_a_fixed_choice_suggests_the_option_meant() -> None:
    text = explain(
        "literal_error", {"expected": "'gcj02', 'wgs84' or 'bd09'"}, "高德", "坐标系", required=True
    )
    assert "是否想写 gcj02？" in text and "wgs84" in text
