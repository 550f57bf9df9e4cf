"""The form editor's configuration is generated from the models and kept current."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from generator.cli import main
from generator.publish.cmsconfig import CONFIG_FILE, build_config, collections, is_current

REPO = Path(__file__).resolve().parents[2]
CONTENT = REPO / "content"


def _collection(name: str) -> dict[str, Any]:
    found = [c for c in collections(CONTENT) if c["name"] == name]
    assert found, name
    return found[0]


def _field(fields: list[dict[str, Any]], name: str) -> dict[str, Any]:
    return next(f for f in fields if f["name"] == name)


def test_the_committed_config_is_current() -> None:
    assert is_current(REPO, CONTENT), f"{CONFIG_FILE} is stale: run `wenming admin config`"


def test_a_stale_config_is_noticed(tmp_path: Path) -> None:
    shutil.copytree(CONTENT, tmp_path / "content")
    (tmp_path / "admin").mkdir()
    (tmp_path / CONFIG_FILE).write_text((REPO / CONFIG_FILE).read_text())
    assert is_current(tmp_path, tmp_path / "content")
    (tmp_path / CONFIG_FILE).write_text((REPO / CONFIG_FILE).read_text() + "# edited\n")
    assert not is_current(tmp_path, tmp_path / "content")


def test_one_collection_per_record_type_and_quarter_folder() -> None:
    names = [c["name"] for c in collections(CONTENT)]
    assert names == [
        "sites",
        "teams",
        "services",
        "activities-2026-q4",
        "activities-2026-q3",
        "honors-2026-q4",
        "honors-2026-q3",
        "bulletins",
        "points-2026-q4",
        "points-2026-q3",
    ]
    honours = _collection("honors-2026-q4")
    assert honours["folder"] == "content/honors/2026-Q4"
    assert honours["slug"] == "{{fields.id}}"
    assert honours["label"] == "荣誉（2026-Q4）"


def test_fields_carry_the_models_labels_hints_and_vocabularies() -> None:
    fields = _collection("honors-2026-q4")["fields"]
    category = _field(fields, "category")
    assert category["widget"] == "select" and "身边好人" in category["options"]
    assert category["label"] == "类别" and "honor_categories" in category["hint"]
    site = _field(fields, "site")
    assert (site["widget"], site["collection"], site["value_field"]) == ("relation", "sites", "id")
    date = _field(fields, "date")
    assert date["widget"] == "datetime" and date["format"] == "YYYY-MM-DD"
    assert date["pattern"][0] == "^2026-(10|11|12)-[0-9]{2}$"
    ident = _field(fields, "id")
    assert ident["widget"] == "wenming-id" and ident["prefix"] == "2026q4-"
    private = _field(fields, "private")
    assert private["label"] == "内部信息（不公开）" and "不公开" in private["hint"]
    assert all(not f["required"] for f in _field(fields, "notice")["fields"])


def test_counts_coordinates_and_nested_lists() -> None:
    activity = _collection("activities-2026-q4")["fields"]
    sessions = _field(activity, "sessions")
    assert sessions["widget"] == "string" and sessions["pattern"][0] == r"^[0-9]+\+?$"
    assert _field(activity, "sites")["multiple"] is True
    assert _field(activity, "type")["options"][0] == "理论宣讲"
    site = _collection("sites")["fields"]
    location = _field(site, "location")["fields"]
    assert _field(location, "datum")["options"] == ["gcj02", "wgs84", "bd09"]
    assert _field(location, "lng")["widget"] == "number"
    rooms = _field(site, "rooms")
    assert rooms["widget"] == "list" and [f["name"] for f in rooms["fields"]] == [
        "name",
        "description",
    ]
    assert _field(site, "parent")["collection"] == "sites"


def test_phones_and_region_codes_are_text_boxes_not_number_spinners() -> None:
    """029-33210001 or 0354-4112002 in a number field would lose the dash and the 0."""
    site = _collection("sites")["fields"]
    staff = _field(site, "staff")["fields"]
    for field in (_field(site, "phone"), _field(site, "region"), _field(staff, "phone")):
        assert field["widget"] == "string", field


def test_the_build_adds_the_backend_and_local_proxy() -> None:
    backend = {"name": "gitea", "repo": "county/wenming", "base_url": "https://git.county.test"}
    config = build_config(CONTENT, backend)
    assert config["backend"] == backend
    assert config["local_backend"]["allowed_hosts"] == ["127.0.0.1"]
    assert "backend" not in build_config(CONTENT)


def test_admin_config_check_says_stale_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(CONTENT, tmp_path / "records")
    (tmp_path / "mkdocs.yml").write_text("site_name: x\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    stale = runner.invoke(main, ["admin", "config", "--check", "--content", "records"])
    assert stale.exit_code == 1 and not (tmp_path / CONFIG_FILE).exists()
    written = runner.invoke(main, ["admin", "config", "--content", "records"])
    assert written.exit_code == 0 and is_current(tmp_path, tmp_path / "records")
    current = runner.invoke(main, ["admin", "config", "--check", "--content", "records"])
    assert current.exit_code == 0
    # --content is honoured: the editor reads and writes there, not in content/
    config = yaml.safe_load((tmp_path / CONFIG_FILE).read_text(encoding="utf-8"))
    assert {c["folder"].split("/")[0] for c in config["collections"]} == {"records"}


@pytest.mark.parametrize(
    ("case", "said"),
    [
        ("no mkdocs.yml", "这里不是 wenming 的内容仓库"),
        ("no content", "找不到内容文件夹 content"),
        ("empty content", "内容文件夹 content 里没有任何记录文件夹"),
        ("outside", "不在这个仓库里"),
    ],
)
def test_the_editor_needs_a_repository_with_records(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, case: str, said: str
) -> None:
    """Checked before anything starts, and before node_modules is looked for."""
    repo = tmp_path / "repo"
    repo.mkdir()
    if case != "no mkdocs.yml":
        (repo / "mkdocs.yml").write_text("site_name: x\n", encoding="utf-8")
    if case == "empty content":
        (repo / "content").mkdir()
    monkeypatch.chdir(repo)
    options = ["--content", str(CONTENT)] if case == "outside" else []
    for command in (["serve", "-p", "0"], ["config"]):
        result = CliRunner().invoke(main, ["admin", *command, *options])
        assert result.exit_code == 1, result.output
        assert said in result.output and "npm ci" not in result.output
        assert "Traceback" not in result.output


def test_the_schemas_max_length_is_the_forms_too() -> None:
    """A 201-character title passes the form unless the form knows the schema's limit."""
    activity = _collection("activities-2026-q4")["fields"]
    pattern, message = _field(activity, "title")["pattern"]
    assert re.fullmatch(pattern.strip("^$"), "字" * 200)
    assert not re.fullmatch(pattern.strip("^$"), "字" * 201)
    assert message == "“标题”最多写 200 个字，请删短一些"
    ident, _ = _field(activity, "id")["pattern"]
    assert re.match(ident, "a" * 64) and not re.match(ident, "a" * 65)
    site = _collection("sites")["fields"]
    rooms = _field(site, "rooms")["fields"]
    assert "200" in _field(rooms, "name")["pattern"][0]


def test_a_sites_services_are_text_not_references() -> None:
    """`services: [修鞋, 配钥匙]` would not show in a relation to the services collection."""
    site = _collection("sites")["fields"]
    services = _field(site, "services")
    assert services["widget"] == "list" and "collection" not in services
    assert services["field"]["pattern"][1] == "“日常服务”最多写 200 个字，请删短一些"
    activity = _collection("activities-2026-q4")["fields"]
    assert _field(activity, "service")["widget"] == "relation"
    assert _field(activity, "teams")["collection"] == "teams"


def test_the_editor_uploads_nothing_into_the_published_site() -> None:
    """Records use no images; an upload into docs/ would be published unchecked."""
    config = build_config(CONTENT)
    assert config["media_library"] == {"name": "wenming-no-media"}
    assert not config["media_folder"].startswith(("docs/", "content/"))
    assert all(
        "image" not in str(c["fields"]) and "file" not in str(c["fields"])
        for c in config["collections"]
    )


def test_each_quarters_id_hint_gives_that_quarters_example() -> None:
    for name, prefix in (("honors-2026-q4", "2026q4-"), ("activities-2026-q3", "2026q3-")):
        hint = _field(_collection(name)["fields"], "id")["hint"]
        assert re.findall(r"\d{4}q[1-4]-", hint) == [prefix], hint
