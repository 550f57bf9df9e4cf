"""The cycle collector paused while a tree is read, and the run's phases added up.

A pause never changes a report (every other check test runs with it); here, that the
collector is back as it was afterwards, even when the block fails, and that
`check_content` tells the bench where its time went.
"""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from generator.check.content import PHASES, check_content
from generator.check.contentcache import ContentCache
from generator.check.gcpause import collector_paused


def test_the_collector_is_back_on_after_the_block_even_when_it_fails() -> None:
    assert gc.isenabled()
    with pytest.raises(RuntimeError), collector_paused():
        assert not gc.isenabled()
        raise RuntimeError
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off() -> None:
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_check_leaves_the_collector_on(content: Path) -> None:
    check_content(content, "content")
    assert gc.isenabled()


def test_the_phases_of_a_run_are_added_up(content: Path) -> None:
    phases: dict[str, float] = {}
    first = check_content(content, "content", phases=phases)
    assert set(phases) == set(PHASES)
    assert phases["reading"] > 0 and phases["validation"] > 0 and phases["cross-checks"] > 0
    assert phases["cache"] == 0  # no cache, nothing written
    before = dict(phases)
    again = check_content(content, "content", cache=ContentCache(), phases=phases)
    assert again == first  # counting changes nothing
    assert all(phases[name] >= before[name] for name in PHASES)


def test_the_collector_is_off_while_each_file_is_read(
    content: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from generator.check import content as content_module

    seen: list[bool] = []
    real = content_module.load_file

    def reading(path: Path | str, shown: str) -> object:
        seen.append(gc.isenabled())
        return real(path, shown)

    monkeypatch.setattr(content_module, "load_file", reading)
    check_content(content, "content")
    assert seen and not any(seen)


def test_to_the_end_freezes_what_is_alive_before_the_collector_resumes() -> None:
    gc.unfreeze()
    try:
        with collector_paused(to_the_end=True):
            kept = [[n] for n in range(100)]
        assert gc.get_freeze_count() >= len(kept)
        assert gc.isenabled()
    finally:
        gc.unfreeze()
