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

import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, time
from html import escape
from pathlib import Path
from typing import Any

import yaml

from ..check.content import check_content
from ..records.quarter import today
from ..report.messages import say
from ..report.problems import Problem
from ..site.build import BuildOptions, SiteFiles, build
from ..site.files.outputs import base_url, site_url_refusal
from ..site.map.page import MapOptions, problems_of
from .outputdir import OutputError, check_output, plugin_options, shown
from .sitebuild import LOCK_WAIT_S, Interrupted, explain, signals_interrupt
from .siteswap import finish, fresh_folder, locked, publish, recover, remove

CONFIG = "mkdocs.yml"
WORDS = "jieba_user.txt"
DOCS = "docs"
THEME = "theme"


@dataclass(frozen=True)
class Tagged:
    """A YAML value with a tag MkDocs resolves (`!ENV`, `!relative`, `!!python/name:`)."""

    tag: str
    node: yaml.Node


class _Loader(yaml.SafeLoader):
    """Safe YAML that keeps every tag it does not know, to be written back as it was."""


def _keep(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> Tagged:
    return Tagged(node.tag, node)


_Loader.add_multi_constructor("!", _keep)
_Loader.add_multi_constructor("tag:yaml.org,2002:python/", _keep)


class _Dumper(yaml.SafeDumper):
    """Safe YAML that writes a kept tag back with its node."""


def _tagged(dumper: yaml.SafeDumper, value: Tagged) -> yaml.Node:
    return value.node


_Dumper.add_representer(Tagged, _tagged)


def read_config(config_file: Path) -> dict[str, Any]:
    """The settings of `config_file` with their tags kept; INHERIT merged as MkDocs does."""
    try:
        data = yaml.load(config_file.read_text(encoding="utf-8"), Loader=_Loader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise OutputError(say("export_bad_config", path=config_file, reason=error)) from None
    if not isinstance(data, dict):
        raise OutputError(
            say("export_bad_config", path=config_file, reason=say("export_not_mapping"))
        )
    parent = data.pop("INHERIT", None)
    if isinstance(parent, str):
        return _merged(read_config(config_file.parent / parent), data)
    return data


def _merged(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merged(out[key], value)
        else:
            out[key] = value
    return out


def _without_wenming(plugins: Any, words: Path) -> list[Any]:
    """The plugin list without ours; search is given the records' word list at `words`.

    Material takes the list's path as given and opens it from the working folder, so it
    is the absolute path of the published export (export it again after moving it).
    """
    entries = list(plugins.items()) if isinstance(plugins, dict) else []
    if isinstance(plugins, list):
        entries = [next(iter(p.items())) if isinstance(p, dict) else (p, None) for p in plugins]
    kept: list[Any] = []
    for name, options in entries:
        if name == "wenming":
            continue
        if name in ("search", "material/search"):
            options = {**(options or {}), "jieba_dict_user": str(words)}
        kept.append({name: options} if options is not None else name)
    return kept


def export_config(
    settings: dict[str, Any], site_name: str, sample: bool, target: Path
) -> dict[str, Any]:
    """The project's settings for the exported folder: its own docs and theme, no plugin."""
    out = dict(settings)
    out["site_name"] = site_name
    out["docs_dir"] = DOCS
    out["site_dir"] = "site"
    out["edit_uri"] = ""  # MkDocs would link to docs/…md; the pages carry their own link
    theme = out.get("theme")
    if isinstance(theme, dict) and theme.get("custom_dir"):
        out["theme"] = {**theme, "custom_dir": THEME}
    out["plugins"] = _without_wenming(settings.get("plugins", ["search"]), target / WORDS)
    extra = out.get("extra")
    extra = extra if isinstance(extra, dict) else {}
    # What the plugin puts into config.extra at build time, for theme/main.html.
    out["extra"] = {
        **extra,
        "wenming_errors": [],
        "wenming_search": "material",
        "wenming_sample": sample,
    }
    return out


def write_export(
    config_file: Path,
    settings: dict[str, Any],
    site: SiteFiles,
    out: Path,
    target: Path,
    site_name: str,
    sample: bool,
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
    config = export_config(settings, site_name, sample, target)
    text = yaml.dump(config, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=10_000)
    (out / CONFIG).write_text(say("export_config_head") + text, encoding="utf-8")
    return sum(len(files) for _, _, files in os.walk(out))


def map_options(options: dict[str, Any]) -> MapOptions:
    """The map settings among the plugin's options, with MapOptions' defaults for the rest."""
    names = {
        "walk_radius": "walk_radius",
        "map_tiles": "tiles",
        "map_tile_subdomains": "tile_subdomains",
        "map_tiles_datum": "tiles_datum",
        "map_attribution": "attribution",
    }
    given = {field: options[key] for key, field in names.items() if key in options}
    if "walk_radius" in given:
        given["walk_radius"] = float(given["walk_radius"])
    return MapOptions(**given)


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
    settings = read_config(config_file)
    options = plugin_options(settings)
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
    catalog, problems = check_content(content, shown_content, today())
    if catalog is None:
        return Exported(problems, None)
    address = settings.get("site_url") if isinstance(settings.get("site_url"), str) else ""
    if (refusal := site_url_refusal(address, catalog.publisher.sample)) is not None:
        raise OutputError(refusal)
    edit_url = options.get("edit_url")
    site = build(
        catalog,
        BuildOptions(
            map=chosen,
            base_url=base_url(address),
            edit_url=edit_url if isinstance(edit_url, str) else "",
        ),
    )
    target = Path(os.path.realpath(out))
    check_output(config_file, target)
    name = catalog.publisher.name
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with signals_interrupt(), locked(target, LOCK_WAIT_S, tell):
            if (restored := recover(target)) is not None:
                tell(restored)
            check_output(config_file, target)
            fresh = fresh_folder(target)
            try:
                count = write_export(
                    config_file,
                    settings,
                    site,
                    fresh,
                    target,
                    escape(name, quote=True),
                    catalog.publisher.sample,
                )
                finish(fresh)
                publish(fresh, target)
            finally:
                remove(fresh)
    except OSError as error:
        raise OutputError(explain(error, target)) from None
    except Interrupted as stop:
        stop.explain(target)
        raise
    return Exported(
        problems, say("export_done", path=shown(target), count=count, epoch=_epoch(site))
    )


def _epoch(site: SiteFiles) -> str:
    """The SOURCE_DATE_EPOCH that gives the sitemap the dates the plugin gives it."""
    if site.edition is None:
        return ""
    moment = datetime.combine(site.edition, time(), tzinfo=UTC)
    return f"SOURCE_DATE_EPOCH={int(moment.timestamp())} "
