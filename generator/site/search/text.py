"""The part of a page body that Material's search indexes, as light HTML for its parser.

Material's search plugin reads every page's HTML with Python's `HTMLParser`, in its
`on_page_context`. It splits the page into sections at headings with an `id`, keeps
the text and the tags `p code pre li ol ul sub sup`, and skips elements marked
`data-search-exclude`, but it pays for every tag on the way: for a county's 409
pages (171,000 tags, most of them the `td`, `span` and `a` of long lists) that was a
third of the whole build.

`search_html` gives it the same sections in far fewer tags: excluded elements are
removed with all they contain; headings keep their `id`; the tags search keeps stay,
bare; block containers stay, bare, because a heading's depth among them decides
where its section ends; every other tag (links, spans, table cells …) goes and its
text stays. Runs of white space become one space outside `pre`, as search does.
The plugin hands this to search and puts the real body back before the page is
written (plugin.py); tests compare the index made both ways.
"""

from __future__ import annotations

import re

_TOKEN = re.compile(
    r"<(?P<end>/?)(?P<tag>[a-zA-Z][a-zA-Z0-9]*)(?P<attrs>(?:[^>\"']|\"[^\"]*\"|'[^']*')*)>"
    r"|<!--.*?-->",
    re.S,
)
_ID = re.compile(r'\sid="([^"]*)"')  # Jinja writes every attribute in double quotes
_EXCLUDED = re.compile(r"\sdata-search-exclude\b")
_SPACE = re.compile(r"\s+")

HEADINGS = frozenset(f"h{level}" for level in range(1, 7))
KEPT = frozenset({"p", "code", "pre", "li", "ol", "ul", "sub", "sup"})
"""The tags Material's search keeps in its text (`Parser.keep`)."""
DROPPED = frozenset(
    {"a", "abbr", "b", "bdi", "br", "caption", "cite", "data", "dd", "dfn", "dl", "dt", "em"}
    | {"i", "kbd", "label", "mark", "q", "s", "samp", "small", "span", "strong", "table"}
    | {"tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "var", "wbr"}
)
"""Inline and table tags: never around a heading in our templates, so search loses nothing."""
VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source"}
    | {"track", "wbr"}
)
RAW = frozenset({"script", "style"})


def search_html(body: str) -> str:
    """The page body reduced to what Material's search parser reads from it."""
    out: list[str] = []
    text: list[str] = []  # the text since the last tag written: dropped tags join it
    spaced = False  # search's text so far ends in white space: it adds no more
    excluded = 0  # depth inside an element marked data-search-exclude; 0 when outside
    pre = 0
    position = 0
    for match in _TOKEN.finditer(body):
        start = match.start()
        if start < position:  # inside a script or style skipped below
            continue
        if not excluded and start > position:
            text.append(body[position:start])
        position = match.end()
        tag = match["tag"]
        if tag is None:  # a comment
            continue
        tag = tag.lower()
        attrs = match["attrs"] or ""
        closing = bool(match["end"])
        lone = tag in VOID or attrs.endswith("/")
        if tag in RAW and not closing and not lone:
            end = body.find(f"</{tag}", position)
            position = len(body) if end < 0 else end  # its closing tag is the next token
            continue
        if excluded:
            if not lone:
                excluded += -1 if closing else 1
            continue
        if not closing and not lone and _EXCLUDED.search(attrs):
            excluded = 1
            continue
        if tag in DROPPED or tag in RAW or lone:
            continue
        if text:
            spaced = _flush(out, text, pre, spaced)
        if tag == "pre":
            pre += -1 if closing else 1
        if closing:
            out.append(f"</{tag}>")
        elif tag in HEADINGS and (found := _ID.search(attrs)):
            out.append(f'<{tag} id="{found[1]}">')
            spaced = False  # a heading with an id starts a new, empty section
        else:
            out.append(f"<{tag}>")
        if tag in KEPT:
            spaced = False  # search writes these tags into its text; containers it does not
    if not excluded and position < len(body):
        text.append(body[position:])
    if text:
        _flush(out, text, pre, spaced)
    return "".join(out)


def _flush(out: list[str], pieces: list[str], pre: int, spaced: bool) -> bool:
    """Write the text pieces as one, white space as search would keep it; returns `spaced`."""
    text = "".join(pieces)
    # Search reads the text between two tags as one piece: after `y。</span>\n`, the
    # white-space piece `\n` is its last, and the white space after `</div>` adds nothing.
    # Here the dropped `</span>` joins them, so the last piece is asked for separately.
    last = pieces[-1]
    pieces.clear()
    if pre:
        out.append(text)
        return text.isspace()
    text = _SPACE.sub(" ", text)
    if spaced and text.startswith(" "):
        text = text[1:]
    if not text:
        return spaced
    out.append(text)
    return text.isspace() or last.isspace()
