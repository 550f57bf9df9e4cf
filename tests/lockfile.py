"""Reading the locks (`locks/*.txt`, written by `scripts/lock`): which release of each package
this platform installs from them."""

from __future__ import annotations

import re
from pathlib import Path

from packaging.markers import Marker
from packaging.utils import canonicalize_name

LOCKS = Path(__file__).parent.parent / "locks"
_PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)\s*(?:;\s*([^\\]+?))?\s*\\?$")


def pins(name: str) -> dict[str, str]:
    """Package (canonical name) → version that `locks/<name>.txt` installs on this platform."""
    out: dict[str, str] = {}
    for line in (LOCKS / f"{name}.txt").read_text(encoding="utf-8").splitlines():
        match = _PIN.match(line)
        if match is None:
            continue  # a hash, a comment, an annotation
        package, version, marker = match.groups()
        if marker is None or Marker(marker).evaluate():
            assert canonicalize_name(package) not in out, f"{package} twice in {name}.txt"
            out[canonicalize_name(package)] = version
    return out
