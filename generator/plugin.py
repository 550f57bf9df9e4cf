"""The MkDocs plugin: the only module that imports mkdocs; it adapts events to the package.

`on_config` reads and checks `content/` (a content error fails the build with the
report `wenming check` prints), watches it for `mkdocs serve`, and makes the project's
segmenter with the records' names (`site/search/segment.py`); `on_pre_build` stops
Material's search from cutting Chinese itself. `on_files` adds every page as a
virtual file, so nothing is ever written into `docs/`. `on_post_build` cuts the index's
Chinese into words and fixes how Material's search worker cuts Chinese queries
(`site/search/worker.py`), or, with `search: pagefind`, indexes the built site with
Pagefind instead (`site/search/pagefind.py`); either way the records' names are given
pinyin terms (`site/search/pinyin.py`). Under `wenming build` the pages whose inputs did
not change since the previous build are printed from its files by a one-line theme
template, their search entries taken from the kept state (`site/reuse.py`).

Why it is this long: the site itself is made by `site.build.build`, and what can be said
without mkdocs lives elsewhere (the page digests of `serve --dirty` in publish/serving.py,
the worker patch in site/search/worker.py). What remains is the adapter proper — the
plugin's options, one handler per MkDocs event, and the state a `serve` session keeps
between rebuilds (content cache, renderer, compiled templates, digests, the error pages)
— and every line of it speaks to MkDocs' objects, so splitting it would only spread
imports of mkdocs over more modules.
"""

from __future__ import annotations

import gc
import hashlib
import json
import logging
import os
import sys
from datetime import date
from html import escape
from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, DictLoader, Environment
from markupsafe import Markup
from mkdocs.config import config_options
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from .check.catalog import Catalog
from .check.content import read_content
from .check.contentcache import CACHE_FOLDER, ContentCache
from .preview import ContentWatch
from .publish.adminfiles import admin_files, site_styles
from .publish.cmsconfig import AdminError, backend_problems
from .publish.outputdir import read_settings
from .publish.serving import page_digests
from .publish.sitemarker import write_marker
from .records.quarter import today
from .report.messages import say
from .report.problems import ContentError
from .site.build import BuildOptions, Previous, SiteFiles, build
from .site.compiled import CompiledTemplates
from .site.files.opendata import Memo
from .site.files.outputs import base_url, site_url_refusal
from .site.map.settings import MapOptions, map_options, problems_of
from .site.render import Renderer, compile_with, template_reload
from .site.reuse import (
    PREVIOUS_SITE,
    BuildState,
    PageRecord,
    Pieces,
    digest,
    file_digest,
    load_state,
    package_fingerprint,
    reusable,
    save_state,
    stable_hashing,
    state_file,
    tree_digest,
)
from .site.search.pagefind import (
    BACKENDS,
    SearchIndexError,
    index_site,
)
from .site.search.pinyin import add_to_material, names
from .site.search.segment import Segmenter
from .site.search.text import search_html
from .site.search.words import words
from .site.search.worker import WorkerPatchError, patch_site

# Under "mkdocs.": MkDocs counts its warnings, and `--strict` (what `wenming build` and
# the deploy workflows run) fails the build on any.
log = logging.getLogger("mkdocs.plugins.wenming")

DOWNLOADS, SEGMENTED = "downloads", "segmented"
"""Names of the memos a build keeps for the next (site/reuse.py)."""
REUSED_TEMPLATE = ".wenming-previous.html"
"""The theme template of a reused page: the previous build's file, as it was."""
SEARCH_INDEX_LIMIT = 5 * 1024 * 1024
"""Bytes of Material's index above which the build suggests Pagefind (README, Search backends)."""

ERROR_PAGE = "---\ntitle: {title}\n---\n\n# {title}\n\n{text}\n".format(
    title=say("plugin_error_title"), text=say("plugin_error_page")
)


class _Unchanged(File):
    """A generated page whose text is the same as at the previous `serve --dirty` build."""

    def is_modified(self) -> bool:
        return False


class WenmingConfig(Config):  # type: ignore[no-untyped-call]  # mkdocs leaves it untyped
    content = config_options.Type(str, default="content")
    """The content folder, relative to mkdocs.yml."""
    edit_url = config_options.Type(str, default="")
    """https address of the repository's edit page for content/, e.g. …/edit/main/content/."""
    walk_radius = config_options.Type((int, float), default=1200)
    """Metres a resident walks in 15 minutes: the radius of the 15-minute circles."""
    map_tiles = config_options.Type(str, default="")
    """An https:// tile template with {x} {y} {z} (and {s}) drawn under the map; off when empty."""
    map_tile_subdomains = config_options.Type(str, default="abc")
    map_tiles_datum = config_options.Type(str, default="wgs84")
    """wgs84 for 天地图 (CGCS2000), gcj02 for 高德 tiles: the points are drawn in it."""
    map_attribution = config_options.Type(str, default="")
    admin = config_options.Type(bool, default=False)
    """The form editor at /admin/ (publish/adminfiles.py); off: the site has none of its files."""
    admin_backend = config_options.Type(dict, default={})
    """Decap CMS's `backend` (github, gitlab, gitea…); empty: the editor works in local mode only."""
    search = config_options.Choice(BACKENDS, default="material")
    """material: Material's one-file index; pagefind: Pagefind's split index (site/search/pagefind.py)."""
    search_index_limit = config_options.Type(int, default=SEARCH_INDEX_LIMIT)
    """Bytes of Material's search_index.json above which the build says to use Pagefind."""


class WenmingPlugin(BasePlugin[WenmingConfig]):  # type: ignore[no-untyped-call]
    supports_multiple_instances = False

    def __init__(self) -> None:
        self.catalog: Catalog | None = None
        self.map_options = MapOptions()
        self.serving = False
        self.dirty = False
        self.built: dict[str, str] = {}  # page → digest of its text at the last build
        self.bodies: dict[str, str] = {}
        """Virtual file → its finished HTML body, put in place of Markdown's output."""
        self.edition: date | None = None
        self.site: SiteFiles | None = None
        """Every page and file of the last build; None while content has errors."""
        self.segmenter: Segmenter | None = None
        """Kept while the records' names stay the same: a `serve` rebuild cuts only the
        pages whose text changed."""
        # The instance lives through a whole `serve` session (it has on_startup), so a
        # rebuild after one edit re-reads that one file only.
        self.content_cache: ContentCache | None = None  # made by the first on_config
        # What `serve` keeps from one build to compare the next with (set in on_startup):
        # pages re-rendered and downloads re-encoded only when their inputs changed.
        self.renderer = Renderer(remember=False)
        self.downloads: Memo | None = None
        self.compiled = CompiledTemplates()  # site/compiled.py
        self.indexed = False
        """Serving, and the search index of a complete build is in place (see _before_search)."""
        self.pages: list[str] = []
        """The pages of the last complete build: while content has errors, each shows them."""
        self.watch: ContentWatch | None = None  # serving: notices content/ deleted and restored
        # What `wenming build` keeps between runs (site/reuse.py): the state file, the site
        # being replaced and the key; what the previous build left; its reused pages.
        self.keep: tuple[Path, Path, str] | None = None
        self.previous: Previous | None = None
        self.state: BuildState | None = None
        self.reused: dict[str, PageRecord] = {}
        self.entries: dict[str, tuple[dict[str, Any], ...]] = {}
        self.dests: dict[str, str] = {}
        self.search_index: Any = None
        self._mark = 0

    # Before the search plugin's on_config: it reads `enabled`.
    @event_priority(100)
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        root = Path(config.config_file_path).parent / self.config.content
        if self.watch is not None:
            self.watch.renew()  # content/ came back after it was deleted: watch it afresh
        if not root.is_dir() and not self.serving:
            raise PluginError(say("plugin_no_content", folder=self.config.content))
        if root.is_dir() and str(root) not in config.watch:  # else preview.py watches for it
            config.watch.append(str(root))
        config.extra["wenming_errors"] = []
        config.extra["wenming_search"] = self.config.search
        if self.config.search == "pagefind":  # Material's index is neither built nor shipped
            for name, plugin in config.plugins.items():
                if name in ("search", "material/search") and hasattr(plugin.config, "enabled"):
                    plugin.config.enabled = False
        self.map_options = map_options(dict(self.config))
        if problems := problems_of(self.map_options):
            raise PluginError(say("plugin_map_settings", problems="\n".join(problems)))
        if self.config.edit_url and not self.config.edit_url.startswith("https://"):
            raise PluginError(say("edit_url_not_https"))
        if self.config.admin:
            self._check_admin_backend()
        if self.content_cache is None:
            # What `wenming check` or the last build stored beside mkdocs.yml is reused;
            # while serving, the session's edits are kept in memory only.
            folder = Path(config.config_file_path).parent
            self.content_cache = ContentCache.for_content(root, folder, write=not self.serving)
        try:
            # Records dated after today (Shanghai; SOURCE_DATE_EPOCH when set) stay embargoed.
            self.catalog = read_content(
                root, shown_root=self.config.content, as_of=today(), cache=self.content_cache
            )
        except ContentError as error:
            if not self.serving:
                raise PluginError(say("plugin_content_errors", report=error)) from None
            # While an editor is previewing, a file broken mid-edit must not stop the
            # server: every page shows the report instead (theme/main.html).
            self.catalog = self.site = None
            self.built = {}  # the error pages replaced every page: rebuild everything after
            self.bodies = {}  # no page may keep its old text
            config.extra["wenming_errors"] = [p.as_text() for p in error.problems]
            config.nav = [
                {say("plugin_error_title"): "index.md"}
            ]  # the other pages are not built now
            return config
        if not self.serving:
            # The cache is on disk now; in memory it holds every file's data and text
            # beside the records (a third of a city's peak memory). A build needs only
            # the catalog.
            self.content_cache = None
        self._check_site_url(config)
        self.previous = self._previous(config)
        # Templates compiled by the previous `wenming build` are loaded, not compiled again
        # (site/compiled.py): ours now, the theme's in on_env.
        self.compiled.pieces = self.previous.pieces if self.previous is not None else None
        compile_with(self.compiled)
        downloads = self.downloads
        if self.previous is not None:  # the downloads' rows and bytes, from the last build
            downloads = self.previous.pieces.recall(DOWNLOADS) or {}
            self.previous.pieces.keep(DOWNLOADS, downloads)  # updated in place by build
        self.site = build(
            self.catalog,
            BuildOptions(
                map=self.map_options,
                base_url=base_url(config.site_url),
                search=self.config.search,
                edit_url=self.config.edit_url,
            ),
            renderer=self.renderer,
            downloads=downloads,
            previous=self.previous,
        )
        self.edition = self.site.edition
        config.extra.update(self.site.theme)  # the sample banner, the footer
        # Material prints site_name unescaped in several templates (<title>, the header) and
        # through `| e` in others (the logo's title): escaped once and marked as Markup,
        # it is printed as it is by both, since escaping Markup leaves it unchanged.
        config.site_name = Markup(escape(self.catalog.publisher.name, quote=True))
        found = tuple(words(self.catalog))
        if self.segmenter is None or self.segmenter.names != found:
            self.segmenter = Segmenter(found)
            if self.previous is not None:  # the pages the last build cut with these names
                self.segmenter.pages = self.previous.pieces.recall(digest(SEGMENTED, found)) or {}
        return config

    def _check_admin_backend(self) -> None:
        """A published editor needs the git host it signs in to (`mkdocs serve` on this
        machine may go without: the page then uses the local proxy)."""
        backend = self.config.admin_backend
        if not backend:
            if not self.serving:
                raise PluginError(say("plugin_admin_no_backend"))
            return
        if problems := backend_problems(backend):
            raise PluginError(say("plugin_admin_backend", problems="\n".join(problems)))

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        self.search_index, self.entries, self.dests = None, {}, {}
        # Material's search, given jieba, cuts each section's text with it as it indexes
        # (a quarter of the build); the index is cut once, in _post_build, instead.
        for name, plugin in config.plugins.items():
            if name in ("search", "material/search") and getattr(plugin.config, "enabled", False):
                index = getattr(plugin, "search_index", None)  # made in its on_config
                if not callable(getattr(index, "_segment_chinese", None)):
                    raise PluginError(say("search_segmenter_changed"))
                index._segment_chinese = _as_written  # type: ignore[union-attr]
                self.search_index = index

    def _check_site_url(self, config: MkDocsConfig) -> None:
        """The address the sitemap and the feeds are written with (`serve` sets its own)."""
        assert self.catalog is not None
        if self.serving:
            return
        if not config.site_url:
            # Relative feed links and a sitemap without <loc> are a broken site to a reader,
            # not a broken build: a warning, which --strict turns into a failed build.
            log.warning(say("site_url_missing"))
        elif (
            refusal := site_url_refusal(config.site_url, self.catalog.publisher.sample)
        ) is not None:
            raise PluginError(refusal)

    def _previous(self, config: MkDocsConfig) -> Previous | None:
        """Under `wenming build`: what the previous build into the same folder left, if
        it was made from the same everything-but-the-records (the key)."""
        self.keep, self.state, self.reused = None, None, {}
        where = os.environ.get(PREVIOUS_SITE)
        if self.serving or not where or not stable_hashing() or self.catalog is None:
            return None
        config_file = Path(config.config_file_path)
        custom = config.theme.custom_dir
        key = digest(
            package_fingerprint(),
            config_file.read_bytes(),
            read_settings(config_file),  # !ENV values and INHERIT resolved
            tree_digest(Path(custom) if custom else None),
            tree_digest(Path(config.docs_dir)),
            os.environ.get("PYTHONHASHSEED"),
            self.catalog.publisher,  # the site name, the footer, the sample banner
        )
        site = Path(where)
        file = state_file(config_file.parent / CACHE_FOLDER, site)
        self.keep = (file, site, key)
        self.state = load_state(file, key)
        if self.state is None:
            return Previous()
        return Previous(reusable(self.state, site), Pieces(self.state.memo))

    def _previous_html(self, uri: str) -> str:
        """The previous build's file of a reused page, checked against its digest again."""
        assert self.keep is not None
        record = self.reused[uri]
        path = self.keep[1] / record.dest
        try:
            data = path.read_bytes()
        except OSError:
            data = b""
        if hashlib.sha256(data).hexdigest() != record.output:
            raise PluginError(say("build_previous_changed", path=path))
        return data.decode("utf-8")

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.serving = command == "serve"
        # `serve --dirty` (what `wenming serve` runs) rebuilds only pages whose text
        # changed since the previous build: an edit to one record shows in seconds.
        self.dirty = self.serving and dirty
        self.renderer = Renderer(remember=self.serving)
        template_reload(self.serving)  # our own templates likewise (site/render.py)
        self.downloads = {} if self.serving else None

    def on_env(self, env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
        # `serve` makes a new theme environment for every rebuild, and compiling
        # Material's templates again cost a tenth of a rebuild; `wenming build` finds
        # them compiled by the previous build.
        env.bytecode_cache = self.compiled
        # A one-off build never sees a template change: Jinja's check of the file's mtime
        # on each of ≈ 15,800 lookups a county is skipped. `serve` keeps it.
        env.auto_reload = self.serving
        if self.reused:  # a reused page's template prints the previous build's file
            previous = DictLoader({REUSED_TEMPLATE: "{{ page.wenming_previous }}"})
            env.loader = ChoiceLoader([previous, env.loader] if env.loader else [previous])
        return env

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        if self.site is None:
            # Serving with content errors: every page of the last complete build, the one
            # the editor is looking at included, says what is wrong (theme/main.html).
            for uri in dict.fromkeys(["index.md", *self.pages]):
                files.append(File.generated(config, uri, content=ERROR_PAGE))
            return files
        site = self.site
        assert site is not None
        self.bodies = {}
        built = page_digests(site.pages)
        for page in site.pages:
            if files.get_file_from_path(page.uri) is not None:
                raise PluginError(say("plugin_docs_clash", uri=page.uri))
            self.bodies[page.uri] = page.body
            if page.reused and self.state is not None:
                self.reused[page.uri] = self.state.pages[page.uri]
            same = self.dirty and self.built.get(page.uri) == built[page.uri]
            files.append(
                (_Unchanged if same else File).generated(config, page.uri, content=page.head)
            )
        for path, data in site.files.items():
            files.append(File.generated(config, path, content=data))
        if self.config.admin:
            root = Path(config.config_file_path).parent
            try:
                styles = site_styles(f.src_uri for f in files)
                admin = admin_files(
                    root, root / self.config.content, self.config.admin_backend, styles=styles
                )
            except AdminError as error:
                raise PluginError(str(error)) from None
            for path, data in admin.items():
                files.append(File.generated(config, path, content=data))
        self.built = built
        self.pages = list(built)
        if self.keep is not None:  # `wenming build`: its log says how much was reused
            reused = len(self.reused)
            print(
                say("build_reused", reused=reused, rendered=len(site.pages) - reused),
                file=sys.stderr,
            )
        return files

    # Before Material's search indexes the page (priority 0): it reads page.content.
    @event_priority(50)
    def _before_search(self, context: Any, /, *, page: Page, **kwargs: Any) -> Any:
        # MkDocs' own edit link would point into docs/, where no page lives; a record's
        # page carries its file's link in its front matter instead (site/build.py).
        page.edit_url = None
        uri = page.file.src_uri
        self._mark = len(self.search_index.entries) if self.search_index is not None else 0
        if uri in self.reused:
            # Search indexes nothing of it now: its entries of the previous build go in
            # after (_after_search), and the theme prints the previous file.
            page.content = ""
            page.wenming_previous = self._previous_html(uri)  # type: ignore[attr-defined]
            return context
        if self.config.search == "material" and page.file.src_uri in self.bodies:
            # While serving, the index of the first complete build stands: Material's
            # merge under dirty reload expects one changed page (an edit here changes
            # dozens), and indexing them again was a third of a rebuild. Given no
            # text, search keeps its previous index whole.
            body = self.bodies[page.file.src_uri]
            page.content = "" if self.indexed else search_html(body)  # site/search/text.py
        return context

    # After search: the page is written with its whole body.
    @event_priority(-50)
    def _after_search(self, context: Any, /, *, page: Page, **kwargs: Any) -> Any:
        uri = page.file.src_uri
        if self.keep is not None and uri in self.bodies:
            self.dests[uri] = page.file.dest_uri
            index = self.search_index
            if uri in self.reused:
                if index is not None:
                    index.entries.extend(dict(e) for e in self.reused[uri].entries)
                return context
            if index is not None:
                self.entries[uri] = tuple(dict(e) for e in index.entries[self._mark :])
        if page.file.src_uri in self.bodies:
            page.content = self.bodies[page.file.src_uri]
        return context

    on_page_context = CombinedEvent(_before_search, _after_search)

    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        page.wenming_previous = None  # type: ignore[attr-defined]  # written: let it go
        return output

    def on_page_content(self, html: str, *, page: Page, **kwargs: Any) -> str:
        # Markdown got only the front matter: its raw-HTML pass over megabytes of finished
        # HTML cost a fifth of the build.
        return self.bodies.get(page.file.src_uri, html)

    def on_page_markdown(self, markdown: str, *, page: Page, **kwargs: Any) -> str:
        # The sitemap's <lastmod> and sitemap.xml.gz's mtime come from update_date,
        # which is the build day: use the content's own latest date so builds repeat.
        if self.edition is not None:
            page.update_date = self.edition.isoformat()
        if page.file.src_uri in self.reused:
            page.meta["template"] = REUSED_TEMPLATE
        return markdown

    # Last of all plugins' post-build steps: the marker lists every file the build wrote.
    @event_priority(-100)
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        self._post_build(config)
        self._keep_state(config)
        # A plain `mkdocs build` is a build too: `wenming build` may replace its output.
        write_marker(Path(config.site_dir))

    def _post_build(self, config: MkDocsConfig) -> None:
        if self.serving and not self.indexed and self.catalog is not None:
            # The first complete build of a `serve` session: what is alive now (the
            # content cache, the records) lives for the session. Frozen, the garbage
            # collector stops walking it in every rebuild (a tenth of a second each at
            # county scale); what a rebuild leaves behind is collected as usual.
            gc.collect()
            gc.freeze()
        indexed, self.indexed = self.indexed, self.serving and self.catalog is not None
        if self.config.search == "pagefind":
            if indexed:
                return  # serving: Pagefind's index of the first complete build stands
            try:
                found = names(self.catalog) if self.catalog is not None else None
                index_site(Path(config.site_dir), found)
            except SearchIndexError as error:
                raise PluginError(str(error)) from None
            return
        try:
            patch_site(Path(config.site_dir))
        except WorkerPatchError as error:
            raise PluginError(str(error)) from None
        index = Path(config.site_dir) / "search" / "search_index.json"
        if self.segmenter is not None and index.is_file():
            # Search wrote its index in its own post-build step, before this one; written
            # again here as it wrote it (compact JSON), its Chinese cut into words and the
            # names' pinyin added.
            data = self.segmenter.segment_index(json.loads(index.read_bytes()))
            pieces = self.previous.pieces if self.previous is not None else None
            if pieces is not None:
                pieces.keep(digest(SEGMENTED, self.segmenter.names), self.segmenter.pages)
            if self.catalog is not None:
                data = add_to_material(data, names(self.catalog, pieces))
            index.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")
        if index.is_file() and (size := index.stat().st_size) > self.config.search_index_limit:
            # Not a warning to MkDocs, which `--strict` would turn into a failed build.
            limit = self.config.search_index_limit
            print(say("search_index_large", size=_mb(size), limit=_mb(limit)), file=sys.stderr)

    def _keep_state(self, config: MkDocsConfig) -> None:
        """Under `wenming build`: what the next build may reuse of this one."""
        if self.keep is None or self.site is None or self.previous is None:
            return
        file, _, key = self.keep
        state = BuildState(key, memo=self.previous.pieces.now)
        for page in self.site.pages:
            dest = self.dests.get(page.uri)
            if dest is None or not page.digest:
                continue
            if page.reused:
                state.pages[page.uri] = self.reused[page.uri]
            elif (output := file_digest(Path(config.site_dir) / dest)) is not None:
                entries = self.entries.get(page.uri, ())
                state.pages[page.uri] = PageRecord(page.digest, dest, output, entries)
        save_state(file, state)

    def on_serve(
        self, server: LiveReloadServer, *, config: MkDocsConfig, builder: Any
    ) -> LiveReloadServer:
        root = Path(config.config_file_path).parent / self.config.content
        self.watch = ContentWatch(server, os.path.abspath(root))
        return server


def _mb(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB"


def _as_written(text: str) -> str:
    """What Material's search cuts Chinese with, once the plugin has it cut nothing."""
    return text
