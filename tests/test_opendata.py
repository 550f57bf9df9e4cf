"""Open-data downloads: the memo `serve` keeps gives the same bytes and re-encodes only changes."""

from __future__ import annotations

import json
from pathlib import Path

from site_fixture import write_content

from generator.content import read_content
from generator.opendata import Memo, open_data_files


def test_memo_reuses_unchanged_downloads_and_redoes_changed_ones(tmp_path: Path) -> None:
    root = write_content(tmp_path)
    catalog = read_content(root)
    memo: Memo = {}
    first = open_data_files(catalog, memo)
    assert first == open_data_files(catalog)  # the memo changes nothing in the output

    site = next(iter(catalog.sites))
    path = root / "sites" / f"{site}.yml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("name: ", "name: 改名", 1), encoding="utf-8"
    )
    changed = read_content(root)
    second = open_data_files(changed, memo)
    assert second == open_data_files(changed)
    assert second["data/all/sites.json"] != first["data/all/sites.json"]
    rows = json.loads(second["data/all/sites.json"])["rows"]
    assert any(row["name"].startswith("改名") for row in rows)
    # Activities did not change: the very bytes of the last call are handed back.
    assert second["data/all/activities.csv"] is first["data/all/activities.csv"]
