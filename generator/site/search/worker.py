"""A fix to Material's search worker so Chinese queries are not cut short.

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

MARKER = "/*wenming-segment-fix*/"


class WorkerPatchError(RuntimeError):
    """Material's search worker no longer has the function this module fixes."""


def patch_worker(script: str) -> str:
    """The worker's source with the segmentation fix; unchanged if already patched."""
    if MARKER in script:
        return script
    found = list(_SEGMENT.finditer(script))
    if len(found) != 1:
        raise WorkerPatchError(say("search_worker_changed"))
    m = found[0]
    keep_whole = f"for(const k in {m['ix']})if(k.startsWith({m['q']}))return new Set([{m['q']}]);"
    replacement = (
        f"function {m['name']}({m['q']},{m['ix']}){{{MARKER}{keep_whole}{m['head']}<={m['tail']}"
    )
    return script[: m.start()] + replacement + script[m.end() :]


def patch_site(site_dir: Path) -> None:
    """Patch every Material search worker a build wrote into `site_dir`, in place."""
    workers = site_dir / "assets" / "javascripts" / "workers"
    for worker in sorted(workers.glob("search.*.min.js")):
        worker.write_text(patch_worker(worker.read_text(encoding="utf-8")), encoding="utf-8")
