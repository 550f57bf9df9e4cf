"""Problems: one content mistake, where it is, and how a report of many is printed.

Every stage (load, validate, cross-check) returns problems instead of raising, so
that one run reports all mistakes of all files. The wording itself lives in
`messages.py`; this module only carries and formats.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """One mistake in one file, at a 1-based line and column."""

    path: str
    line: int
    col: int
    field: str
    text: str
    kind: str = ""

    def as_text(self) -> str:
        field = self.field or "文件"
        return f"{self.path}:{self.line}:{self.col}: {field} — {self.text}"

    def as_github(self) -> str:
        # Workflow commands end at a newline and treat "%", "\r" and "\n" specially.
        message = f"{self.field or '文件'} — {self.text}"
        message = message.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        path = self.path.replace("%", "%25").replace(",", "%2C").replace(":", "%3A")
        return f"::error file={path},line={self.line},col={self.col}::{message}"


class ContentError(Exception):
    """Raised at the boundary (CLI, plugin) when a content tree has problems."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = sorted(set(problems))
        super().__init__(format_report(self.problems))


def format_report(problems: Iterable[Problem], fmt: str = "text") -> str:
    """The whole report in one of the CLI's formats, sorted by file and position."""
    ordered = sorted(set(problems))
    if fmt == "json":
        return json.dumps([asdict(p) for p in ordered], ensure_ascii=False, indent=2)
    if fmt == "github":
        return "\n".join(p.as_github() for p in ordered)
    return "\n".join(p.as_text() for p in ordered)


def summary_line(problems: Iterable[Problem]) -> str:
    """A closing line in Chinese: how many mistakes in how many files."""
    ordered = list(problems)
    files = len({p.path for p in ordered})
    return f"共发现 {len(ordered)} 处错误，涉及 {files} 个文件；改正后请重新运行检查。"
