"""Site build: run `mkdocs build --strict` into a fresh folder and swap it in on success.

MkDocs empties its output folder before writing, so a build that fails half-way
would leave a half-published site. Here the new site is built beside the old one
and only a complete, warning-free build replaces it; a failed build leaves the
previous output exactly as it was. MkDocs runs as a child process, which keeps
every import of mkdocs inside the plugin module.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class BuildResult:
    ok: bool
    output: str


def build_site(config_file: Path, site_dir: Path) -> BuildResult:
    """Build with `config_file` into `site_dir`, atomically; the old site survives a failure."""
    site_dir = site_dir.resolve()
    parent = site_dir.parent
    parent.mkdir(parents=True, exist_ok=True)
    fresh = Path(tempfile.mkdtemp(prefix=f".{site_dir.name}.new-", dir=parent))
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--clean"]
    command += ["-f", str(config_file), "-d", str(fresh)]
    done = subprocess.run(command, capture_output=True, text=True, env=os.environ.copy())
    output = done.stdout + done.stderr
    if done.returncode != 0:
        shutil.rmtree(fresh, ignore_errors=True)
        return BuildResult(False, output)
    old = parent / f".{site_dir.name}.old"
    shutil.rmtree(old, ignore_errors=True)
    if site_dir.exists():
        site_dir.rename(old)
    fresh.chmod(0o755)  # mkdtemp makes it private; a web server must be able to read it
    fresh.rename(site_dir)
    shutil.rmtree(old, ignore_errors=True)
    return BuildResult(True, output)
