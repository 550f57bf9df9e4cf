"""`wenming export DIR`: the site as a plain docs folder and a config any engine can build.

The pages `site.build` makes are written as Markdown files (front matter, then the
finished HTML body as one raw block that Markdown leaves as it is), every other file
beside them, the theme's overrides and the project's own docs/ files copied in, and a
`mkdocs.yml` that is the project's without the wenming plugin. MkDocs 1.x, ProperDocs
or any engine reading mkdocs.yml then builds the same pages with no plugin of ours:

    DIR/mkdocs.yml  DIR/docs/…  DIR/theme/…  DIR/jieba_user.txt  DIR/.wenming-site

What only the plugin does is left out (README, "Engines"): the search worker's fix for
Chinese queries, the trimmed search text, and the pages' update date in the sitemap
(set SOURCE_DATE_EPOCH to the edition's date for the same sitemap).
"""

from __future__ import annotations

import importlib.util
import os
import shlex
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, time
from html import escape
from pathlib import Path
from typing import Any

from ..check.content import check_content
from ..records.quarter import today
from ..report.messages import for_export, say
from ..report.problems import Problem
from ..site.build import BuildOptions, SiteFiles, build
from ..site.files.outputs import base_url, site_url_refusal
from ..site.map.settings import map_options, problems_of
from .exportconfig import (
    BUILT,
    CONFIG,
    DOCS,
    THEME,
    WORDS,
    dump_config,
    export_config,
    read_config,
    searched,
)
from .outputdir import OutputError, check_output, plugin_options, read_settings, shown
from .sitebuild import LOCK_WAIT_S, Interrupted, explain, signals_interrupt
from .siteswap import finish, fresh_folder, locked, publish, recover, remove


def write_export(
    config_file: Path,
    settings: dict[str, Any],
    site: SiteFiles,
    out: Path,
    target: Path,
    site_name: str,
) -> int:
    """Write the export into the empty folder `out`; the number of files written."""
    root = config_file.resolve().parent
    docs = out / DOCS
    docs.mkdir()
    own_docs = root / str(settings.get("docs_dir") or "docs")
    if own_docs.is_dir():
        shutil.copytree(own_docs, docs, dirs_exist_ok=True, symlinks=False)
    theme = settings.get("theme")
    custom = theme.get("custom_dir") if isinstance(theme, dict) else None
    if isinstance(custom, str) and custom:
        shutil.copytree(root / custom, out / THEME, symlinks=False)
    for page in site.pages:
        file = docs / page.uri
        if file.exists():
            raise OutputError(say("plugin_docs_clash", uri=page.uri))
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_text(page.markdown, encoding="utf-8")
    for path, data in site.files.items():
        file = docs / path
        file.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, bytes):
            file.write_bytes(data)
        else:
            file.write_text(data, encoding="utf-8")
    (out / WORDS).write_text(site.words, encoding="utf-8")
    config = export_config(settings, site_name, site.theme, target)
    text = dump_config(config)
    (out / CONFIG).write_text(say("export_config_head") + text, encoding="utf-8")
    return sum(len(files) for _, _, files in os.walk(out))


@dataclass(frozen=True)
class Exported:
    """What an export did: the content's problems (nothing written), or where it wrote."""

    problems: list[Problem]
    message: str | None


def export_site(config_file: Path, out: Path, tell: Callable[[str], None] = print) -> Exported:
    """Check the content of `config_file`'s project and export its site into `out` whole.

    Like `wenming build`, the folder is written beside `out` and swapped in complete;
    the same folders are refused (outputdir.py). Raises OutputError, or Interrupted.
    """
    try:
        return _export_site(config_file, out, tell)
    except OutputError as refused:
        raise OutputError(for_export(refused.message)) from None
    except Interrupted as stop:
        stop.message = for_export(stop.message)
        raise


def _export_site(config_file: Path, out: Path, tell: Callable[[str], None]) -> Exported:
    settings = read_config(config_file)  # its tags kept, to be written back
    if searched(settings) and importlib.util.find_spec("jieba") is None:
        # The export names the records' words as jieba_dict_user; Material without jieba
        # would fail on it in English (the plugin's own build cuts with rjieba instead).
        raise OutputError(say("export_needs_jieba"))
    resolved = read_settings(config_file)  # its values as MkDocs reads them (!ENV)
    options = plugin_options(resolved)
    shown_content = str(options.get("content") or "content")
    content = config_file.resolve().parent / shown_content
    if not content.is_dir():
        raise OutputError(say("plugin_no_content", folder=shown_content))
    try:
        chosen = map_options(options)
    except (TypeError, ValueError):
        chosen = None
    if chosen is None or (wrong := problems_of(chosen)):
        raise OutputError(say("plugin_map_settings", problems="\n".join(wrong if chosen else [])))
    catalog, problems = check_content(
        content, shown_content, today(), walk_radius=chosen.walk_radius
    )
    if catalog is None:
        return Exported(problems, None)
    address = resolved.get("site_url") if isinstance(resolved.get("site_url"), str) else ""
    if not address:
        # The plugin warns and --strict fails the build; an export has no strict mode.
        raise OutputError(say("export_no_site_url"))
    if (refusal := site_url_refusal(address, catalog.publisher.sample)) is not None:
        raise OutputError(refusal)
    edit_url = options.get("edit_url")
    if edit_url and not (isinstance(edit_url, str) and edit_url.startswith("https://")):
        raise OutputError(say("edit_url_not_https"))
    site = build(
        catalog,
        BuildOptions(
            map=chosen,
            base_url=base_url(address),
            edit_url=edit_url if isinstance(edit_url, str) else "",
        ),
    )
    target = Path(os.path.realpath(out))
    check_output(config_file, target, keep=BUILT)
    name = catalog.publisher.name
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with signals_interrupt(), locked(target, LOCK_WAIT_S, tell):
            if (restored := recover(target)) is not None:
                tell(restored)
            check_output(config_file, target, keep=BUILT)
            fresh = fresh_folder(target)
            built, moved = target / BUILT, False
            try:
                count = write_export(
                    config_file,
                    settings,
                    site,
                    fresh,
                    target,
                    escape(name, quote=True),
                )
                finish(fresh)
                if built.is_dir() and not built.is_symlink():
                    # What an engine built from the previous export is the user's: it
                    # moves into the new export, never deleted (the marker leaves it out).
                    os.rename(built, fresh / BUILT)
                    moved = True
                publish(fresh, target)
                moved = False
            finally:
                if moved:
                    os.rename(fresh / BUILT, built)
                remove(fresh)
    except OSError as error:
        raise OutputError(explain(error, target)) from None
    except Interrupted as stop:
        stop.explain(target)
        raise
    config = shlex.quote(f"{shown(target)}/{CONFIG}")
    message = say("export_done", path=shown(target), count=count, epoch=_epoch(site), config=config)
    return Exported(problems, message)


def _epoch(site: SiteFiles) -> str:
    """The SOURCE_DATE_EPOCH that gives the sitemap the dates the plugin gives it."""
    if site.edition is None:
        return ""
    moment = datetime.combine(site.edition, time(), tzinfo=UTC)
    return f"SOURCE_DATE_EPOCH={int(moment.timestamp())} "
