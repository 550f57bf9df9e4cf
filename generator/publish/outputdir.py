"""Where `wenming build` may write: the output folder it is given, and what it must refuse.

A build replaces its output folder as a whole, so the folder must hold nothing the build
did not write. Refused, by resolved real path (symlinks and `..` followed): the folder of
the config file (the repository) and any folder containing it, the config file itself,
anything inside or containing the content folder, `docs_dir`, the theme's `custom_dir`
and the repository's `.git`; a file; a mount point (it cannot be swapped by a rename);
and a folder holding files the last build did not write (`sitemarker.py`). `site_dir`
of mkdocs.yml is the output when `-d` is not given. This module reads mkdocs.yml itself
(plugin.py is the only module that imports mkdocs), tolerating tags such as `!ENV`.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import yaml

from ..report.messages import say
from .sitemarker import MARKER, foreign_files


class OutputError(Exception):
    """A refusal or an environment failure, as the one Chinese sentence an editor sees."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class _TolerantLoader(yaml.SafeLoader):
    """Safe YAML that reads `!ENV` as MkDocs does and any other unknown tag as nothing."""


def _env(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    """`!ENV NAME` or `!ENV [NAME, OTHER, default]`: the first variable set, else the default."""
    if isinstance(node, yaml.ScalarNode):
        return os.environ.get(str(loader.construct_scalar(node)))
    if isinstance(node, yaml.SequenceNode):
        items = [loader.construct_object(child, deep=True) for child in node.value]
        for name in items[:-1]:
            if isinstance(name, str) and name in os.environ:
                return os.environ[name]
        return items[-1] if len(items) > 1 else None
    return None


def _ignore(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> None:
    return None


_TolerantLoader.add_constructor("!ENV", _env)
_TolerantLoader.add_multi_constructor("", _ignore)


def read_settings(config_file: Path, depth: int = 0) -> dict[str, Any]:
    """The settings of `config_file` as MkDocs resolves them (`!ENV` read), with those of
    its `INHERIT` file beneath them."""
    try:
        loaded = yaml.load(config_file.read_text(encoding="utf-8"), Loader=_TolerantLoader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return {}  # MkDocs itself reports a broken config; the defaults keep the rules on
    if not isinstance(loaded, dict):
        return {}
    data: dict[str, Any] = loaded
    parent = data.pop("INHERIT", None)
    if isinstance(parent, str) and depth < INHERIT_DEPTH:
        return merged(read_settings(config_file.parent / parent, depth + 1), data)
    return data


INHERIT_DEPTH = 5
"""How many INHERIT files deep a config is followed (a loop of them ends there)."""


def merged(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    """`over` on top of `base`, tables merged key by key at every depth, as MkDocs does."""
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merged(out[key], value)
        else:
            out[key] = value
    return out


def plugin_options(settings: dict[str, Any]) -> dict[str, Any]:
    """The wenming plugin's options in mkdocs.yml's `settings` (empty when it has none)."""
    plugins = settings.get("plugins")
    entries = list(plugins.items()) if isinstance(plugins, dict) else []
    if isinstance(plugins, list):
        entries = [next(iter(p.items())) for p in plugins if isinstance(p, dict) and len(p) == 1]
    for name, options in entries:
        if name == "wenming" and isinstance(options, dict):
            return options
    return {}


def _text(value: Any, default: str) -> str:
    return value if isinstance(value, str) and value else default


def _repository(folder: Path) -> Path | None:
    """The nearest folder at or above `folder` that holds a `.git`."""
    for candidate in (folder, *folder.parents):
        if (candidate / ".git").exists():
            return candidate
    return None


def _within(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def output_folder(config_file: Path, site_dir: Path | None) -> Path:
    """The resolved output: `site_dir` as given (from the working folder), else mkdocs.yml's."""
    if site_dir is None:
        settings = read_settings(config_file)
        site_dir = config_file.resolve().parent / _text(settings.get("site_dir"), "site")
    return Path(os.path.realpath(site_dir))


def protected_places(config_file: Path) -> list[tuple[Path, str, bool]]:
    """(place, what it is, whether writing inside it is refused too) for `config_file`."""
    settings = read_settings(config_file)
    config = Path(os.path.realpath(config_file))
    root = config.parent
    theme = settings.get("theme")
    custom = theme.get("custom_dir") if isinstance(theme, dict) else None

    def real(name: str) -> Path:
        return Path(os.path.realpath(root / name))

    places = [
        (root, say("place_repository_root"), False),
        (config, say("place_config"), True),
        (
            real(_text(plugin_options(settings).get("content"), "content")),
            say("place_content"),
            True,
        ),
        (real(_text(settings.get("docs_dir"), "docs")), say("place_docs_dir"), True),
        (real(".git"), say("place_git_data"), True),
    ]
    if isinstance(custom, str) and custom:
        places.append((real(custom), say("place_custom_dir"), True))
    repository = _repository(root)
    if repository is not None and repository != root:
        places += [
            (repository, say("place_repository"), False),
            (repository / ".git", say("place_git_data"), True),
        ]
    return places


def shown(path: Path) -> str:
    """`path` as a message names it: relative when inside the working folder, else absolute."""
    here = Path.cwd().resolve()
    return os.path.relpath(path, here) if here in path.parents else str(path)


def check_output(config_file: Path, site: Path, keep: str | None = None) -> None:
    """Raise OutputError unless a build may replace `site` (resolved) as a whole.

    `keep` names a sub-folder the replacing command carries over (the export's own
    build): what is in it does not count as files the build did not write.
    """
    name = shown(site)
    for place, what, inside_too in protected_places(config_file):
        if _within(place, site):
            spaced = f" {what}" if what[0].isascii() else what
            relation = (
                say("place_is", what=spaced)
                if place == site
                else say("place_contains", place=place, what=what)
            )
            raise OutputError(say("output_protected", path=name, what=relation))
        if inside_too and _within(site, place):
            where = say("place_inside", place=place, what=what)
            raise OutputError(say("output_protected", path=name, what=where))
    if site.is_symlink() or (site.exists() and not site.is_dir()):
        raise OutputError(say("output_is_file", path=name))
    if not site.exists():
        return
    if os.path.ismount(site):
        raise OutputError(say("output_mount_point", path=name))
    try:
        names = os.listdir(site)
    except OSError as error:
        raise OutputError(say("output_read_only", path=name, reason=error.strerror)) from None
    if names and MARKER not in names:
        raise OutputError(say("output_not_ours", path=name))
    foreign = [f for f in foreign_files(site) if keep is None or f.split("/")[0] != keep]
    if names and foreign:
        shown_files = "、".join(foreign[:3])
        if len(foreign) > 3:
            shown_files = say("place_files_more", files=shown_files)
        raise OutputError(
            say("output_foreign_files", path=name, files=shown_files, count=len(foreign))
        )
