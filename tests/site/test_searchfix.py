"""The search-worker fix applies to the installed Material, once, and fails loudly otherwise."""

from __future__ import annotations

from pathlib import Path

import material
import pytest

from generator.site.search.worker import MARKER, PINYIN_MARKER, WorkerPatchError, patch_worker

WORKERS = Path(material.__file__).parent / "templates" / "assets" / "javascripts" / "workers"


def test_patch_applies_to_installed_worker_once() -> None:
    (worker,) = WORKERS.glob("search.*.min.js")
    original = worker.read_text(encoding="utf-8")
    patched = patch_worker(original)
    assert patched.count(MARKER) == 1
    assert "if(k.startsWith(t))return new Set([t]);" in patched
    assert "o<=t.length" in patched
    assert patched.count(PINYIN_MARKER) == 1
    # Latin words joined (bao quan lu → baoquanlu); each word also searched exactly, boosted.
    assert "e.replace(/ +/g,'')" in patched
    assert '"$1$2* $2^10"' in patched
    assert patch_worker(patched) == patched
    assert len(patched) - len(original) < 400  # only the two places changed


def test_unknown_worker_is_refused() -> None:
    with pytest.raises(WorkerPatchError):
        patch_worker("function other(a,b){return a}")


def test_a_changed_query_function_is_refused_with_its_own_sentence() -> None:
    (worker,) = WORKERS.glob("search.*.min.js")
    original = worker.read_text(encoding="utf-8")
    changed = original.replace(",!e)return{items:[]}", ",e.length===0)return{items:[]}")
    assert changed != original
    with pytest.raises(WorkerPatchError, match="拼音搜索"):
        patch_worker(changed)
