"""Compiled templates kept between builds: Jinja's bytecode, by template and source.

Compiling the templates (Material's and ours, ≈ 55) is 0.4–0.8 s of every build on a
2-core machine, though they change only with the theme or the program. Jinja asks a
`BytecodeCache` before it compiles; this one answers from memory (a `serve` session
compiles each template once) and, under `wenming build`, from the memo of the previous
build's state (site/reuse.py), a file signed by this machine: bytecode is code, and code
from a file anyone could have written is never loaded. Jinja's bucket key covers the
template's name and a checksum of its source, and the bytecode carries Jinja's and
Python's versions, so a changed template or interpreter is compiled afresh.
"""

from __future__ import annotations

from jinja2 import BytecodeCache
from jinja2.bccache import Bucket

from .reuse import Pieces

PREFIX = "template "
"""Memo keys of compiled templates, apart from the memo's digests and names."""


class CompiledTemplates(BytecodeCache):
    """Compiled templates by Jinja's bucket key, in memory and in the build's memo."""

    def __init__(self) -> None:
        self._code: dict[str, bytes] = {}
        self.pieces: Pieces | None = None
        """The memo of `wenming build` (set per build; None while serving)."""

    def load_bytecode(self, bucket: Bucket) -> None:
        code = self._code.get(bucket.key)
        if code is None and self.pieces is not None:
            code = self.pieces.recall(PREFIX + bucket.key)
        if isinstance(code, bytes):
            bucket.bytecode_from_string(code)  # refuses another Jinja's or Python's
            if bucket.code is not None:
                self._remember(bucket.key, code)

    def dump_bytecode(self, bucket: Bucket) -> None:
        self._remember(bucket.key, bucket.bytecode_to_string())

    def _remember(self, key: str, code: bytes) -> None:
        self._code[key] = code
        if self.pieces is not None:  # what the next build will find
            self.pieces.keep(PREFIX + key, code)
