"""The form editor is off unless mkdocs.yml turns it on; on, the build carries /admin/ with
the vendored Decap CMS and no address of another host."""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from site_fixture import REPO, build, mkdocs_yml, write_content


def _project(tmp_path: Path, **options: object) -> Path:
    content = write_content(tmp_path / "content")
    config = mkdocs_yml(tmp_path, content)
    data = yaml.safe_load(config.read_text(encoding="utf-8"))
    for plugin in data["plugins"]:
        if isinstance(plugin, dict) and "wenming" in plugin:
            plugin["wenming"].update(options)
    config.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    (tmp_path / "node_modules").symlink_to(REPO / "node_modules")
    return config


def test_off_by_default_the_site_has_no_admin_files(tmp_path: Path) -> None:
    config = _project(tmp_path)
    result = build(config, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    assert not (tmp_path / "site" / "admin").exists()
    assert not list((tmp_path / "site").rglob("*decap*"))


def test_on_the_build_writes_the_editor(tmp_path: Path) -> None:
    backend = {"name": "gitlab", "repo": "county/wenming", "base_url": "https://git.county.test"}
    config = _project(tmp_path, admin=True, admin_backend=backend)
    result = build(config, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    admin = tmp_path / "site" / "admin"
    page = (admin / "index.html").read_text(encoding="utf-8")
    scripts = re.findall(r'<script src="([^"]+)"', page)
    assert scripts == ["decap-cms.js", "js-yaml.min.js", "wenming-cms.js"]
    assert "http" not in page
    for name in [*scripts, "pinyin.json"]:
        assert (admin / name).is_file(), name
    written = yaml.safe_load((admin / "config.yml").read_text(encoding="utf-8"))
    assert written["backend"] == backend
    assert written["collections"][0]["folder"] == "content/sites"
    vendored = REPO / "node_modules" / "decap-cms" / "dist" / "decap-cms.js"
    assert (admin / "decap-cms.js").read_bytes() == vendored.read_bytes()


def test_on_without_node_modules_the_build_says_what_to_run(tmp_path: Path) -> None:
    config = _project(tmp_path, admin=True)
    (tmp_path / "node_modules").unlink()
    result = build(config, tmp_path / "site")
    assert result.returncode != 0
    assert "npm ci" in result.stderr
