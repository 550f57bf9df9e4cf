"""What a site folder holds, byte for byte, and the real `wenming build` that must not touch it."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

from generator.publish.sitemarker import write_marker


def snapshot(folder: Path) -> dict[str, str]:
    """Relative path → SHA-256 of every file, and → "dir" of every folder, under `folder`."""
    found: dict[str, str] = {}
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder).as_posix()
        found[rel] = "dir" if path.is_dir() else hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def beside(site: Path) -> list[str]:
    """Names next to the site folder that a build left behind (temporary or old copies)."""
    return sorted(p.name for p in site.parent.iterdir() if p.name.startswith(f".{site.name}."))


def fake_site(site: Path) -> dict[str, str]:
    """A previously published site (a few files and folders, the marker); returns its snapshot."""
    (site / "sites" / "qindu-center").mkdir(parents=True)
    (site / "index.html").write_text("<!doctype html><title>上一版</title>\n", encoding="utf-8")
    (site / "sites" / "qindu-center" / "index.html").write_text("旧页面\n", encoding="utf-8")
    (site / "search").mkdir()
    (site / "search" / "search_index.json").write_text('{"docs": []}\n', encoding="utf-8")
    write_marker(site)  # as a build leaves it
    return snapshot(site)


def wenming_build(config: Path, site: Path) -> subprocess.CompletedProcess[str]:
    """`wenming build -f <config> -d <site>` in a child process, as CI runs it."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-m", "generator", "build", "-f", str(config), "-d", str(site)]
    return subprocess.run(command, capture_output=True, text=True, env=env, check=False)
