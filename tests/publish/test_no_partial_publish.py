"""No partial publish: a build that fails at any stage leaves the published site as it was.

A site is built once with `wenming build`; then each stage is made to fail in turn —
the content (a checker error), the theme (a Jinja syntax error in a custom_dir copy
of theme/main.html) and MkDocs itself (a warning, fatal under --strict, from a page
in docs/ that links to a missing page). Each time `wenming build` must exit non-zero,
the site folder must be byte-identical and nothing may be left beside it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from site_fixture import REPO, mkdocs_yml, write_content
from snapshot import beside, snapshot, wenming_build


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    folder = tmp_path_factory.mktemp("published")
    site = folder / "site"
    result = wenming_build(mkdocs_yml(folder, write_content(folder / "content")), site)
    assert result.returncode == 0, result.stderr[-3000:]
    assert (site / "index.html").is_file() and (site / "search" / "search_index.json").is_file()
    return site, snapshot(site)


def _content_error(folder: Path) -> Path:
    content = write_content(folder / "content")
    station = content / "sites" / "dongshan-station.yml"
    station.write_text(station.read_text(encoding="utf-8") + "hours：全天\n", encoding="utf-8")
    return mkdocs_yml(folder, content)


def _template_error(folder: Path) -> Path:
    config = mkdocs_yml(folder, write_content(folder / "content"))
    theme = folder / "theme"
    shutil.copytree(REPO / "theme", theme)
    main = theme / "main.html"
    main.write_text(main.read_text(encoding="utf-8") + "\n{% block broken %}{{ oops(\n", "utf-8")
    settings = yaml.safe_load(config.read_text(encoding="utf-8"))
    settings["theme"]["custom_dir"] = str(theme)
    config.write_text(yaml.safe_dump(settings, allow_unicode=True), encoding="utf-8")
    return config


def _strict_warning(folder: Path) -> Path:
    config = mkdocs_yml(folder, write_content(folder / "content"))
    (folder / "docs" / "about.md").write_text("# 关于\n\n见[说明](missing.md)。\n", "utf-8")
    return config


STAGES = {
    "content error": (_content_error, "内容有错误，网站未生成"),
    "template error": (_template_error, "TemplateSyntaxError"),
    "mkdocs warning under --strict": (_strict_warning, "missing.md"),
}


@pytest.mark.parametrize("stage", list(STAGES))
def test_failed_build_leaves_the_published_site_untouched(
    published: tuple[Path, dict[str, str]], tmp_path: Path, stage: str
) -> None:
    site, before = published
    make_config, says = STAGES[stage]
    result = wenming_build(make_config(tmp_path), site)
    assert result.returncode != 0
    assert says in result.stderr, result.stderr[-3000:]
    assert f"生成失败，{site} 保持原样。" in result.stderr
    assert snapshot(site) == before
    assert beside(site) == []


def test_failed_first_build_creates_no_site(tmp_path: Path) -> None:
    site = tmp_path / "out" / "site"
    result = wenming_build(_content_error(tmp_path), site)
    assert result.returncode != 0
    assert not site.exists() and beside(site) == []
