"""The footer's filing numbers and contacts in publisher.yml: accepted as issued, refused
with the sentence that says how they are written."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pydantic_core import PydanticCustomError
from testpaths import MINIMAL

from generator.check.content import check_content
from generator.records.parsers import parse_email, parse_icp, parse_police, parse_site_code


@pytest.mark.parametrize("text", ["陕ICP备12345678号", "陕ICP备12345678号-1", "京ICP证030173号"])
def test_icp_numbers_as_issued(text: str) -> None:
    assert parse_icp(text) == text


@pytest.mark.parametrize("text", ["ICP备12345678号", "陕ICP12345678", "陕ICP备1234号", "12345678"])
def test_other_icp_spellings_are_refused(text: str) -> None:
    with pytest.raises(PydanticCustomError) as caught:
        parse_icp(text)
    assert caught.value.type == "wm_icp"


def test_police_and_site_code_and_email() -> None:
    assert parse_police("陕公网安备 61040202000123号") == "陕公网安备 61040202000123号"
    assert parse_site_code("６１０４０２０００１") == "6104020001"
    assert parse_email("wenming@county.gov.cn") == "wenming@county.gov.cn"
    for parse, text in (
        (parse_police, "陕公网安备 6104020200012号"),
        (parse_site_code, "610402001"),
        (parse_email, "mailto:wenming@county.gov.cn"),
        (parse_email, "宣传部 <wenming@county.gov.cn>"),
    ):
        with pytest.raises(PydanticCustomError):
            parse(text)


def test_a_wrong_filing_is_reported_at_its_line(tmp_path: Path) -> None:
    root = tmp_path / "content"
    shutil.copytree(MINIMAL, root)
    publisher = root / "publisher.yml"
    text = publisher.read_text(encoding="utf-8")
    publisher.write_text(text + "icp: ICP备123号\nemail: 宣传部\n", encoding="utf-8")
    catalog, problems = check_content(root, "content")
    assert catalog is None
    said = {p.field: (p.line, p.text) for p in problems}
    lines = text.count("\n")
    assert said["icp（ICP备案号）"][0] == lines + 1
    assert "不是 ICP 备案号" in said["icp（ICP备案号）"][1]
    assert "不是电子邮箱地址" in said["email（联系邮箱）"][1]
