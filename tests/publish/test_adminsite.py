"""The form editor is off unless mkdocs.yml turns it on; on, the build carries /admin/ with
the vendored Decap CMS and no address of another host."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml
from site_fixture import REPO, build, mkdocs_yml, write_content

from generator.publish.adminfiles import preview_settings
from generator.publish.cmsconfig import backend_problems

GOOD = {"name": "gitea", "repo": "county/wenming", "base_url": "https://git.county.test"}


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
    assert scripts == ["decap-cms.js", "js-yaml.min.js", "wenming-preview.js", "wenming-cms.js"]
    assert "http" not in page
    for name in [*scripts, "pinyin.json"]:
        assert (admin / name).is_file(), name
    written = yaml.safe_load((admin / "config.yml").read_text(encoding="utf-8"))
    assert written["backend"] == backend
    assert written["collections"][0]["folder"] == "content/sites"
    vendored = REPO / "node_modules" / "decap-cms" / "dist" / "decap-cms.js"
    assert (admin / "decap-cms.js").read_bytes() == vendored.read_bytes()
    # The preview links the stylesheets the site's pages link, as the build wrote them.
    block = re.search(r'<script id="wenming-preview" type="application/json">(.*?)</script>', page)
    assert block is not None
    settings = json.loads(block[1])
    home = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    linked = re.findall(r'<link rel="stylesheet" href="([^"]+)">', home)
    assert [f"../{href}" for href in linked[:2]] == settings["styles"]
    assert settings["styles"][0].startswith("../assets/stylesheets/main.")
    assert settings["styles"][1] == "../assets/wenming.css"
    assert all((admin / href).is_file() for href in settings["styles"])
    assert settings["templates"]["honors-2026-q3"] == "honor"
    assert settings["templates"]["activities-2026-q2"] == "activity"
    assert "sites" not in settings["templates"] and "新时代好少年" in settings["minor"]


def test_the_preview_settings_cannot_end_their_script_block(tmp_path: Path) -> None:
    name = "honors-</script><script>alert(1)</script>"
    config = {"collections": [{"name": name, "folder": "content/honors/2026-Q3"}]}
    text = preview_settings(config, tmp_path, ["assets/wenming.css"])
    assert "<" not in text
    assert json.loads(text)["templates"] == {name: "honor"}


def test_on_without_node_modules_the_build_says_what_to_run(tmp_path: Path) -> None:
    config = _project(tmp_path, admin=True, admin_backend=GOOD)
    (tmp_path / "node_modules").unlink()
    result = build(config, tmp_path / "site")
    assert result.returncode != 0
    assert "npm ci" in result.stderr


def test_a_published_editor_needs_a_backend(tmp_path: Path) -> None:
    """Without one, the built page would sign in to 127.0.0.1:8081 on every visitor's machine."""
    config = _project(tmp_path, admin=True)
    result = build(config, tmp_path / "site")
    assert result.returncode != 0
    assert "打开了表单编辑器（admin: true），但没有写 admin_backend" in result.stderr
    assert not (tmp_path / "site" / "admin").exists()


def test_a_bad_backend_is_refused_at_the_build(tmp_path: Path) -> None:
    backend = {"name": "gitee", "repo": "county"}
    config = _project(tmp_path, admin=True, admin_backend=backend)
    result = build(config, tmp_path / "site")
    assert result.returncode != 0
    assert "admin_backend（表单编辑器登录的代码仓库）有误" in result.stderr
    assert "name 写的是 gitee" in result.stderr


@pytest.mark.parametrize(
    ("backend", "said"),
    [
        ({"name": "gitee", "repo": "a/b"}, ["name 写的是 gitee"]),
        ({"name": "github", "repo": "wenming"}, ["repo 写的是 wenming"]),
        ({"name": "github", "repo": "a/b/c"}, ["repo 写的是 a/b/c"]),
        ({"name": "gitea", "repo": "a/b", "base_url": "http://git.x"}, ["base_url 写的是 http"]),
        ({"name": "gitea", "repo": "a/b", "api_root": "git.x/api"}, ["api_root 写的是 git.x"]),
        ({"name": "gitea", "repo": "a/b", "auth_endpoint": "http://x/login"}, ["auth_endpoint"]),
        ({"name": "gitlab", "repo": "group/sub/wenming", "auth_endpoint": "oauth/authorize"}, []),
        (GOOD, []),
    ],
)
def test_backend_problems(backend: dict[str, str], said: list[str]) -> None:
    problems = backend_problems(backend)
    assert len(problems) == len(said), problems
    for problem, words in zip(problems, said, strict=True):
        assert words in problem
