"""What is tested is what installs: the test environment is locks/test.txt exactly, in a
virtual environment of its own, and the locks say what pyproject.toml asks for.

`scripts/test` (and so CI) sets WENMING_LOCKED_ENV=1: there the environment checks must hold.
Run with another python (plain `pytest`), they are skipped, saying why.
"""

from __future__ import annotations

import importlib.metadata
import os
import sys
import tomllib
from pathlib import Path

import pytest
from lockfile import LOCKS, pins
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

REPO = Path(__file__).parent.parent
locked_env = pytest.mark.skipif(
    os.environ.get("WENMING_LOCKED_ENV") != "1",
    reason="not run by scripts/test: this python is not the locked .venv/",
)


@locked_env
def test_the_tests_run_in_the_checkouts_own_venv_without_the_machines_packages() -> None:
    assert Path(sys.prefix).resolve() == (REPO / ".venv").resolve()
    assert sys.prefix != sys.base_prefix
    outside = [
        entry
        for entry in sys.path
        if entry.endswith("site-packages") and not Path(entry).resolve().is_relative_to(REPO)
    ]
    assert outside == [], "site-packages of the machine are on sys.path"


@locked_env
def test_the_venv_holds_exactly_the_lock() -> None:
    installed = {
        canonicalize_name(d.metadata["Name"]): d.version for d in importlib.metadata.distributions()
    }
    assert (
        installed.pop("wenming")
        == tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"][
            "version"
        ]
    )
    assert installed == pins("test")


@locked_env
def test_the_package_is_this_checkout_installed_editable() -> None:
    import generator

    assert Path(generator.__file__).resolve().parent == REPO / "generator"
    entry_points = importlib.metadata.entry_points(group="mkdocs.plugins")
    assert "generator.plugin:WenmingPlugin" in [e.value for e in entry_points]


def _requirements() -> dict[str, list[Requirement]]:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = project["optional-dependencies"]
    return {
        "site": [Requirement(r) for r in [*project["dependencies"], *extras["pagefind"]]],
        "test": [
            Requirement(r) for r in [*project["dependencies"], *extras["pagefind"], *extras["test"]]
        ],
    }


@pytest.mark.parametrize("lock", ["site", "test"])
def test_the_lock_is_not_stale_against_pyproject(lock: str) -> None:
    """A requirement added or narrowed in pyproject.toml without `scripts/lock` fails here
    (and `uv pip check` in scripts/install catches a dependency the lock is missing)."""
    pinned = pins(lock)
    for requirement in _requirements()[lock]:
        if requirement.marker is not None and not requirement.marker.evaluate():
            continue
        name = canonicalize_name(requirement.name)
        if name == "wenming":
            continue  # the package's own extra, listed above
        assert name in pinned, f"{requirement} is not in locks/{lock}.txt: run scripts/lock"
        assert requirement.specifier.contains(pinned[name], prereleases=True), (
            f"locks/{lock}.txt has {name}=={pinned[name]}, pyproject.toml asks {requirement}"
        )


def test_the_site_is_built_with_the_very_versions_tested() -> None:
    site, test = pins("site"), pins("test")
    assert {name: test.get(name) for name in site} == site


def test_the_lock_tool_is_locked_with_hashes() -> None:
    (wanted,) = [
        line for line in (LOCKS / "uv.in").read_text().splitlines() if line.startswith("uv==")
    ]
    assert pins("uv") == {"uv": wanted.removeprefix("uv==")}
    assert "--hash=sha256:" in (LOCKS / "uv.txt").read_text()


@pytest.mark.parametrize("lock", ["site", "test", "uv"])
def test_every_pin_has_hashes_and_names_no_host(lock: str) -> None:
    text = (LOCKS / f"{lock}.txt").read_text(encoding="utf-8")
    blocks = [b for b in text.split("\n") if "==" in b and not b.startswith(" ")]
    assert blocks and text.count("==") == len(blocks)
    assert text.count("--hash=sha256:") >= len(blocks)
    assert "://" not in text and "--index-url" not in text
