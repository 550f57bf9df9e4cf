"""`patch_site`: every search worker a build wrote is patched in place, or the build stops."""

from __future__ import annotations

import shutil
from pathlib import Path

import material
import pytest

from generator.site.search.worker import MARKER, WorkerPatchError, patch_site

WORKERS = Path(material.__file__).parent / "templates" / "assets" / "javascripts" / "workers"


def _site(tmp_path: Path) -> Path:
    workers = tmp_path / "assets" / "javascripts" / "workers"
    workers.mkdir(parents=True)
    for worker in WORKERS.glob("search.*.min.js"):
        shutil.copy(worker, workers / worker.name)
    return workers


def test_each_worker_in_the_site_is_patched_once(tmp_path: Path) -> None:
    workers = _site(tmp_path)
    patch_site(tmp_path)
    patch_site(tmp_path)  # a second build over the same folder changes nothing more
    texts = [w.read_text(encoding="utf-8") for w in workers.glob("search.*.min.js")]
    assert texts and all(text.count(MARKER) == 1 for text in texts)


def test_a_site_without_workers_is_left_alone(tmp_path: Path) -> None:
    patch_site(tmp_path)  # pagefind builds and plain sites have none
    assert list(tmp_path.iterdir()) == []


def test_a_changed_worker_stops_the_build_with_its_sentence(tmp_path: Path) -> None:
    workers = _site(tmp_path)
    (workers / "search.x.min.js").write_text("function other(a,b){return a}", encoding="utf-8")
    with pytest.raises(WorkerPatchError, match="中文分词函数已变化"):
        patch_site(tmp_path)
