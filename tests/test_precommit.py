"""pre-commit works for an editor who has only Python: the hooks install what they need.

Each test runs the real pre-commit on a fresh clone, with a PATH that holds neither
this virtual environment nor any `wenming` or `ruff`: with the old `language: system`
hooks it failed with "Executable `wenming` not found". The hook environments are
installed from the package registry once and kept in `build/pre-commit/` (ignored by
git), so later runs take seconds.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import yaml
from testpaths import MINIMAL, REPO

CACHE = REPO / "build" / "pre-commit"
BROKEN = "id: broken-team\nname: 锦囊团\nsite: qindu-center\nvolunteers: 3万余\n"
FIXED = BROKEN.replace("3万余", "30000+")
SAID = "volunteers（志愿者人数） — 数量不能写成“3万余”（请写成 30000+"


def git(*args: str, cwd: Path) -> str:
    env = {**os.environ, "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}
    done = subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args],
        cwd=cwd,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return done.stdout.strip()


def pre_commit(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """`pre-commit run …` as an editor runs it: no project venv, no wenming on the PATH."""
    git_dir = str(Path(shutil.which("git") or "/usr/bin/git").parent)
    env = {
        "PATH": os.pathsep.join(dict.fromkeys([git_dir, "/usr/bin", "/bin"])),
        "HOME": os.environ.get("HOME", str(cwd)),
        "PRE_COMMIT_HOME": str(CACHE),
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_NOSYSTEM": "1",
        "LANG": "C.UTF-8",
        **{k: v for k, v in os.environ.items() if k.startswith("PIP_")},
    }
    assert shutil.which("wenming", path=env["PATH"]) is None
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "run", *args, "--color", "never"],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )


def fresh_clone(tmp_path: Path) -> Path:
    clone = tmp_path / "wenming"
    git("clone", "--quiet", str(REPO), str(clone), cwd=tmp_path)
    return clone


def test_the_projects_own_hook_reports_a_broken_record_in_a_fresh_clone(tmp_path: Path) -> None:
    clone = fresh_clone(tmp_path)
    record = clone / "content" / "teams" / "broken-team.yml"
    record.write_text(BROKEN, encoding="utf-8")
    git("add", "content", cwd=clone)
    failed = pre_commit("wenming-check", "--files", "content/teams/broken-team.yml", cwd=clone)
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "content/teams/broken-team.yml:4:" in failed.stdout
    assert SAID in failed.stdout
    record.write_text(FIXED, encoding="utf-8")
    git("add", "content", cwd=clone)
    passed = pre_commit("wenming-check", "--files", "content/teams/broken-team.yml", cwd=clone)
    assert passed.returncode == 0, passed.stdout + passed.stderr


def test_another_countys_repository_uses_wenming_check_by_reference(tmp_path: Path) -> None:
    """`.pre-commit-hooks.yaml`: `repo:` + `rev:` is all another repository writes.

    pre-commit clones `repo` itself; this repository's path (and HEAD) stand for its
    address and tag, and stay the same from run to run, so the installed hook is reused.
    """
    county = tmp_path / "county"
    shutil.copytree(MINIMAL, county / "content")
    (county / "content" / "teams" / "broken-team.yml").write_text(BROKEN, encoding="utf-8")
    config = {
        "repos": [
            {
                "repo": REPO.as_posix(),
                "rev": git("rev-parse", "HEAD", cwd=REPO),
                "hooks": [{"id": "wenming-check"}],
            }
        ]
    }
    (county / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
    git("init", "--quiet", cwd=county)
    git("add", ".", cwd=county)
    failed = pre_commit("wenming-check", "--all-files", cwd=county)
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert SAID in failed.stdout
    (county / "content" / "teams" / "broken-team.yml").write_text(FIXED, encoding="utf-8")
    git("add", ".", cwd=county)
    passed = pre_commit("wenming-check", "--all-files", cwd=county)
    assert passed.returncode == 0, passed.stdout + passed.stderr


def test_the_hooks_install_what_they_run() -> None:
    own = yaml.safe_load((REPO / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    hooks = {hook["id"]: hook for repo in own["repos"] for hook in repo["hooks"]}
    assert all(hook["language"] == "python" for hook in hooks.values())
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    # the check's own requirements, spelled as pyproject.toml spells them
    assert set(hooks["wenming-check"]["additional_dependencies"]) <= set(project["dependencies"])
    offered = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    (hook,) = offered
    assert hook["id"] == "wenming-check" and hook["language"] == "python"
    assert hook["entry"] == "wenming check content" and hook["pass_filenames"] is False
    assert hook["files"] == "^content/"
