"""Open-data downloads: the memo `serve` keeps gives the same bytes and re-encodes only changes."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
from site_fixture import write_content

from generator.check.content import read_content
from generator.site.datapage import data_page
from generator.site.files.opendata import KIND_TITLES, Memo, open_data_files
from generator.site.public import COLUMNS
from generator.site.render import render_body


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


def test_every_scope_has_every_kind_in_json_and_csv_and_each_kind_a_schema(
    tmp_path: Path,
) -> None:
    """README: `data/<季度>/` and `data/all/` hold sites, teams, activities, honors, points as JSON and
    CSV, with a JSON Schema each under `data/schema/`; a quarter holds only its own records."""
    catalog = read_content(write_content(tmp_path))
    files = open_data_files(catalog)
    assert catalog.quarters and "all" not in catalog.quarters
    expected = {
        f"data/{scope}/{kind}.{ext}"
        for scope in ["all", *catalog.quarters]
        for kind in ("sites", "teams", "activities", "honors", "points")
        for ext in ("json", "csv")
    } | {
        f"data/schema/{kind}.schema.json"
        for kind in ("sites", "teams", "activities", "honors", "points")
    }
    assert set(files) == expected
    for kind in ("sites", "teams", "activities", "honors", "points"):
        schema = json.loads(files[f"data/schema/{kind}.schema.json"])
        jsonschema.Draft202012Validator.check_schema(schema)
        document = json.loads(files[f"data/all/{kind}.json"])
        assert document["rows"], kind
        errors = list(jsonschema.Draft202012Validator(schema).iter_errors(document))
        assert errors == [], (kind, [e.message for e in errors])
        assert not jsonschema.Draft202012Validator(schema).is_valid({**document, "rows": [{}]})
    for quarter in catalog.quarters:
        rows = json.loads(files[f"data/{quarter}/activities.json"])["rows"]
        assert rows and {row["quarter"] for row in rows} == {quarter}


def test_the_open_data_page_documents_every_column(tmp_path: Path) -> None:
    page = data_page(read_content(write_content(tmp_path)))
    body = render_body(page)
    for kind, columns in COLUMNS.items():
        documented = next(c for title, _, c in page.columns if title == KIND_TITLES[kind])
        assert [(c.field, c.title) for c in documented] == list(columns.items()), kind
        assert all(c.note for c in documented), [c.field for c in documented if not c.note]
        for field, title in columns.items():
            assert f"<code>{field}</code>" in body and title in body, (kind, field)
