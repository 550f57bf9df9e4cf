"""Redirects: a renamed site or team keeps its old address working.

A record lists its `former_ids`; each old address gets a tiny page that sends the
browser on to the new one (meta refresh, plus a plain link for readers without
it) and tells search engines where the page now lives.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from ...check.catalog import Catalog
from ..urls import html_file, relative_url, site_url, team_url

_PAGE = """<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{title}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="{target}">
<meta http-equiv="refresh" content="0; url={target}">
</head>
<body>
<p>此页已迁至 <a href="{target}">{title}</a>。</p>
</body>
</html>
"""


def redirect_files(catalog: Catalog) -> dict[str, bytes]:
    """Old address's `index.html` → the page that sends the reader to the new one."""
    files: dict[str, bytes] = {}
    moves: list[tuple[Callable[[str], str], str, str, list[str]]]
    moves = [(site_url, s.id, s.name, s.former_ids) for s in catalog.public_sites.values()]
    moves += [(team_url, t.id, t.name, t.former_ids) for t in catalog.public_teams.values()]
    for url_of, new_id, name, former in moves:
        for old_id in former:
            old, new = url_of(old_id), url_of(new_id)
            target = escape(relative_url(old, new), quote=True)
            page = _PAGE.format(title=escape(name), target=target)
            files[html_file(old)] = page.encode()
    return dict(sorted(files.items()))
