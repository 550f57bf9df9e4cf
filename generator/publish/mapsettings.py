"""The map settings of ./mkdocs.yml as `wenming check` sees them: the walk radius its
count of 15-minute circles uses, and what is wrong with them, at their line.

`check` counts the circles as the site will (circles.check_declared), so it reads the
wenming plugin's `walk_radius` when that plugin reads the folder being checked. A value
the build would refuse (not a number, outside 100–5000 m) is an error of this run too, at
its line of mkdocs.yml, so `check` never passes what `build` then refuses.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..check.circles import WALK_RADIUS_M
from ..report.messages import say
from ..report.problems import Problem
from ..site.map.settings import map_options, problems_of
from .outputdir import plugin_options, read_settings

_WALK_RADIUS_LINE = re.compile(r"^(\s*)walk_radius\s*:\s*")


def walk_radius_of(config_file: Path, directory: Path) -> tuple[float, list[Problem]]:
    """The radius `check` counts with, and the problems of mkdocs.yml's map settings."""
    options = plugin_options(read_settings(config_file))
    folder = Path(str(options.get("content") or "content"))
    try:
        if not options or folder.resolve() != directory.resolve():
            return WALK_RADIUS_M, []
    except OSError:
        return WALK_RADIUS_M, []
    shown = config_file.as_posix()
    raw = options.get("walk_radius", WALK_RADIUS_M)
    try:  # the plugin's own reading and rules (`true` reads as 1 m, out of range)
        chosen = map_options({"walk_radius": raw})
    except (TypeError, ValueError):
        chosen = None  # `abc`: MkDocs would refuse it in English; said here in Chinese
    if chosen is not None and not problems_of(chosen):
        return chosen.walk_radius, []
    line, col = _position(config_file)
    text = say("map_walk_radius", value=raw).rstrip("。") + say("map_walk_radius_fix")
    return WALK_RADIUS_M, [Problem(shown, line, col, "walk_radius", text, "map_walk_radius")]


def _position(config_file: Path) -> tuple[int, int]:
    """Line and column of `walk_radius:`'s value in `config_file` (1, 1 when not found)."""
    try:
        lines = config_file.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return 1, 1
    for number, line in enumerate(lines, 1):
        if found := _WALK_RADIUS_LINE.match(line):
            return number, found.end() + 1
    return 1, 1
