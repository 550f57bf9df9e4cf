"""`Refused`: a command's arguments turned down, as the one sentence an editor sees.

The library raises it where the command line's arguments cannot be used (a quarter that is
not a quarter, a `--set` without `=`, an id already taken); cli.py shows the sentence as a
usage error (exit 2), so the library needs no click and the wording stays in messages.py.
"""

from __future__ import annotations


class Refused(Exception):
    """An argument the command cannot use; `message` says why and what to write instead."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
