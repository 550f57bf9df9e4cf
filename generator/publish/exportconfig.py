"""The exported mkdocs.yml: the project's settings read with their tags, made plugin-free.

MkDocs resolves `!ENV`, `!relative` and `!!python/name:` when it loads a config; the
export keeps them as they were written, so the exported config means what the
project's means on the machine that builds it. Only the wenming plugin is taken out and
what it did at build time is written in (site_name, the theme's extra values, the
search word list).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ..report.messages import say
from .outputdir import INHERIT_DEPTH, OutputError, merged

CONFIG = "mkdocs.yml"
WORDS = "jieba_user.txt"
DOCS = "docs"
THEME = "theme"
BUILT = "site"
"""Where the exported config builds: an export keeps it when it replaces the previous one."""


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


def read_config(config_file: Path, depth: int = 0) -> dict[str, Any]:
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
    if isinstance(parent, str) and depth < INHERIT_DEPTH:
        return merged(read_config(config_file.parent / parent, depth + 1), data)
    return data


def searched(settings: dict[str, Any]) -> bool:
    """Whether the project's config has Material's search, which the export gives jieba's words."""
    plugins = settings.get("plugins", ["search"])
    entries = plugins if isinstance(plugins, list) else list(plugins or ())
    named = [next(iter(p), None) if isinstance(p, dict) else p for p in entries]
    return any(name in ("search", "material/search") for name in named)


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
    settings: dict[str, Any], site_name: str, theme_values: dict[str, object], target: Path
) -> dict[str, Any]:
    """The project's settings for the exported folder: its own docs and theme, no plugin."""
    out = dict(settings)
    out["site_name"] = site_name
    out["docs_dir"] = DOCS
    out["site_dir"] = BUILT  # kept from one export to the next (export.py)
    out["edit_uri"] = ""  # MkDocs would link to docs/…md; the pages carry their own link
    theme = out.get("theme")
    if isinstance(theme, dict) and theme.get("custom_dir"):
        out["theme"] = {**theme, "custom_dir": THEME}
    out["plugins"] = _without_wenming(settings.get("plugins", ["search"]), target / WORDS)
    extra = out.get("extra")
    extra = extra if isinstance(extra, dict) else {}
    # What the plugin puts into config.extra at build time, for the theme (SiteFiles.theme).
    out["extra"] = {
        **extra,
        "wenming_errors": [],
        "wenming_search": "material",
        **theme_values,
    }
    return out


def dump_config(config: dict[str, Any]) -> str:
    """The config as YAML with its kept tags, in the project's order of keys."""
    return yaml.dump(config, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=10_000)
