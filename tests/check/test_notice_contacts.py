"""An honour under notice (公示中) must resolve to someone who takes objections."""

from __future__ import annotations

from pathlib import Path

import yaml
from entries import entry, vocabularies
from site_fixture import write_content

from generator.check.content import check_content
from generator.check.entry import Findings
from generator.check.honours import check_notice_contacts
from generator.report.problems import Problem

HONOUR = """\
id: 2026q3-x
category: 文明市民
subject: 个人
name: 张丽
date: 2026-08-01
status: {status}
notice:
  start: 2026-08-01
  end: 2026-08-07
"""
BARE = "name: 某某县新时代文明实践网\n"
COUNTY = BARE + "objections:\n  unit: 某某县文明办\n  phone: 0910-1234567\n"


def problems(tmp_path: Path, publisher: str, status: str = "公示中") -> list[Problem]:
    honour = entry(
        tmp_path,
        "content/honors/2026-Q3/2026q3-x.yml",
        HONOUR.format(status=status),
        "honor",
        "2026-Q3",
    )
    found = Findings()
    who = entry(tmp_path, "content/publisher.yml", publisher).record
    check_notice_contacts([honour], vocabularies(tmp_path), who, found)
    return found.problems


def test_an_honour_under_notice_without_any_contact_is_refused_at_its_status(
    tmp_path: Path,
) -> None:
    (only,) = problems(tmp_path, BARE)
    assert (only.kind, only.line, only.field) == ("notice_no_contact", 6, "status（状态）")
    assert "文明市民" in only.text
    assert "content/publisher.yml" in only.text and "content/vocabularies.yml" in only.text
    assert "objections" in only.text


def test_the_county_contact_covers_it_and_a_decided_honour_needs_none(tmp_path: Path) -> None:
    assert problems(tmp_path, COUNTY) == []
    assert problems(tmp_path, BARE, status="已认定") == []


def test_the_category_contact_alone_covers_it(tmp_path: Path) -> None:
    content = write_content(tmp_path / "content")
    data = yaml.safe_load((content / "publisher.yml").read_text(encoding="utf-8"))
    del data["objections"]
    (content / "publisher.yml").write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    _, found = check_content(content, "content")
    refused = [p for p in found if p.kind == "notice_no_contact"]
    assert refused and all(p.path.startswith("content/honors/") for p in refused)
    vocab = yaml.safe_load((content / "vocabularies.yml").read_text(encoding="utf-8"))
    for category in vocab["honor_categories"]:
        category["objections"] = {"unit": "某某县文明办", "phone": "0910-1234567"}
    (content / "vocabularies.yml").write_text(yaml.safe_dump(vocab, allow_unicode=True), "utf-8")
    _, found = check_content(content, "content")
    assert not [p for p in found if p.kind == "notice_no_contact"]


def test_an_institutional_postal_address_passes_the_privacy_scan(tmp_path: Path) -> None:
    """The home-address scan reads honour files only: a unit's address with a room number
    (县委大院3号楼201室) in publisher.yml or vocabularies.yml is published as written."""
    content = write_content(tmp_path / "content")
    data = yaml.safe_load((content / "publisher.yml").read_text(encoding="utf-8"))
    data["objections"]["address"] = "测试县人民路1号县委大院3号楼201室，邮编 714000"
    (content / "publisher.yml").write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    catalog, found = check_content(content, "content")
    assert catalog is not None, [p.as_text() for p in found]
    assert catalog.publisher.objections is not None
    assert "201室" in (catalog.publisher.objections.address or "")
