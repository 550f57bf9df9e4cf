"""The package the tests look at as a whole: its folder, its stages, its modules."""

from __future__ import annotations

from pathlib import Path

PACKAGE = "generator"
ROOT = Path(__file__).resolve().parent.parent / PACKAGE

# The stages in the order the data flows; a module may import from its own stage and from
# the stages before it. Modules directly in generator/ (the CLI and the MkDocs adapter) are
# the top: they may import anything, and nothing imports them.
STAGES = ("records", "report", "read", "check", "site", "publish")
TOP = len(STAGES)


def modules() -> dict[str, Path]:
    """Dotted name below generator/ (``site.map.page``) → its file; packages by ``__init__``."""
    found: dict[str, Path] = {}
    for path in sorted(ROOT.rglob("*.py")):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found
