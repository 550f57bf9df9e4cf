"""Chinese names as pinyin: the one place that reads a name with `pypinyin`.

`wenming new` proposes ids from it (publish/scaffold.py) and search indexes names by it
(site/search/pinyin.py), so an id and a search term read a polyphone alike: pypinyin's
phrase dictionary decides (长者 reads zhangzhe, 重庆 chongqing), a character outside any
phrase takes its most common reading. ü is written v, as phone keyboards type it (吕 → lv).

pypinyin is imported inside `syllables`, never at the top: its dictionary takes about
0.4 s to load, and `wenming check` (and the pre-commit hook, which does not install it)
imports this module's stage without needing it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_PIECE = re.compile(f"(?P<han>[{HAN}]+)|(?P<latin>[A-Za-z0-9]+)")

GENERIC = re.compile(r"新时代文明实践(中心|所|站|点)?|志愿服务(队|项目)?|文明实践")
"""Words every record's name carries: they say nothing about which record it is."""


@dataclass(frozen=True)
class Syllable:
    text: str
    """Lower-case ASCII: a Han character's toneless pinyin, or a run of Latin letters and digits."""
    han: bool


def syllables(text: str) -> list[Syllable]:
    """`宝泉路2号` → bao quan lu 2: Han runs read as whole phrases, other marks dropped."""
    from pypinyin import Style, lazy_pinyin  # 0.4 s to load: only the callers that need it

    out: list[Syllable] = []
    for piece in _PIECE.finditer(text):
        if piece["latin"]:
            out.append(Syllable(piece["latin"].lower(), han=False))
            continue
        for reading in lazy_pinyin(piece["han"], style=Style.NORMAL, v_to_u=False):
            word = re.sub(r"[^a-z0-9]+", "", reading.lower())
            if word:
                out.append(Syllable(word, han=True))
    return out


def core(name: str) -> str:
    """The name without the words every name carries; the whole name if nothing is left."""
    return GENERIC.sub("", name).strip() or name


def full(text: str) -> str:
    """`宝泉路` → `baoquanlu`: the syllables joined."""
    return spell(text)[0]


def initials(text: str) -> str:
    """`宝泉路` → `bql`: each Han syllable's first letter; Latin letters and digits whole."""
    return spell(text)[1]


def spell(text: str) -> tuple[str, str]:
    """(`full`, `initials`) of `text`, read once."""
    read = syllables(text)
    return "".join(s.text for s in read), "".join(s.text[0] if s.han else s.text for s in read)
