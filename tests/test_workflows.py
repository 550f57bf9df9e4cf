"""CI templates and hooks parse, and every `wenming` command they run exists and works."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from generator.cli import main

REPO = Path(__file__).parent.parent
FILES = sorted(
    [
        *(REPO / ".github" / "workflows").glob("*.yml"),
        REPO / ".gitlab-ci.yml",
        REPO / ".pre-commit-config.yaml",
        REPO / ".pre-commit-hooks.yaml",
    ]
)


def commands(node: object) -> Iterator[str]:
    """Every shell line of a workflow: `run:` values, `script:` items, hook `entry:`s."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("run", "entry") and isinstance(value, str):
                yield from value.splitlines()
            elif key in ("script", "before_script") and isinstance(value, list):
                yield from (str(v) for v in value)
            else:
                yield from commands(value)
    elif isinstance(node, list):
        for item in node:
            yield from commands(item)


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_parses_and_names_only_existing_wenming_commands(path: Path) -> None:
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    # `python -m generator` is how the repository's own hook runs this checkout's wenming
    found = (re.sub(r"^\s*python -m generator\b", "wenming", line) for line in commands(document))
    lines = [line for line in found if line.strip().startswith("wenming")]
    assert lines, f"{path.name} runs no wenming command"
    for line in lines:
        args = shlex.split(re.sub(r"\$\{?\w+\}?", "x", line))[1:]
        result = CliRunner().invoke(main, [*args, "--help"])
        assert result.exit_code == 0, (
            f"{path.name}: `{line}` is not a wenming command: {result.output}"
        )


def test_github_deploy_publishes_only_after_build() -> None:
    deploy = yaml.safe_load(
        (REPO / ".github" / "workflows" / "deploy.yml").read_text(encoding="utf-8")
    )
    assert deploy["jobs"]["deploy"]["needs"] == "build"
    steps = [s.get("run", s.get("uses", "")) for s in deploy["jobs"]["build"]["steps"]]
    assert steps.index("wenming build -d site") < steps.index("actions/upload-pages-artifact@v5")


def test_the_site_is_rebuilt_every_day_so_the_calendar_needs_no_commit() -> None:
    """Embargoes and notice ends take effect on their day: deploy runs daily after midnight
    Shanghai time (and on demand), and GitLab's pages job runs on a scheduled pipeline."""
    text = (REPO / ".github" / "workflows" / "deploy.yml").read_text(encoding="utf-8")
    triggers = yaml.safe_load(text)[True]  # YAML 1.1 reads the key `on` as true
    assert triggers["push"] == {"branches": ["main"]} and "workflow_dispatch" in triggers
    (cron,) = (entry["cron"] for entry in triggers["schedule"])
    minute, hour, *every_day = cron.split()
    assert every_day == ["*", "*", "*"] and (int(hour) + 8) % 24 == 0 and int(minute) < 30
    gitlab = yaml.safe_load((REPO / ".gitlab-ci.yml").read_text(encoding="utf-8"))
    (rule,) = gitlab["pages"]["rules"]
    assert rule == {"if": "$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH"}  # true for schedules too
    assert "流水线计划" in (REPO / ".gitlab-ci.yml").read_text(encoding="utf-8")


def test_codeowners_gives_content_to_editors_and_the_rest_to_maintainers() -> None:
    rules = [
        line.split()
        for line in (REPO / "CODEOWNERS").read_text().splitlines()
        if line and not line.startswith("#")
    ]
    owners = {path: owner for path, owner in rules}
    assert owners["*"] == owners["/content/vocabularies.yml"] == "@wenming/maintainers"
    assert owners["/content/"] == "@wenming/editors"


def test_pull_request_steps_run_here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The check workflow's own lines, run on the sample (the site goes to a temp dir)."""
    monkeypatch.chdir(REPO)
    workflow = yaml.safe_load(
        (REPO / ".github" / "workflows" / "check.yml").read_text(encoding="utf-8")
    )
    for line in commands(workflow):
        if not line.startswith("wenming"):
            continue
        args = shlex.split(line)[1:]
        if args[0] == "build":
            args = ["build", "-d", str(tmp_path / "site")]
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 0, f"`{line}` failed: {result.output}"
    assert (tmp_path / "site" / "index.html").is_file()


def _workflow(name: str) -> dict[object, object]:
    data = yaml.safe_load((REPO / ".github" / "workflows" / name).read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def test_pull_requests_are_checked_with_annotations_on_the_changed_lines() -> None:
    check = _workflow("check.yml")
    assert set(check[True]) == {"pull_request"}  # type: ignore[arg-type]  # YAML 1.1: on → true
    assert "wenming check --format github" in list(commands(check))


def test_an_edition_tag_archives_its_build() -> None:
    edition = _workflow("edition.yml")
    assert edition[True] == {"push": {"tags": ["edition-*"]}}
    steps = [s.get("run", s.get("uses", "")) for s in edition["jobs"]["edition"]["steps"]]  # type: ignore[index]
    build = steps.index("wenming build -d site")
    archive = next(i for i, s in enumerate(steps) if s.startswith("tar ") and s.endswith(" site"))
    upload = steps.index("actions/upload-artifact@v7")
    assert build < archive < upload


def test_gitlab_does_the_same_checks_publishes_and_archives() -> None:
    gitlab = yaml.safe_load((REPO / ".gitlab-ci.yml").read_text(encoding="utf-8"))
    assert gitlab["check"]["rules"] == [{"if": '$CI_PIPELINE_SOURCE == "merge_request_event"'}]
    assert gitlab["check"]["script"][0].startswith("wenming check")
    pages = gitlab["pages"]["script"]
    assert pages.index("wenming build -d public") > 0 and gitlab["pages"]["artifacts"] == {
        "paths": ["public"]
    }
    assert gitlab["edition"]["rules"] == [{"if": "$CI_COMMIT_TAG =~ /^edition-/"}]
    assert any(line.startswith("tar ") for line in gitlab["edition"]["script"])


def test_pre_commit_runs_the_check_and_ruff_from_no_other_repository() -> None:
    config = yaml.safe_load((REPO / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    assert [repo["repo"] for repo in config["repos"]] == ["local"]  # no hook repository to fetch
    hooks = [hook for repo in config["repos"] for hook in repo["hooks"]]
    # each installs what it runs from the package registry (tests/test_precommit.py runs them)
    assert all(hook["language"] == "python" for hook in hooks)
    entries = [hook["entry"] for hook in hooks]
    assert any(e.startswith("python -m generator check") for e in entries)
    assert any(e.startswith("ruff check") for e in entries)


def test_editions_and_codeowners_itself_need_a_maintainer() -> None:
    owners = dict(
        line.split()
        for line in (REPO / "CODEOWNERS").read_text().splitlines()
        if line and not line.startswith("#")
    )
    assert owners["/content/editions/"] == owners["/CODEOWNERS"] == "@wenming/maintainers"
    # the form editor's config and the CMS code the deploy installs are not the editors'
    for path in ("/admin/", "/package.json", "/package-lock.json"):
        assert owners[path] == "@wenming/maintainers", path
    # CODEOWNERS: the last matching line wins, so the maintainers' lines must follow content/.
    order = list(owners)
    assert order.index("/content/") < order.index("/content/editions/")
    assert order.index("/content/") < order.index("/content/vocabularies.yml")


def test_only_the_plugin_imports_mkdocs() -> None:
    """The core outlives its engine: every other module is plain Python (README, Code layout)."""
    importers = sorted(
        path.name
        for path in (REPO / "generator").glob("*.py")
        if re.search(r"^\s*(?:import|from)\s+(?:mkdocs|material)\b", path.read_text("utf-8"), re.M)
    )
    assert importers == ["plugin.py"]


# --- the templates are current, least-privileged, linted, and install from the lock ----------

WORKFLOWS = sorted((REPO / ".github" / "workflows").glob("*.yml"))
# The current major of every action the templates use (each moved to Node 24 at that major).
# Raise a number here when moving a template on; a template below it fails.
CURRENT_MAJOR = {
    "actions/checkout": 6,
    "actions/setup-python": 7,
    "actions/upload-pages-artifact": 5,
    "actions/deploy-pages": 5,
    "actions/upload-artifact": 7,
    "actions/cache": 5,
}


def _lint(schema: str, *paths: Path) -> subprocess.CompletedProcess[str]:
    """check-jsonschema with one of the schemas it ships: no download, no network."""
    command = [sys.executable, "-m", "check_jsonschema", "--builtin-schema", schema]
    return subprocess.run(
        [*command, *map(str, paths)], capture_output=True, text=True, check=False, timeout=120
    )


def test_the_templates_pass_the_github_and_gitlab_schemas() -> None:
    for schema, paths in (
        ("vendor.github-workflows", WORKFLOWS),
        ("vendor.gitlab-ci", [REPO / ".gitlab-ci.yml"]),
    ):
        result = _lint(schema, *paths)
        assert result.returncode == 0, result.stdout + result.stderr


def test_the_linter_does_fail_a_broken_workflow(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yml"
    broken.write_text("on: push\njobs:\n  a:\n    runs-on: x\n    stepz: []\n", encoding="utf-8")
    result = _lint("vendor.github-workflows", broken)
    assert result.returncode == 1 and "stepz" in result.stdout


@pytest.mark.parametrize("path", WORKFLOWS, ids=[p.name for p in WORKFLOWS])
def test_every_workflow_declares_least_permissions(path: Path) -> None:
    workflow = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert workflow.get("permissions") == {"contents": "read"}, path.name
    for name, job in workflow["jobs"].items():
        extra = set(job.get("permissions", {})) - {"pages", "id-token"}
        assert not extra, f"{path.name}: job {name} asks for {extra}"
        if job.get("permissions"):  # publishing is the only reason to ask for more
            assert any(
                s.get("uses", "").startswith("actions/deploy-pages@") for s in job["steps"]
            ), f"{path.name}: job {name} asks for Pages rights but does not deploy"


@pytest.mark.parametrize("path", WORKFLOWS, ids=[p.name for p in WORKFLOWS])
def test_every_action_is_at_its_current_major(path: Path) -> None:
    workflow = yaml.safe_load(path.read_text(encoding="utf-8"))
    for job in workflow["jobs"].values():
        for step in job["steps"]:
            if "uses" not in step:
                continue
            action, _, ref = step["uses"].partition("@")
            assert action in CURRENT_MAJOR, f"{path.name}: {action} has no known current major"
            assert re.fullmatch(r"v\d+", ref), f"{path.name}: {step['uses']} is not a major tag"
            assert int(ref[1:]) >= CURRENT_MAJOR[action], f"{path.name}: {step['uses']} is old"


def _installs_from_the_lock(lines: list[str]) -> bool:
    return "scripts/install site" in lines and not any("pip install" in x for x in lines)


def test_every_template_installs_from_the_lock_before_running_wenming() -> None:
    for path in WORKFLOWS:
        workflow = yaml.safe_load(path.read_text(encoding="utf-8"))
        for name, job in workflow["jobs"].items():
            lines = list(commands(job))
            if any(line.startswith("wenming") for line in lines):
                assert _installs_from_the_lock(lines), f"{path.name}: job {name}"
                first_wenming = next(i for i, x in enumerate(lines) if x.startswith("wenming"))
                assert lines.index("scripts/install site") < first_wenming
                assert 'echo "$PWD/.venv/bin" >> "$GITHUB_PATH"' in lines
    gitlab = yaml.safe_load((REPO / ".gitlab-ci.yml").read_text(encoding="utf-8"))
    assert _installs_from_the_lock(gitlab["before_script"])
    assert 'export PATH="$PWD/.venv/bin:$PATH"' in gitlab["before_script"]
    assert all("before_script" not in job for job in gitlab.values() if isinstance(job, dict))


def test_every_job_that_builds_installs_the_form_editor_first() -> None:
    """With `admin: true` the build needs node_modules/ (README, the form editor): every job
    that builds runs `wenming admin install` after the Python install, before the build."""
    for path in WORKFLOWS:
        for name, job in _workflow(path.name)["jobs"].items():  # type: ignore[attr-defined]
            lines = list(commands(job))
            builds = [i for i, line in enumerate(lines) if line.startswith("wenming build")]
            if not builds:
                continue
            assert "wenming admin install" in lines, f"{path.name}: job {name}"
            install = lines.index("wenming admin install")
            assert lines.index("scripts/install site") < install < builds[0], path.name
    gitlab = yaml.safe_load((REPO / ".gitlab-ci.yml").read_text(encoding="utf-8"))
    before = gitlab["before_script"]
    assert before.index("scripts/install site") < before.index("wenming admin install")


def test_ci_keeps_the_previous_build_between_runs_so_one_record_publishes_in_seconds() -> None:
    """The state of the last build (.wenming-cache/, the previous site, the signing key)
    is restored before `wenming build` and saved after it, on GitHub and on GitLab."""
    for name in ("deploy.yml", "check.yml"):
        steps = yaml.safe_load((REPO / ".github" / "workflows" / name).read_text("utf-8"))
        steps = next(iter(steps["jobs"].values()))["steps"]
        uses = [s.get("uses", "") for s in steps]
        (at,) = [i for i, u in enumerate(uses) if u.startswith("actions/cache@")]
        paths = steps[at]["with"]["path"].split()
        assert paths == [".wenming-cache", "site", "~/.cache/wenming"]
        assert "${{ github.run_id }}" in steps[at]["with"]["key"]  # a new cache every run
        runs = [s.get("run", "") for s in steps]
        assert at < next(i for i, r in enumerate(runs) if r.startswith("wenming build"))
    gitlab = yaml.safe_load((REPO / ".gitlab-ci.yml").read_text(encoding="utf-8"))
    assert gitlab["variables"]["XDG_CACHE_HOME"] == "$CI_PROJECT_DIR/.wenming-key"
    assert set(gitlab["cache"]["paths"]) == {
        ".wenming-cache/",
        ".wenming-key/wenming/",
        "site/",
        "public/",
    }
    # A state committed into the repository is never used: the pipeline stops first.
    assert gitlab["before_script"][0].startswith('test -z "$(git ls-files .wenming-cache')
