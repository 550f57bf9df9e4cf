"""`build`: every file of the site from a checked `Catalog`, with no engine involved.

The one place the site is put together. The MkDocs plugin turns the result into
MkDocs' `File` objects (plugin.py), `wenming export` writes it as a docs folder any
engine reading mkdocs.yml can build (publish/export.py), and the benchmark times it.

    catalog ─ assemble ─→ page models ─ render ─→ SitePage(uri, head, body)
            ─ files ───→ map data, feeds, open data, redirects (bytes or text)

Given what the previous `wenming build` left (`Previous`, site/reuse.py), a page whose
inputs digest as before is not rendered: its front matter is, and its body is left
empty, marked `reused`, for the plugin to copy the previous output instead.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..check.catalog import Catalog
from .assemble import assemble, edition_date
from .correction import contact
from .files.opendata import Memo
from .files.outputs import edit_links, site_files
from .footer import footer
from .map.page import sites_json
from .map.settings import MapOptions
from .render import Renderer, with_front_matter
from .reuse import Pieces, digest
from .search.pagefind import SEARCH_PAGE, SEARCH_PAGE_MARKDOWN
from .search.words import user_dictionary
from .urls import MAP_DATA, src_uri


@dataclass(frozen=True)
class BuildOptions:
    """What of the site depends on its configuration rather than on the records."""

    map: MapOptions = field(default_factory=MapOptions)
    base_url: str = ""
    """The site's address ending in "/" (`files.outputs.base_url`); "" leaves feeds relative
    and a printed 公示's QR code a site path."""
    search: str = "material"
    """material or pagefind (search.pagefind.BACKENDS): pagefind adds its search page."""
    edit_url: str = ""
    """https address of the repository's edit page for content/; "" for no edit links."""


@dataclass(frozen=True)
class SitePage:
    """One page: the front matter an engine reads (title, scripts, the record's edit link)
    and the finished body."""

    uri: str
    """The page's source path below the docs folder: `sites/x/index.md`."""
    url: str
    head: str
    body: str
    """Empty when `reused`."""
    digest: str = ""
    """What the page was rendered from (site/reuse.py); "" when the build keeps no state."""
    reused: bool = False
    """The previous build's output of this page stands: its body was not rendered."""

    @property
    def markdown(self) -> str:
        """The whole page as a Markdown file: the body is one raw HTML block (render.py)."""
        return f"{self.head}\n{self.body}\n"


@dataclass
class Previous:
    """What the previous build left that this one may use (site/reuse.py)."""

    pages: dict[str, str] = field(default_factory=dict)
    """Source path → digest of the inputs of a page whose previous output is intact."""
    pieces: Pieces = field(default_factory=Pieces)
    """Pieces of the other files by the digest of their inputs; this build's are kept in it."""


@dataclass(frozen=True)
class SiteFiles:
    """The whole site, engine-free: pages in URL order and every other file by path."""

    pages: tuple[SitePage, ...]
    files: dict[str, str | bytes]
    """Path under the site root → its content, in path order (the pagefind search page
    is a Markdown source among them)."""
    edition: date | None
    """The latest day the public records speak of: the pages' update date."""
    words: str
    """The jieba user dictionary for the search index (search/words.py)."""
    theme: dict[str, object]
    """What the theme reads from `config.extra` (theme/main.html, partials/): the sample
    banner's switch and the footer's texts and links (footer.py)."""


def build(
    catalog: Catalog,
    options: BuildOptions | None = None,
    *,
    renderer: Renderer | None = None,
    downloads: Memo | None = None,
    previous: Previous | None = None,
) -> SiteFiles:
    """Every page and file of the site. `renderer` and `downloads` carry work from one
    `serve` rebuild to the next; a one-off build needs neither. With `previous`, every
    page carries its digest and those whose digest is in it are not rendered."""
    options = options or BuildOptions()
    renderer = renderer or Renderer(remember=False)
    links = edit_links(catalog, options.edit_url)
    fix = contact(catalog.publisher, options.base_url)
    pages = []
    for page in assemble(catalog, options.map, options.base_url):
        uri, link = src_uri(page.url), links.get(page.url)
        # Everything the page's text is rendered from (render.py): equal digests, equal text.
        known = "" if previous is None else digest(page, fix, link)
        if known and previous is not None and previous.pages.get(uri) == known:
            head, body, reused = renderer.head(page), "", True
        else:
            (head, body), reused = renderer.render(page, fix), False
        if link is not None:
            # In the page's own front matter, so that any engine shows it (theme/main.html).
            head = with_front_matter(head, {"wenming_edit": link})
        pages.append(SitePage(uri, page.url, head, body, known, reused))
    renderer.finish()
    files: dict[str, str | bytes] = {MAP_DATA: sites_json(catalog)}
    if options.search == "pagefind":
        files[SEARCH_PAGE] = SEARCH_PAGE_MARKDOWN
    pieces = previous.pieces if previous is not None else None
    files.update(site_files(catalog, options.base_url, downloads, pieces))
    return SiteFiles(
        pages=tuple(pages),
        files=dict(sorted(files.items())),
        edition=edition_date(catalog),
        words=user_dictionary(catalog),
        theme={
            "wenming_sample": catalog.publisher.sample,
            "wenming_footer": footer(catalog.publisher),
        },
    )
