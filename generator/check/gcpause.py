"""Collector pause: no cycle collection while a content tree is read into records.

CPython's cycle collector runs every few hundred new objects, and each run of its oldest
generation walks everything alive. Reading a county makes a quarter of a million
objects that all stay alive (the records, their positions, the cache's entries), so the
collector kept walking them as the tree grew: a quarter of `wenming check`'s time, and
two thirds of unpickling `.wenming-cache/`, found nothing to free. Reading makes no
cycles (plain data, frozen records), so nothing is lost by pausing it; it resumes as it
was when the block ends, and its next run takes what the block left.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused(*, to_the_end: bool = False) -> Iterator[None]:
    """The cycle collector off for the block, and back as it was (on or off) after it.

    `to_the_end`: the process ends with the block (the `wenming` program's `check`).
    What the block leaves alive is frozen first: resumed, the collector would walk it all
    once more (0.04 s after a county), though the process frees it anyway.
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if to_the_end:
            gc.freeze()
        if was_on:
            gc.enable()
