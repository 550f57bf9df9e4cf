"""site/search/segment.py: one cut per page, jieba's words, and Material cutting nothing."""

from __future__ import annotations

import json
import logging
import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from site_fixture import mkdocs_yml, write_content
from testpaths import REPO

from generator.check.content import read_content
from generator.site.build import build
from generator.site.search.segment import HAN, ZWSP, Segmenter
from generator.site.search.text import search_html
from generator.site.search.words import user_dictionary, words


class Counting(Segmenter):
    """A segmenter that counts the runs it cuts."""

    def __init__(self, names: list[str]) -> None:
        super().__init__(names)
        self.runs = 0

    def cut(self, run: str) -> list[str]:
        self.runs += 1
        return super().cut(run)


def _index(*pages: tuple[str, list[str]]) -> dict[str, Any]:
    docs = [
        {"location": url + (f"#s{i}" if i else ""), "title": text, "text": text}
        for url, texts in pages
        for i, text in enumerate(texts)
    ]
    return {"config": {}, "docs": docs}


def test_han_is_materials_han_script() -> None:
    bre = pytest.importorskip("backrefs.bre")
    everything = "".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, 0x110000)))
    theirs = bre.compile(r"\p{script: Han}", bre.UNICODE).findall(everything)
    assert re.findall(f"[{HAN}]", everything) == theirs


def test_names_stay_whole_and_words_are_spaced_as_material_spaced_them() -> None:
    plain = Segmenter([]).segment("白音他拉苏木开展义诊 (2026)")
    assert "白音他拉" not in plain.split(ZWSP)
    cut = Segmenter(["白音他拉"]).segment("白音他拉苏木开展义诊 (2026)")
    assert cut.split(ZWSP)[0] == "白音他拉"
    assert not cut.startswith(ZWSP) and cut.endswith(" (2026)")
    assert cut.replace(ZWSP, "") == "白音他拉苏木开展义诊 (2026)"


def test_a_page_cut_before_is_not_cut_again() -> None:
    segmenter = Counting([])
    first = segmenter.segment_index(_index(("a/", ["义诊活动", "理论宣讲"]), ("b/", ["阅读"])))
    assert segmenter.runs == 6
    assert first["docs"][0]["title"] == f"义诊{ZWSP}活动"
    again = segmenter.segment_index(_index(("a/", ["义诊活动", "理论宣讲"]), ("b/", ["读书"])))
    assert segmenter.runs == 8  # page b/ changed; a/ came from the memo
    assert again["docs"][:2] == first["docs"][:2]
    segmenter.segment_index(_index(("b/", ["读书"])))
    assert segmenter.runs == 8 and len(segmenter.pages) == 1  # a/ is gone, and forgotten


# jieba, from 2020, compiles regular expressions with invalid escapes
@pytest.mark.filterwarnings("ignore:invalid escape sequence:DeprecationWarning")
def test_the_words_are_jiebas_with_the_records_names() -> None:
    """jieba-rs with our names cuts the sample's indexed text exactly as jieba did."""
    jieba = pytest.importorskip("jieba")
    material = pytest.importorskip("material.plugins.search.plugin")
    catalog = read_content(REPO / "content", as_of=date(2026, 11, 29))
    jieba.setLogLevel(logging.WARNING)
    dictionary = Path(os.environ.get("TMPDIR", "/tmp")) / f"wenming-words-{os.getpid()}.txt"
    dictionary.write_text(user_dictionary(catalog), encoding="utf-8")
    try:
        jieba.load_userdict(str(dictionary))
    finally:
        dictionary.unlink()
    theirs = material.SearchIndex()
    ours = Segmenter(words(catalog))
    texts = [search_html(page.body) for page in build(catalog).pages]
    assert sum(map(len, texts)) > 100_000
    assert [ours.segment(t) for t in texts] == [theirs._segment_chinese(t) for t in texts]


# `mkdocs build` with jieba's cut made to fail: Material's search must not call it.
NO_JIEBA = """
import sys, jieba
def refuse(*args, **kwargs):
    raise SystemExit("Material's search cut text with jieba")
jieba.cut = refuse
from mkdocs.__main__ import cli
sys.argv = ["mkdocs", "build", "--strict", "-f", sys.argv[1], "-d", sys.argv[2]]
cli()
"""


def test_materials_search_cuts_nothing_and_the_index_has_our_words(tmp_path: Path) -> None:
    pytest.importorskip("jieba")
    content = write_content(tmp_path / "content")
    config = mkdocs_yml(tmp_path, content)
    site = tmp_path / "site"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    done = subprocess.run(
        [sys.executable, "-c", NO_JIEBA, str(config), str(site)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    names = words(read_content(content, as_of=date(2026, 11, 29)))
    cut = Segmenter(names)
    for doc in index["docs"]:
        for key in ("title", "text"):
            assert doc[key] == cut.segment(doc[key].replace(ZWSP, "")), doc["location"]
    assert any(f"{ZWSP}东山村{ZWSP}" in doc["text"] for doc in index["docs"])
