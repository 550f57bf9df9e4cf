"""`wenming export DIR`: the site as a docs folder that plain MkDocs builds into the same pages.

The export is the way off the plugin (README, "Engines"): every page MkDocs builds
from it must be the page the plugin builds, byte for byte, record text that looks like
markup included; only what the plugin adds after the pages may differ.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner, Result
from site_fixture import mkdocs_yml, write_content
from snapshot import snapshot

from generator.cli import main

EDIT = "https://git.example.test/county/site/edit/main/content/"
# What only the plugin does after the pages (README, "Engines"): Material's search
# worker patched for Chinese queries (search/worker.py), the names' pinyin in its index.
PLUGIN_ONLY = {"assets/javascripts/workers/search.*.min.js", "search/search_index.json"}


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def make_project(folder: Path, *, hostile: bool) -> Path:
    """A project with edit links (and, if `hostile`, record text that looks like markup)."""
    config = mkdocs_yml(folder, write_content(folder / "content", hostile=hostile))
    settings = yaml.safe_load(config.read_text(encoding="utf-8"))
    for plugin in settings["plugins"]:
        if isinstance(plugin, dict) and "wenming" in plugin:
            plugin["wenming"]["edit_url"] = EDIT
    config.write_text(yaml.safe_dump(settings, allow_unicode=True), encoding="utf-8")
    return folder


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return make_project(tmp_path, hostile=False)


@pytest.fixture
def hostile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return make_project(tmp_path, hostile=True)


def mkdocs_build(config: Path, site: Path, epoch: str) -> None:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": epoch}
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config)]
    done = subprocess.run(
        [*command, "-d", str(site)], capture_output=True, text=True, env=env, check=False
    )
    assert done.returncode == 0, done.stderr


def differing(a: Path, b: Path) -> set[str]:
    left, right = snapshot(a), snapshot(b)
    names = {n for n in left.keys() | right.keys() if left.get(n) != right.get(n)}
    return {re.sub(r"search\.\w+\.min\.js$", "search.*.min.js", n) for n in names}


def without_pinyin(site: Path) -> Any:
    """The search index as Material wrote it: the plugin's pinyin fields taken out."""
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    for name in ("pinyin", "pinyin_near"):
        index["config"]["fields"].pop(name, None)
        for doc in index["docs"]:
            doc.pop(name, None)
    return index


def test_plain_mkdocs_builds_the_export_into_the_plugins_pages(project: Path) -> None:
    built = run("build", "-d", "plugin-site")
    assert built.exit_code == 0, built.output
    exported = run("export", "export")
    assert exported.exit_code == 0, exported.output
    epoch = re.search(r"SOURCE_DATE_EPOCH=(\d+) ", exported.stdout)
    assert epoch, exported.stdout
    settings = (project / "export" / "mkdocs.yml").read_text(encoding="utf-8")
    assert "wenming:" not in settings and "content:" not in settings  # no plugin of ours
    mkdocs_build(project / "export" / "mkdocs.yml", project / "export-site", epoch.group(1))
    pages = list((project / "plugin-site").rglob("*.html"))
    assert len(pages) > 20
    # Every page, the sitemap, feeds, open data and the map's data are the plugin's own.
    assert differing(project / "plugin-site", project / "export-site") - PLUGIN_ONLY == {
        ".wenming-site"
    }
    assert without_pinyin(project / "plugin-site") == without_pinyin(project / "export-site")
    team = (project / "export-site" / "teams" / "jinnang-team" / "index.html").read_text("utf-8")
    assert f'href="{EDIT}teams/jinnang-team.yml"' in team  # the edit link rode along


# Material prints site_name raw in <title> and through `| e` in the logo's title: the
# plugin hands it escaped Markup, a config file can only hold text, escaped once here.
LOGO_TITLE = re.compile(r'title="[^"]*"( class="md-(?:header|nav)__button md-logo")')


def test_record_text_stays_text_in_the_exported_build(hostile: Path) -> None:
    assert run("build", "-d", "plugin-site").exit_code == 0
    exported = run("export", "export")
    assert exported.exit_code == 0, exported.output
    epoch = re.search(r"SOURCE_DATE_EPOCH=(\d+) ", exported.stdout)
    assert epoch
    mkdocs_build(hostile / "export" / "mkdocs.yml", hostile / "export-site", epoch.group(1))
    pages = sorted((hostile / "plugin-site").rglob("*.html"))
    assert len(pages) > 20
    for page in pages:
        rel = page.relative_to(hostile / "plugin-site")
        mine = (hostile / "export-site" / rel).read_text(encoding="utf-8")
        assert "<script>alert(1)</script>" not in mine, rel
        # The one difference: the logo's tooltip shows the escaped name escaped again.
        theirs = LOGO_TITLE.sub(r"\1", page.read_text(encoding="utf-8"))
        assert LOGO_TITLE.sub(r"\1", mine) == theirs, rel


def test_the_export_keeps_the_configs_tags_and_drops_only_the_plugin(project: Path) -> None:
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8").replace(
        "site_url: https://wenming.test/", "site_url: !ENV [WENMING_URL, https://wenming.test/]"
    )
    config.write_text(text + "markdown_extensions:\n- toc:\n    slugify: !!python/name:str\n")
    assert run("export", "export").exit_code == 0
    exported = (project / "export" / "mkdocs.yml").read_text(encoding="utf-8")
    assert "site_url: !ENV [WENMING_URL, 'https://wenming.test/']" in exported
    assert "slugify: !!python/name:str" in exported
    assert "search:" in exported and "jieba_dict_user:" in exported
    # Material opens the list from the working folder: the path is the export's, absolute.
    words_path = str((project / "export" / "jieba_user.txt").resolve())
    assert f"jieba_dict_user: {words_path}" in exported
    words = (project / "export" / "jieba_user.txt").read_text(encoding="utf-8")
    assert "东山村 100000\n" in words


def test_content_errors_are_reported_and_nothing_is_exported(project: Path) -> None:
    team = project / "content" / "teams" / "jinnang-team.yml"
    team.write_text(team.read_text(encoding="utf-8").replace("site: ", "site: nowhere-"))
    result = run("export", "export")
    assert result.exit_code == 1
    assert re.search(r"content/teams/jinnang-team\.yml:\d+:\d+: ", result.stdout), result.stdout
    assert not (project / "export").exists()
    assert [p.name for p in project.iterdir() if "wenming" in p.name] == []


@pytest.mark.parametrize("target", ["content", ".", "docs", "content/teams"])
def test_the_export_never_replaces_what_it_did_not_write(project: Path, target: str) -> None:
    before = snapshot(project)
    result = run("export", target)
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and "不能把网站导出到" in result.stderr
    assert snapshot(project) == before


def test_a_file_is_no_export_folder(project: Path) -> None:
    before = snapshot(project)
    result = run("export", "mkdocs.yml")
    assert result.exit_code == 2 and "mkdocs.yml" in result.stderr
    assert snapshot(project) == before


def test_a_folder_of_other_files_is_refused_and_kept(project: Path) -> None:
    folder = project / "mine"
    folder.mkdir()
    (folder / "notes.txt").write_text("别删我", encoding="utf-8")
    result = run("export", "mine")
    assert result.exit_code == 1 and "mine" in result.stderr
    assert (folder / "notes.txt").read_text(encoding="utf-8") == "别删我"


def test_a_second_export_replaces_the_first_whole(project: Path) -> None:
    assert run("export", "export").exit_code == 0
    first = snapshot(project / "export")
    (project / "content" / "bulletins" / "2026-Q3.yml").unlink()
    assert run("export", "export").exit_code == 0
    second = snapshot(project / "export")
    page = "docs/bulletins/2026-Q3/index.md"
    assert first[page] != second[page]
    # What the bulletin alone gave the site is gone: nothing of the first export stays.
    docs = project / "export" / "docs"
    assert not any("第一段。" in f.read_text("utf-8") for f in docs.rglob("*.md"))
    assert sorted(p.name for p in project.iterdir() if p.name.startswith(".export")) == []


def test_the_projects_own_docs_files_come_along(project: Path) -> None:
    docs = project / "docs"
    (docs / "robots.txt").write_text("User-agent: *\n", encoding="utf-8")
    assert run("export", "export").exit_code == 0
    assert (project / "export" / "docs" / "robots.txt").read_text("utf-8") == "User-agent: *\n"
    assert (docs / "robots.txt").exists()  # copied, not moved


def test_a_pagefind_project_exports_with_materials_search(project: Path) -> None:
    config = project / "mkdocs.yml"
    settings = yaml.safe_load(config.read_text(encoding="utf-8"))
    for plugin in settings["plugins"]:
        if isinstance(plugin, dict) and "wenming" in plugin:
            plugin["wenming"]["search"] = "pagefind"
    config.write_text(yaml.safe_dump(settings, allow_unicode=True), encoding="utf-8")
    exported = run("export", "export")
    assert exported.exit_code == 0, exported.output
    assert "wenming_search: material" in (project / "export" / "mkdocs.yml").read_text("utf-8")
    assert not (project / "export" / "docs" / "search" / "index.md").exists()
    mkdocs_build(project / "export" / "mkdocs.yml", project / "export-site", "0")
    assert (project / "export-site" / "search" / "search_index.json").is_file()


def test_tagged_settings_mean_what_mkdocs_reads(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`!ENV` values are read as MkDocs reads them: feeds and edit links as in a build."""
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    text = text.replace(
        "site_url: https://wenming.test/", "site_url: !ENV [WENMING_URL, https://wenming.test/]"
    ).replace(f"edit_url: {EDIT}", "edit_url: !ENV [WENMING_EDIT, https://nowhere.test/]")
    assert "!ENV [WENMING_EDIT" in text
    config.write_text(text, encoding="utf-8")
    monkeypatch.setenv("WENMING_URL", "https://county.test/")
    monkeypatch.setenv("WENMING_EDIT", EDIT)
    assert run("export", "export").exit_code == 0
    docs = project / "export" / "docs"
    feed = (docs / "feeds" / "bulletins.atom.xml").read_text(encoding="utf-8")
    assert 'href="https://county.test/bulletins/' in feed
    team = (docs / "teams" / "jinnang-team" / "index.md").read_text(encoding="utf-8")
    assert f"wenming_edit: {EDIT}teams/jinnang-team.yml" in team


def test_without_site_url_nothing_is_exported(project: Path) -> None:
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8").replace("site_url: https://wenming.test/\n", "")
    config.write_text(text, encoding="utf-8")
    result = run("export", "export")
    assert result.exit_code == 1 and "site_url" in result.stderr
    assert not (project / "export").exists()


def test_a_build_inside_the_export_survives_the_next_export(project: Path) -> None:
    exported = run("export", "export")
    epoch = re.search(r"SOURCE_DATE_EPOCH=(\d+) ", exported.stdout)
    assert epoch
    mkdocs_build(project / "export" / "mkdocs.yml", project / "export" / "site", epoch.group(1))
    built = snapshot(project / "export" / "site")
    again = run("export", "export")
    assert again.exit_code == 0, again.output
    assert snapshot(project / "export" / "site") == built  # carried over, not deleted
    marker = (project / "export" / ".wenming-site").read_text(encoding="utf-8")
    assert "site/index.html" not in marker  # the user's build, not the export's


def test_refusals_speak_of_the_export(project: Path) -> None:
    result = run("export", "content")
    assert "导出" in result.stderr and "-d" not in result.stderr


def test_the_printed_command_works_for_a_folder_with_spaces(project: Path) -> None:
    result = run("export", "导出 文件夹")
    assert result.exit_code == 0
    assert "-f '导出 文件夹/mkdocs.yml'" in result.stdout


def test_every_export_rewording_still_finds_its_build_sentence() -> None:
    """messages.EXPORT_WORDING rewords the build's refusals; a key no message holds any
    more would silently leave a sentence saying `-d`."""
    from generator.report.messages import EXPORT_WORDING, MESSAGES

    stale = [key for key in EXPORT_WORDING if not any(key in text for text in MESSAGES.values())]
    assert stale == []


def test_an_inherit_loop_ends_in_a_sentence(project: Path) -> None:
    config = project / "mkdocs.yml"
    config.write_text("INHERIT: mkdocs.yml\n" + config.read_text(encoding="utf-8"))
    result = run("export", "export")
    assert result.exit_code in (0, 1) and "Traceback" not in result.output


def test_an_export_without_jieba_is_refused_in_one_sentence(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Material's search would fail on the export's jieba_dict_user without jieba."""
    import importlib.util

    from generator.report.messages import for_export, say

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "jieba" else real(name, *a)
    )
    exported = run("export", "export")
    assert exported.exit_code != 0
    assert for_export(say("export_needs_jieba")) in exported.output
    assert not (project / "export").exists()
