"""Outputs: the files of the site that are not pages — feeds, calendars, downloads, redirects.

Each comes from the catalog's public views only, so drafts, embargoed records and
withdrawn honours are in none of them. Also here: which content file each record
page comes from, for the editors' link to the repository's edit page.
"""

from __future__ import annotations

import re
from urllib.parse import quote, urlsplit

from ...check.catalog import Catalog
from ...report.messages import say
from ..reuse import Pieces
from ..urls import bulletin_url, site_url, team_url
from .calendars import calendar_files
from .feeds import feed_files
from .opendata import Memo, open_data_files
from .redirects import redirect_files

PLACEHOLDER_SITE_URL = "https://wenming.example/"
"""The shipped mkdocs.yml's site_url: `.example` is reserved (RFC 2606), never a real host.

The sample builds with it; a county going live (`publisher.yml` sample: false) must
replace it, or the sitemap and the feeds would point at a host that does not exist.
"""


def base_url(site_url: str | None) -> str:
    """`site_url` ending in "/", the base of every absolute link in feeds; "" when unset."""
    url = (site_url or "").strip()
    if not url:
        return ""
    return url if url.endswith("/") else url + "/"


def is_placeholder(site_url: str | None) -> bool:
    return base_url(site_url).lower() == PLACEHOLDER_SITE_URL


# Names for documentation (RFC 2606, RFC 6761) and this machine: never a published site.
_NOT_PUBLIC = re.compile(
    r"^(?:.*\.)?(?:example|localhost|invalid|example\.(?:com|net|org))$|^127\.|^\[?::1\]?$"
)


def not_public(site_url: str) -> str | None:
    """Why `site_url` cannot be a live site's address, or None: `http`, or a host that is
    an example or this machine. (`.test` stays allowed: the tests build with it.)"""
    parts = urlsplit(site_url.strip())
    if parts.scheme != "https":
        return "https"
    host = (parts.hostname or "").lower()
    return "host" if not host or _NOT_PUBLIC.match(host) else None


def site_url_refusal(site_url: str | None, sample: bool) -> str | None:
    """Why the site may not be built with `site_url`, or None (a missing one only warns).

    The sample may build with the shipped example address; a county going live needs
    its own https address on a public host.
    """
    if not site_url or sample:
        return None
    if is_placeholder(site_url):
        return say("site_url_placeholder", url=site_url)
    if (why := not_public(site_url)) is not None:
        return say(f"site_url_not_public_{why}", url=site_url)
    return None


def site_files(
    catalog: Catalog, base_url: str = "", memo: Memo | None = None, pieces: Pieces | None = None
) -> dict[str, bytes]:
    """Path under the site root → bytes, in path order.

    `base_url` is the site's address ending in "/" (see `base_url`); every link of a
    feed starts with it. Empty only when mkdocs.yml has no site_url (the build warns).

    `memo` keeps the downloads between calls (see `open_data_files`); `pieces` the
    calendars' events between builds (site/reuse.py).
    """
    files = {
        **feed_files(catalog, base_url),
        **calendar_files(catalog, base_url, pieces),
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
