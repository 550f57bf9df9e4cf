"""The project's one segmenter: Chinese text cut into words once, the records' names whole.

Material's search index wants its Chinese cut into words with a zero-width space
between them: lunr splits the text there, and the worker splits a query into the words
it finds in the index (worker.py). Material cuts every section itself with jieba when
jieba can be imported — 43,755 calls for a county, a quarter of its build — and jieba's
last release is from 2020. Here the cut is made by jieba-rs (`rjieba`): the same
dictionary, the same algorithm and, with the records' names added as jieba's user
dictionary added them (`words.py`, at its frequency), the same words for the same text
(a test compares them on the sample; on a county's index they were the same for all
4,166 sections) in a tenth of the time.

`segment` writes a text as Material's `SearchIndex._segment_chinese` did: each run of
Han characters cut into words, a zero-width space on each side of every word, none at
the ends. `segment_index` does that to the titles and texts of `search_index.json`,
page by page: a page whose indexed text has the digest of one cut before gets the words
of that cut back without cutting again (a `serve` session keeps the memo from one
rebuild to the next). The plugin turns Material's own cutting off (plugin.py).

Pagefind needs no words: its copy of the site has a zero-width space between every two
Han characters (pagefind.py), so its own dictionary never decides.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from typing import Any

import rjieba

from .words import FREQUENCY

HAN = (
    "\u2e80-\u2e99\u2e9b-\u2ef3\u2f00-\u2fd5\u3005\u3007\u3021-\u3029\u3038-\u303b"
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufa6d\ufa70-\ufad9"
    "\U00016fe2-\U00016fe3\U00016ff0-\U00016ff1\U00020000-\U0002a6df\U0002a700-\U0002b738"
    "\U0002b740-\U0002b81d\U0002b820-\U0002cea1\U0002ceb0-\U0002ebe0\U0002f800-\U0002fa1d"
    "\U00030000-\U0003134a"
)
"""Unicode's Han script, as Material's `\\p{script: Han}` reads it (a test compares)."""
_RUN = re.compile(f"[{HAN}]+")
ZWSP = "\u200b"


class Segmenter:
    """jieba-rs with the records' names as words, and the pages it has cut."""

    def __init__(self, names: Iterable[str]) -> None:
        self.names = tuple(names)
        self._jieba: rjieba.Jieba | None = None  # loaded on first need: 0.1 s
        self.pages: dict[bytes, list[str]] = {}
        """Digest of a page's indexed text → its titles and texts, cut."""

    def cut(self, run: str) -> list[str]:
        """The words of `run`, a text of Han characters."""
        if self._jieba is None:
            self._jieba = rjieba.Jieba()
            for name in self.names:
                self._jieba.add_word(name, FREQUENCY, None)
        return self._jieba.cut(run)

    def segment(self, text: str) -> str:
        """`text` with its Chinese cut into words, as Material's search wrote it."""

        def words(run: re.Match[str]) -> str:
            return ZWSP + ZWSP.join(self.cut(run[0])) + ZWSP

        return _RUN.sub(words, text).strip(ZWSP)

    def segment_index(self, index: dict[str, Any]) -> dict[str, Any]:
        """Material's `search_index.json` data with every title and text cut into words."""
        used: dict[bytes, list[str]] = {}
        for docs in _by_page(index["docs"]):
            texts = [doc.get(key, "") for doc in docs for key in ("title", "text")]
            key = hashlib.blake2b("\0".join(texts).encode("utf-8"), digest_size=16).digest()
            cut = self.pages.get(key)
            if cut is None:
                cut = [self.segment(text) for text in texts]
            used[key] = cut
            for doc, title, text in zip(docs, cut[::2], cut[1::2], strict=True):
                if "title" in doc:
                    doc["title"] = title
                if "text" in doc:
                    doc["text"] = text
        self.pages = used  # pages no longer in the site are forgotten
        return index


def _by_page(docs: list[dict[str, Any]]) -> Iterable[list[dict[str, Any]]]:
    """The docs in runs of one page each (Material writes a page's sections together)."""
    run: list[dict[str, Any]] = []
    for doc in docs:
        if run and _page(doc) != _page(run[0]):
            yield run
            run = []
        run.append(doc)
    if run:
        yield run


def _page(doc: dict[str, Any]) -> str:
    return str(doc.get("location", "")).partition("#")[0]
