"""Problems: one content mistake, where it is, and how a report of many is printed.

Every stage (load, validate, cross-check) returns problems instead of raising, so
that one run reports all mistakes of all files. A problem is an error (nothing is
published until it is fixed) or a warning (the site is built; an editor should look:
a notice period over while the honour is still 公示中, a date years ahead). The
wording itself lives in `messages.py`; this module only carries and formats.
"""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Any

from ..records.privacy import masked
from . import messages

# A real file has a handful of mistakes; a file with thousands (20,000 unknown keys, one
# broken reference per list item) is pasted junk or an attack. Explaining each costs a
# fuzzy match against every field or id, so only the first ones are explained.
MAX_PER_FILE = 50
ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True, order=True)
class Problem:
    """One mistake in one file, at a 1-based line and column."""

    path: str
    line: int
    col: int
    field: str
    text: str
    kind: str = ""
    severity: str = ERROR

    @classmethod
    def at(
        cls,
        path: str,
        line: int,
        col: int,
        field: str,
        kind: str,
        /,
        *,
        severity: str = ERROR,
        **args: Any,
    ) -> Problem:
        """Message `kind`, its blanks filled from `args`, at a line and column of a file."""
        return cls(path, line, col, field, messages.say(kind, **args), kind, severity)

    @classmethod
    def on_file(cls, path: str, kind: str, /, **args: Any) -> Problem:
        """Message `kind` about a file as a whole: at its first line, under no field."""
        return cls.at(path, 1, 1, "", kind, **args)

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    def as_text(self) -> str:
        field = _shown(self.field) or "文件"
        return f"{visible(self.path)}:{self.line}:{self.col}: {field} — {_shown(self.text)}"

    def as_github(self) -> str:
        # Workflow commands end at a newline and treat "%", "\r" and "\n" specially.
        message = _shown(f"{self.field or '文件'} — {self.text}")
        message = message.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        path = visible(self.path).replace("%", "%25").replace(",", "%2C").replace(":", "%3A")
        command = "error" if self.is_error else "warning"
        return f"::{command} file={path},line={self.line},col={self.col}::{message}"


class Tally:
    """Counts the problems of each file; only the first `MAX_PER_FILE` are explained.

    A stage asks `take(path)` before it spends work on a message; when it says no, the
    problem is only counted, and `omitted()` gives one line per file saying how many.
    """

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()

    def take(self, path: str) -> bool:
        self.counts[path] += 1
        return self.counts[path] <= MAX_PER_FILE

    def keep(self, problems: Iterable[Problem]) -> list[Problem]:
        """The problems (already explained) that fit in their file's allowance."""
        return [p for p in problems if self.take(p.path)]

    def add(self, path: str, more: int) -> None:
        """Count problems a stage found but did not explain."""
        self.counts[path] += more

    def omitted(self) -> list[Problem]:
        """One problem per file over the allowance, at its first line, saying how many more."""
        return [
            Problem.on_file(path, "too_many_problems", shown=MAX_PER_FILE, more=n - MAX_PER_FILE)
            for path, n in sorted(self.counts.items())
            if n > MAX_PER_FILE
        ]


class ContentError(Exception):
    """Raised at the boundary (CLI, plugin) when a content tree has errors."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = sorted(set(errors(problems)))
        super().__init__(format_report(self.problems))


def format_report(problems: Iterable[Problem], fmt: str = "text") -> str:
    """The whole report in one of the CLI's formats, sorted by file and position."""
    ordered = sorted(set(problems))
    if fmt == "json":
        # JSON escapes C0 itself; the rest of what `visible` escapes gets JSON's \u form,
        # so a program reading the report gets the editor's exact text back.
        rows = [asdict(p) | {"field": masked(p.field), "text": masked(p.text)} for p in ordered]
        text = json.dumps(rows, ensure_ascii=False, indent=2)
        return text if text.isprintable() else "".join(map(_json_char, text))
    if fmt == "github":
        return "\n".join(p.as_github() for p in ordered)
    return "\n".join(p.as_text() for p in ordered)


def errors(problems: Iterable[Problem]) -> list[Problem]:
    """The problems that stop publishing."""
    return [p for p in problems if p.is_error]


def warnings(problems: Iterable[Problem]) -> list[Problem]:
    """The problems an editor should look at, which do not stop publishing."""
    return [p for p in problems if not p.is_error]


def summary_line(problems: Iterable[Problem]) -> str:
    """A closing line in Chinese: how many mistakes (and warnings) in how many files."""
    ordered = list(problems)
    wrong = errors(ordered)
    noted = len(ordered) - len(wrong)
    if not wrong:
        return messages.say("summary_warnings", warnings=noted)
    files = len({p.path for p in wrong})
    line = messages.say("summary_errors", errors=len(wrong), files=files)
    return line + (messages.say("summary_and_warnings", warnings=noted) if noted else "")


# Characters a report never carries as they are: a terminal or a CI log would obey them
# (ESC sequences recolour, clear or retitle; bidi overrides reorder the line; zero-width
# and other format characters hide text; NEL and the line separators break lines).
_HIDDEN_CATEGORIES = {"Cc", "Cf", "Zl", "Zp", "Cs"}
_SHORT = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _hidden(char: str) -> bool:
    return unicodedata.category(char) in _HIDDEN_CATEGORIES


def _shown(text: str) -> str:
    """What a report prints of a field or a message: no personal number, nothing hidden."""
    return visible(masked(text))


def visible(text: str) -> str:
    """`text` with control, escape, bidi and invisible characters as escapes: `\\x1b`, `\\u202e`.

    Messages fill their blanks from the editor's text, and YAML's double-quoted escapes
    can put any of these in it; every report format passes what it echoes through here.
    """
    if text.isprintable():  # the common case; also false for U+3000, kept as it is below
        return text
    return "".join(_escaped(c) if _hidden(c) else c for c in text)


def _escaped(char: str) -> str:
    code = ord(char)
    if char in _SHORT:
        return _SHORT[char]
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def _json_char(char: str) -> str:
    """A hidden character as JSON's `\\uXXXX` (a surrogate pair above the BMP)."""
    if char == "\n" or not _hidden(char):
        return char  # the layout's newlines; C0 inside strings json.dumps escaped already
    code = ord(char)
    if code < 0x10000:
        return f"\\u{code:04x}"
    code -= 0x10000
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"
