"""The engines that build the site: MkDocs 1.x with the plugin, and ProperDocs unchanged.

ProperDocs (the community continuation of MkDocs 1.x) runs MkDocs plugins and
Material as they are: the site it builds is the MkDocs build's, file for file, but for
the generator tag each page carries. Engines that skip our plugin are refused by
`wenming build` (tests/publish/test_sitebuild.py) and use `wenming export` (tests/publish/).
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from site_fixture import mkdocs_yml, write_content
from snapshot import snapshot

from generator.cli import main
from generator.publish.sitemarker import MARKER

GENERATOR_TAG = re.compile(rb'<meta name="generator" content="[^"]*">')


def engine_build(engine: str, config: Path, site: Path) -> None:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-m", engine, "build", "--strict", "-f", str(config)]
    done = subprocess.run(
        [*command, "-d", str(site)], capture_output=True, text=True, env=env, check=False
    )
    assert done.returncode == 0, done.stderr


def files(site: Path) -> dict[str, bytes]:
    return {
        path: GENERATOR_TAG.sub(b"", (site / path).read_bytes())
        for path, digest in snapshot(site).items()
        if digest != "dir"
    }


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("engines")
    mkdocs_yml(folder, write_content(folder / "content", hostile=True))
    return folder


def test_properdocs_builds_the_mkdocs_site(project: Path) -> None:
    engine_build("mkdocs", project / "mkdocs.yml", project / "by-mkdocs")
    engine_build("properdocs", project / "mkdocs.yml", project / "by-properdocs")
    by_mkdocs, by_properdocs = files(project / "by-mkdocs"), files(project / "by-properdocs")
    assert len(by_mkdocs) > 40 and MARKER in by_properdocs  # the plugin ran to its end
    assert by_properdocs == by_mkdocs
    tag = (project / "by-properdocs" / "index.html").read_text(encoding="utf-8")
    assert "ProperDocs" in tag  # the other engine did run


def test_wenming_build_runs_properdocs_when_asked(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(project)
    result = CliRunner().invoke(
        main, ["build", "--engine", "properdocs", "-d", "published"], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    assert "ProperDocs" in (project / "published" / "index.html").read_text(encoding="utf-8")


def test_an_unknown_engine_is_refused_in_chinese(project: Path) -> None:
    result = CliRunner().invoke(main, ["build", "--engine", "zensical"])
    assert result.exit_code == 2 and "zensical" in result.output and "不是" in result.output


def test_an_engine_that_is_not_installed_is_named_in_chinese(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util,
        "find_spec",
        lambda name, *a: None if name == "properdocs" else real(name, *a),
    )
    monkeypatch.chdir(project)
    result = CliRunner().invoke(main, ["build", "--engine", "properdocs", "-d", "nothing"])
    assert result.exit_code == 1
    assert "没有安装生成程序 properdocs" in result.stderr and "Traceback" not in result.output
    assert not (project / "nothing").exists()
