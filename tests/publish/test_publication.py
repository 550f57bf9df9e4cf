"""publish/edition.py's `publish_quarter`: `wenming publish` as a library call."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from generator.publish.edition import publication_day, publish_quarter
from generator.publish.refused import Refused


def test_a_ready_quarter_is_written_with_its_record_count(content: Path) -> None:
    done = publish_quarter(content, "2026-Q3", "2026-10-08")
    assert done.problems == [] and done.missing == []
    assert done.written == content / "editions" / "2026-Q3.yml"
    assert done.published == date(2026, 10, 8)
    manifest = yaml.safe_load(done.written.read_text(encoding="utf-8"))
    assert done.total == sum(len(found) for found in manifest["records"].values()) > 0
    assert done.written.read_text(encoding="utf-8").startswith("# 由 wenming publish 生成")


def test_what_is_missing_is_returned_and_nothing_written(content: Path) -> None:
    (content / "bulletins" / "2026-Q3.yml").unlink()
    done = publish_quarter(content, "2026-Q3", "2026-10-08")
    assert done.written is None
    assert done.missing == ["缺少 2026-Q3 的简报（请添加 content/bulletins/2026-Q3.yml）"]
    assert not (content / "editions").exists()


def test_content_errors_stop_before_readiness(content: Path) -> None:
    (content / "teams" / "broken.yml").write_text("id: broken\n", encoding="utf-8")
    done = publish_quarter(content, "2026-Q3", "2026-10-08")
    assert done.written is None and done.missing == []
    assert any(p.is_error for p in done.problems)


@pytest.mark.parametrize(
    ("quarter", "day", "says"),
    [
        ("2026Q3", "2026-10-08", "“2026Q3”不是季度"),
        ("2026-Q3", "2026年10月8日", "“2026年10月8日”不是日期"),
        ("2026-Q3", "1800-01-01", "年份不对"),
    ],
)
def test_unusable_arguments_are_refused(content: Path, quarter: str, day: str, says: str) -> None:
    with pytest.raises(Refused) as refused:
        publish_quarter(content, quarter, day)
    assert says in refused.value.message


def test_the_day_defaults_to_today_in_shanghai() -> None:
    assert publication_day("2026-10-08") == date(2026, 10, 8)
    assert isinstance(publication_day(None), date)
