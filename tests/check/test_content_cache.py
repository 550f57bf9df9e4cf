"""Content cache: a repeat run reuses unchanged files and always re-reads a changed one.

The cache must never change a report: every test compares a cached run with what an
uncached run of the same tree says.
"""

from __future__ import annotations

import hmac
import os
import pickle
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from commands import check_in_subprocess

from generator.check import content as content_module
from generator.check import contentcache
from generator.check.content import check_content
from generator.check.contentcache import CACHE_FOLDER, ContentCache, signing_key
from generator.read.load import load_file

SITE = "sites/maquan-suo.yml"


def _reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The shown path of every file actually loaded from now on."""
    seen: list[str] = []
    real = load_file

    def counting(path: Path | str, shown: str) -> object:
        seen.append(shown)
        return real(path, shown)

    monkeypatch.setattr(content_module, "load_file", counting)
    return seen


def test_repeat_run_reads_nothing_and_reports_the_same(
    content: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = content / SITE
    site.write_text(site.read_text(encoding="utf-8") + "colour: 红\n", encoding="utf-8")
    cache = ContentCache()
    first = check_content(content, "content", cache=cache)
    reads = _reads(monkeypatch)
    again = check_content(content, "content", cache=cache)
    assert reads == []
    assert again == first == check_content(content, "content")
    assert [p.kind for p in again[1]] == ["extra_forbidden"]


def test_size_change_is_read_again(content: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = ContentCache()
    assert check_content(content, "content", cache=cache)[1] == []
    site = content / SITE
    site.write_text(site.read_text(encoding="utf-8") + "colour: 红\n", encoding="utf-8")
    reads = _reads(monkeypatch)
    _, problems = check_content(content, "content", cache=cache)
    assert reads == [f"content/{SITE}"]
    assert [p.kind for p in problems] == ["extra_forbidden"]


def test_same_size_new_mtime_is_read_again(content: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = ContentCache()
    check_content(content, "content", cache=cache)
    site = content / SITE
    text = site.read_text(encoding="utf-8")
    site.write_text(text.replace("马泉", "马全", 1), encoding="utf-8")  # same length in bytes
    status = site.stat()
    os.utime(site, ns=(status.st_atime_ns, status.st_mtime_ns + 1_000_000_000))
    reads = _reads(monkeypatch)
    catalog, _ = check_content(content, "content", cache=cache)
    assert reads == [f"content/{SITE}"]
    assert catalog is not None and catalog.sites["maquan-suo"].name.startswith("马全")


def test_same_size_and_restored_mtime_is_still_read_again(
    content: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A tool that puts the old mtime back cannot put back the ctime."""
    cache = ContentCache()
    check_content(content, "content", cache=cache)
    site = content / SITE
    status = site.stat()
    text = site.read_text(encoding="utf-8")
    site.write_text(text.replace("马泉", "马全", 1), encoding="utf-8")
    os.utime(site, ns=(status.st_atime_ns, status.st_mtime_ns))
    if site.stat().st_ctime_ns == status.st_ctime_ns:
        pytest.skip("the file system keeps ctime too coarse to tell")
    reads = _reads(monkeypatch)
    catalog, _ = check_content(content, "content", cache=cache)
    assert reads == [f"content/{SITE}"]
    assert catalog is not None and catalog.sites["maquan-suo"].name.startswith("马全")


def test_removed_file_is_forgotten_and_its_references_break(content: Path) -> None:
    cache = ContentCache()
    check_content(content, "content", cache=cache)
    (content / "teams" / "xuanjiang-team.yml").unlink()
    cached = check_content(content, "content", cache=cache)
    assert cached == check_content(content, "content")
    assert cached[1] and all("xuanjiang-team.yml" not in key for key in cache._entries)


def test_disk_cache_is_reused_by_a_new_process_and_survives_damage(
    content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = check_content(content, "content", cache=ContentCache.for_content(content, tmp_path))
    file = ContentCache.for_content(content, tmp_path).file
    assert file is not None and file.is_file()
    assert (file.parent / ".gitignore").read_text(encoding="utf-8") == "*\n"
    reads = _reads(monkeypatch)
    assert (
        check_content(content, "content", cache=ContentCache.for_content(content, tmp_path))
        == first
    )
    assert reads == []
    file.write_bytes(b"not a pickle")
    assert (
        check_content(content, "content", cache=ContentCache.for_content(content, tmp_path))
        == first
    )
    assert len(reads) == len(list(content.rglob("*.yml")))


def test_disk_cache_of_another_generator_is_not_used(
    content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = ContentCache.for_content(content, tmp_path)
    check_content(content, "content", cache=cache)
    assert cache.file is not None
    payload = pickle.loads(cache.file.read_bytes()[32:])
    payload["fingerprint"] = "an older generator"
    _write_signed(cache.file, pickle.dumps(payload))
    reads = _reads(monkeypatch)
    check_content(content, "content", cache=ContentCache.for_content(content, tmp_path))
    assert len(reads) == len(list(content.rglob("*.yml")))


class _Planted:
    """What a pull request could commit as a cache file: unpickling it runs `touch`."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[Path]]:
        return (Path.touch, (self.marker,))


@pytest.mark.parametrize("tag", ["none", "another key"])
def test_a_cache_file_this_machine_did_not_write_is_never_unpickled(
    content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, tag: str
) -> None:
    cache = ContentCache.for_content(content, tmp_path)
    check_content(content, "content", cache=cache)
    assert cache.file is not None
    marker = tmp_path / "ran"
    planted = pickle.dumps({"fingerprint": cache.fingerprint, "entries": _Planted(marker)})
    if tag == "none":
        cache.file.write_bytes(b"\0" * 32 + planted)
    else:
        cache.file.write_bytes(hmac.digest(b"k" * 32, planted, "sha256") + planted)
    reads = _reads(monkeypatch)
    check_content(content, "content", cache=ContentCache.for_content(content, tmp_path))
    assert not marker.exists()
    assert len(reads) == len(list(content.rglob("*.yml")))  # read afresh, as without a cache
    # The control: signed with this machine's key, the same file would have run.
    _write_signed(cache.file, planted)
    ContentCache.for_content(content, tmp_path)
    assert marker.exists()


def _write_signed(file: Path, pickled: bytes) -> None:
    key = signing_key()
    assert key is not None
    file.write_bytes(hmac.digest(key, pickled, "sha256") + pickled)


def test_cli_keeps_its_cache_in_the_working_folder_unless_told_not_to(
    content: Path, tmp_path: Path, wenming: Callable[..., Result]
) -> None:
    result = wenming("check", "content", "--no-cache")  # the content fixture's cwd is tmp_path
    assert result.exit_code == 0, result.output
    assert not (tmp_path / CACHE_FOLDER).exists()
    result = wenming("check", "content")
    assert result.exit_code == 0, result.output
    assert list((tmp_path / CACHE_FOLDER).glob("check-*.pickle"))
    again = wenming("check", "content")
    assert again.exit_code == 0 and again.output.split("（")[0] == result.output.split("（")[0]


def _cache_file(content: Path, tmp_path: Path) -> Path:
    """The cache file of `content` under `tmp_path`, written once by a first run."""
    cache = ContentCache.for_content(content, tmp_path)
    check_content(content, "content", cache=cache)
    assert cache.file is not None and cache.file.is_file()
    return cache.file


def test_a_linked_cache_file_is_never_followed(
    content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    file = _cache_file(content, tmp_path)
    kept = tmp_path / "kept.pickle"
    file.rename(kept)
    file.symlink_to(kept)  # a valid, signed cache: used if the link were followed
    before = kept.read_bytes()
    reads = _reads(monkeypatch)
    (content / SITE).touch()  # something to save afterwards
    check_content(content, "content", cache=ContentCache.for_content(content, tmp_path))
    assert len(reads) == len(list(content.rglob("*.yml")))
    assert kept.read_bytes() == before  # not written through the link either
    assert not file.is_symlink() and file.is_file()


def test_a_cache_file_that_is_a_fifo_is_not_waited_on(content: Path, tmp_path: Path) -> None:
    result = check_in_subprocess(tmp_path)
    assert result.returncode == 0, result.stderr
    (file,) = (tmp_path / CACHE_FOLDER).glob("check-*.pickle")
    file.unlink()
    os.mkfifo(file)
    again = check_in_subprocess(tmp_path)  # fails the test if it waits on the FIFO
    assert again.returncode == 0, again.stderr


def test_a_cache_file_larger_than_the_cache_writes_is_not_read(
    content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    file = _cache_file(content, tmp_path)
    monkeypatch.setattr(contentcache, "MAX_CACHE_BYTES", file.stat().st_size - 1, raising=False)
    reads = _reads(monkeypatch)
    check_content(content, "content", cache=ContentCache.for_content(content, tmp_path))
    assert len(reads) == len(list(content.rglob("*.yml")))  # as without a cache


def test_a_linked_cache_folder_is_never_written_into(content: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (tmp_path / CACHE_FOLDER).symlink_to(outside, target_is_directory=True)
    check_content(content, "content", cache=ContentCache.for_content(content, tmp_path))
    assert list(outside.iterdir()) == []


def test_a_dangling_gitignore_link_in_the_cache_folder_is_not_written_through(
    content: Path, tmp_path: Path
) -> None:
    (tmp_path / CACHE_FOLDER).mkdir()
    target = tmp_path / "written-through"
    (tmp_path / CACHE_FOLDER / ".gitignore").symlink_to(target)
    check_content(content, "content", cache=ContentCache.for_content(content, tmp_path))
    assert not target.exists()
    assert list((tmp_path / CACHE_FOLDER).glob("check-*.pickle"))


def test_the_signing_key_lives_in_the_users_cache_folder_not_the_repository(
    content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    key = signing_key()
    stored = home / ".cache" / "wenming" / "cache-key"
    assert key is not None and len(key) == 32 and stored.read_bytes() == key
    assert stored.stat().st_mode & 0o077 == 0  # readable by its owner only
    assert signing_key() == key  # kept, not made again
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert signing_key() == (tmp_path / "xdg" / "wenming" / "cache-key").read_bytes() != key
    check_content(content, "content", cache=ContentCache.for_content(content, tmp_path))
    assert [p.name for p in (tmp_path / CACHE_FOLDER).iterdir() if "key" in p.name] == []


def test_the_cache_size_limit_is_the_readmes_512_mib() -> None:
    assert contentcache.MAX_CACHE_BYTES == 512 * 2**20
