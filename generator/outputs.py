"""Outputs: the files of the site that are not pages — feeds, downloads, redirects.

Each comes from the catalog's public views only, so drafts, embargoed records and
withdrawn honours are in none of them. Also here: which content file each record
page comes from, for the "报告更正" link to the repository's edit page.
"""

from __future__ import annotations

from urllib.parse import quote

from .catalog import Catalog
from .feeds import feed_files
from .opendata import Memo, open_data_files
from .pages import bulletin_url, site_url, team_url
from .redirects import redirect_files


def site_files(catalog: Catalog, base_url: str = "", memo: Memo | None = None) -> dict[str, bytes]:
    """Path under the site root → bytes, in path order. `base_url` is https or empty.

    `memo` keeps the downloads between calls (see `open_data_files`).
    """
    files = {
        **feed_files(catalog, base_url),
        **open_data_files(catalog, memo),
        **redirect_files(catalog),
    }
    return dict(sorted(files.items()))


def edit_links(catalog: Catalog, edit_base: str) -> dict[str, str]:
    """Page URL → the edit page of the record file it shows (`edit_base` + content path)."""
    if not edit_base.startswith("https://"):
        return {}
    base = edit_base if edit_base.endswith("/") else edit_base + "/"
    pages = {site_url(k): ("site", k) for k in catalog.public_sites}
    pages |= {team_url(k): ("team", k) for k in catalog.public_teams}
    pages |= {bulletin_url(k): ("bulletin", k) for k in catalog.public_bulletins}
    return {url: base + quote(catalog.source_of(*key)) for url, key in sorted(pages.items())}
