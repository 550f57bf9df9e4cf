"""Fixes to Material's search worker: Chinese queries not cut short, pinyin found exactly.

Material splits a Chinese query into words it finds in the index (`segment` in
its worker, marked experimental). Two flaws make whole names unfindable: it only
tries substrings that stop before the query's last character, and it replaces
the query by the pieces it found. Typing 最美家庭 when the index also holds the
single word 最 searches for 最* alone, which ranks every 最美… category alike;
白音他拉 becomes 白音*.

The fix, applied to the built worker file: keep the query whole when it begins a
word of the index (our names are whole words, see `words.py`), and let
segmentation try substrings up to the end. If a Material update changes the
function so the patch no longer applies, `patch_worker` raises: the build fails
and whoever upgrades sees why, instead of search quietly getting worse.

A query of Latin letters only is pinyin (the site's names have pinyin terms, see
`pinyin.py`): its words are joined (`bao quan lu` → `baoquanlu`, as the terms are
written), and besides Material's prefix search (`bql*`, which also finds `bqlnsq`) each
word is searched exactly with a boost (`bql^10`), so the name read exactly so comes
first. The same rule, found in the function that transforms the query, is patched in
the same way (`_QUERY`).
"""

from __future__ import annotations

import re
from pathlib import Path

from ...report.messages import say

# function fe(t,e){let r=new Set,n=new Uint16Array(t.length);for(let s=0;s<t.length;s++)
#   for(let o=s+1;o<t.length;o++)t.slice(s,o)in e&&(n[s]=o-s); ...
_SEGMENT = re.compile(
    r"function (?P<name>\w+)\((?P<q>\w+),(?P<ix>\w+)\)\{"
    r"(?P<head>let \w+=new Set,\w+=new Uint16Array\((?P=q)\.length\);"
    r"for\(let (?P<i>\w+)=0;(?P=i)<(?P=q)\.length;(?P=i)\+\+\)"
    r"for\(let (?P<j>\w+)=(?P=i)\+1;(?P=j))<(?P<tail>(?P=q)\.length;(?P=j)\+\+\))"
)

# search(e){if(e=e.replace(new RegExp("\\p{sc=Han}+","gu"),...),e=ce(e),!e)return{items:[]};
_QUERY = re.compile(r"(?P<q>\w+)=(?P<transform>\w+)\((?P=q)\),!(?P=q)\)return\{items:\[\]\}")

MARKER = "/*wenming-segment-fix*/"
PINYIN_MARKER = "/*wenming-pinyin*/"
EXACT_BOOST = 10


class WorkerPatchError(RuntimeError):
    """Material's search worker no longer has the function this module fixes."""


def patch_worker(script: str) -> str:
    """The worker's source with the segmentation fix; unchanged if already patched."""
    if MARKER not in script:
        m = _one(_SEGMENT, script, "search_worker_changed")
        keep_whole = (
            f"for(const k in {m['ix']})if(k.startsWith({m['q']}))return new Set([{m['q']}]);"
        )
        replacement = (
            f"function {m['name']}({m['q']},{m['ix']}){{{MARKER}{keep_whole}"
            f"{m['head']}<={m['tail']}"
        )
        script = script[: m.start()] + replacement + script[m.end() :]
    if PINYIN_MARKER not in script:
        m = _one(_QUERY, script, "search_worker_query_changed")
        q = m["q"]
        joined = f"/^[a-z ]+$/i.test({q}.trim())?{q}.replace(/ +/g,''):{q}"
        exact = rf'{q}.replace(/(^|\s)([a-z0-9]+)\*(?=\s|$)/gi,"$1$2* $2^{EXACT_BOOST}")'
        replacement = (
            f"{q}={m['transform']}({PINYIN_MARKER} {joined}),{q}={exact},!{q})return{{items:[]}}"
        )
        script = script[: m.start()] + replacement + script[m.end() :]
    return script


def _one(pattern: re.Pattern[str], script: str, message: str) -> re.Match[str]:
    found = list(pattern.finditer(script))
    if len(found) != 1:
        raise WorkerPatchError(say(message))
    return found[0]


def patch_site(site_dir: Path) -> None:
    """Patch every Material search worker a build wrote into `site_dir`, in place."""
    workers = site_dir / "assets" / "javascripts" / "workers"
    for worker in sorted(workers.glob("search.*.min.js")):
        worker.write_text(patch_worker(worker.read_text(encoding="utf-8")), encoding="utf-8")
