"""Click's own words in Chinese: usage errors, Ctrl+D at a question, the help's fixed parts.

Click writes what it says itself (an unknown option, a value out of range, "Aborted!")
in English through `gettext`, which finds no Chinese catalogue. Editors are not meant to
read English, so each click module's `_` and `ngettext` are pointed at the table in
`messages.CLICK` before the command line runs; a text missing from the table stays as
click wrote it. Click's placeholders ({name!r}, {param_hint} …) are kept, so what it names
(the option, the value) still comes through.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from .report.messages import CLICK


def _translated(text: str) -> str:
    return CLICK.get(text, text)


def _translated_plural(singular: str, plural: str, n: int) -> str:
    return _translated(singular if n == 1 else plural)


def speak_chinese() -> None:
    """Make every loaded click module say its messages in Chinese (idempotent)."""
    for name, module in list(sys.modules.items()):
        if name != "click" and not name.startswith("click."):
            continue
        names: dict[str, Callable[..., str]] = {"_": _translated, "ngettext": _translated_plural}
        for attribute, replacement in names.items():
            if hasattr(module, attribute):
                setattr(module, attribute, replacement)
