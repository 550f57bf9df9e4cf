"""Render a page model into the Markdown document MkDocs builds it from.

A document is YAML front matter (known keys only, written by `yaml.safe_dump`)
followed by one raw HTML block made by a Jinja2 template. Record text is only
ever a template *variable*, escaped by autoescape, so it cannot become HTML, a
script, an attribute or a template. Python-Markdown passes a block-level HTML
element through untouched, so the text cannot become Markdown either — as long
as the block has no blank line (which would end it) and starts at column 0.
"""

from __future__ import annotations

from functools import cache, partial
from html import escape

import yaml
from jinja2 import BytecodeCache, Environment, PackageLoader, StrictUndefined, select_autoescape

from ..records.count import Count
from ..records.quarter import quarter_label
from .correction import NO_CONTACT, Contact
from .formats import (
    cn_date,
    cn_day,
    cn_when,
    paragraphs,
    phone_parts,
    phone_text,
    safe_href,
    tel_url,
)
from .numbers import cn_count, percent
from .pages import Page
from .urls import (
    ACTIVITIES_URL,
    BULLETINS_URL,
    HOME_URL,
    HONORS_URL,
    MAP_DATA,
    MAP_URL,
    PLANS_URL,
    POINTS_URL,
    SITES_URL,
    STATS_URL,
    TEAMS_URL,
    activity_anchor,
    activity_url,
    anchored,
    honor_anchor,
    plan_url,
    relative_file,
    relative_url,
    service_anchor,
    service_url,
    slug,
    type_anchor,
)


@cache
def environment() -> Environment:
    """The one Jinja2 environment: package templates, autoescape everything, no silent blanks."""
    env = Environment(
        loader=PackageLoader("generator.site", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        # No mtime check on each lookup: the templates ship with the package and a
        # one-off build never sees them change; `serve` turns it on (template_reload).
        auto_reload=False,
    )
    env.filters["cn"] = cn_count
    env.filters["cn_date"] = cn_date
    env.filters["cn_day"] = cn_day
    env.filters["when"] = cn_when
    env.filters["quarter"] = quarter_label
    env.filters["paragraphs"] = paragraphs
    env.filters["safe_href"] = safe_href
    env.filters["slug"] = slug
    env.filters["percent"] = percent
    env.filters["tel_url"] = tel_url
    env.filters["phone_parts"] = phone_parts
    env.filters["phone_text"] = phone_text
    env.globals.update(
        HOME_URL=HOME_URL,
        SITES_URL=SITES_URL,
        TEAMS_URL=TEAMS_URL,
        ACTIVITIES_URL=ACTIVITIES_URL,
        HONORS_URL=HONORS_URL,
        BULLETINS_URL=BULLETINS_URL,
        STATS_URL=STATS_URL,
        MAP_URL=MAP_URL,
        MAP_DATA=MAP_DATA,
        POINTS_URL=POINTS_URL,
        PLANS_URL=PLANS_URL,
        activity_anchor=activity_anchor,
        activity_url=activity_url,
        service_url=service_url,
        anchored=anchored,
        honor_anchor=honor_anchor,
        plan_url=plan_url,
        service_anchor=service_anchor,
        type_anchor=type_anchor,
        Count=Count,
    )
    return env


def front_matter(page: Page) -> dict[str, object]:
    """The page's metadata. The title is HTML-escaped: Material prints `page.meta.title` raw."""
    meta: dict[str, object] = {"title": escape(page.title, quote=True), "hide": ["toc"]}
    if page.scripts:
        meta["wenming_scripts"] = list(page.scripts)
    return meta


def render_body(page: Page, fix: Contact = NO_CONTACT) -> str:
    """The page's HTML block: no blank line inside, so Markdown keeps it whole and raw.
    `fix` is the residents' correction channel its records offer (correction.py)."""
    template = environment().get_template(page.template)
    html = template.render(
        page=page,
        fix=fix,
        rel=partial(relative_url, page.url),
        relf=partial(relative_file, page.url),
    )
    lines = [line.rstrip() for line in html.splitlines()]
    return "\n".join(line for line in lines if line)


def render_head(page: Page) -> str:
    """The page's front matter alone: what the plugin gives Markdown (the body skips it)."""
    meta = yaml.safe_dump(front_matter(page), allow_unicode=True, sort_keys=True)
    return f"---\n{meta}---\n"


def with_front_matter(head: str, more: dict[str, str]) -> str:
    """`head` (render_head's front matter) with the keys of `more` added at its end."""
    extra = yaml.safe_dump(more, allow_unicode=True, sort_keys=True, width=10_000)
    return head.removesuffix("---\n") + extra + "---\n"


def compile_with(cache: BytecodeCache) -> None:
    """Where our templates' compiled code is looked up before compiling (site/compiled.py)."""
    environment().bytecode_cache = cache


def template_reload(on: bool) -> None:
    """Whether a template's file is checked for changes on each lookup (`serve`: yes)."""
    environment().auto_reload = on


class Renderer:
    """Renders pages, reusing a page's head and body while its model equals the last one.

    `mkdocs serve` assembles every page model after each save; most are equal to the
    previous build's (unchanged records are the very same objects, from the content
    cache), and comparing a model costs far less than rendering it. Page models are
    frozen dataclasses that hold everything their template reads but the correction
    channel (`fix`, the same for every page), so equal models with an equal channel
    render equal text.
    """

    def __init__(self, remember: bool = True) -> None:
        self.remember = remember  # False for a one-off build: nothing to compare with later
        self._last: dict[str, tuple[Page, Contact, str, str]] = {}
        self._now: dict[str, tuple[Page, Contact, str, str]] = {}

    def render(self, page: Page, fix: Contact = NO_CONTACT) -> tuple[str, str]:
        """(front matter, body) of `page`."""
        last = self._last.get(page.url)
        if last is not None and last[0] == page and last[1] == fix:
            head, body = last[2], last[3]
        else:
            head, body = render_head(page), render_body(page, fix)
        if self.remember:  # the models of a city hold a few hundred MB: kept only if useful
            self._now[page.url] = (page, fix, head, body)
        return head, body

    def head(self, page: Page) -> str:
        """The front matter alone, for a page whose body the previous build's output gives."""
        return render_head(page)

    def finish(self) -> None:
        """End a build: the pages rendered in it are the ones the next build compares with."""
        self._last, self._now = self._now, {}
