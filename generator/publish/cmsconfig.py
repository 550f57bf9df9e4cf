"""CMS config: the form editor's (Decap CMS) configuration, generated from the models.

One collection per record type, and for activities, honours and points one per quarter
folder that exists in `content/` (Decap's folder collections create a file in their own
folder; a path like `{{quarter}}/{{slug}}` would need the quarter as a field of the
record, which the models do not have). Each field comes from the record's JSON Schema
(`cmsfields.py`), so labels, hints and choices are the ones `wenming schema` and the
editors' guide show. The file name is the id (`slug: {{fields.id}}`); the admin page's
script proposes it from the name's pinyin, as `wenming new` does.

`admin/config.yml` in the repository is this configuration without a backend;
`wenming admin config` rewrites it and `tests/publish/test_cmsconfig.py` fails when it is
stale. The build writes the same configuration, generated afresh, with the backend of
`mkdocs.yml` (`admin_backend`), or the local proxy when none is set.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from ..records.kinds import FOLDERS, QUARTERED, RECORD_TYPES, TITLES
from ..records.quarter import quarter_bounds
from ..report.messages import ADMIN
from .cmsfields import Field, id_pattern, model_fields, quarter_date_pattern
from .schema import build_schema, read_vocabularies

CONFIG_FILE = Path("admin") / "config.yml"
FORMAT = "wenming-yaml"  # registered by the admin page's script (wenming-cms.js)
PROXY_URL = "http://127.0.0.1:8081/api/v1"
MEDIA_FOLDER = "admin/uploads"  # not under docs/: nothing there is ever built into the site
MEDIA_LIBRARY = "wenming-no-media"
HEADER = "# 由 wenming admin config 按模型和词表生成，请勿手改。\n"
# The field a record's file is named by, when it is not `id`.
NAMED_BY = {"bulletin": "quarter", "points": "site"}
SHOWN_BY = {"activity": "title", "bulletin": "title", "points": "site"}
_KIND_FOLDER = {kind: folder for folder, kind in FOLDERS.items() if kind in RECORD_TYPES}


class AdminError(Exception):
    """The editor cannot be put together or started (no repository, no content, no
    node_modules, a port in use): one sentence for the editor."""


def quarter_folders(content_dir: Path, folder: str) -> list[str]:
    """The quarter folders of `content/<folder>/` that exist, oldest first (`2026-Q3`)."""
    base = content_dir / folder
    if not base.is_dir():
        return []
    found = [
        p.name for p in base.iterdir() if p.is_dir() and not p.is_symlink() and _is_quarter(p.name)
    ]
    return sorted(found)


def _is_quarter(name: str) -> bool:
    try:
        quarter_bounds(name)
    except ValueError:
        return False
    return True


# Which collection a reference to a site, team or service picks from.
REFERRED_COLLECTIONS = {kind: _KIND_FOLDER[kind] for kind in ("site", "team", "service")}


def _collection(
    kind: str,
    name: str,
    label: str,
    folder: str,
    fields: list[Field],
    quarter: str | None,
    content: str,
) -> dict[str, Any]:
    named_by = NAMED_BY.get(kind, "id")
    shown_by = SHOWN_BY.get(kind, "name")
    fields = [dict(f) for f in fields]
    for field in fields:
        if field["name"] == "id":
            field.update(widget="wenming-id", pattern=id_pattern(), propose=True)
            field["hint"] = f"{field.get('hint', '')}{ADMIN['id_hint']}"
            if quarter is not None:
                field["prefix"] = quarter.lower().replace("-", "") + "-"
                # the schema's example is of one quarter; each collection shows its own
                field["hint"] = re.sub(r"\d{4}q[1-4]-", field["prefix"], field["hint"])
        elif field["name"] == named_by and field.get("widget") == "string":
            # a bulletin's quarter: checked against the files there, fixed once saved
            field.update(widget="wenming-id")
        if quarter is not None and field["name"] == "date":
            first, last = quarter_bounds(quarter)
            field["pattern"] = quarter_date_pattern(quarter, first.isoformat(), last.isoformat())
        if quarter is not None and field["name"] == "quarter":
            field.update(widget="hidden", default=quarter)
    return {
        "name": name,
        "label": label,
        "label_singular": TITLES[kind],
        "folder": f"{content}/{folder}",
        "extension": "yml",
        "format": FORMAT,
        "create": True,
        "delete": False,
        "identifier_field": shown_by,
        "slug": "{{fields." + named_by + "}}",
        "summary": "{{fields." + shown_by + "}}",
        "fields": fields,
    }


def collections(content_dir: Path, content: str = "content") -> list[dict[str, Any]]:
    """Every collection of the editor, in the order of the record kinds; `content` is the
    content folder's path in the repository, where Decap reads and writes."""
    vocab = read_vocabularies(content_dir)
    out: list[dict[str, Any]] = []
    for kind in RECORD_TYPES:
        schema = build_schema(kind, vocab)
        fields = model_fields(schema, schema.get("$defs", {}), REFERRED_COLLECTIONS)
        folder = _KIND_FOLDER[kind]
        title = ADMIN["collection"].format(title=TITLES[kind])
        if folder not in QUARTERED:
            out.append(_collection(kind, folder, title, folder, fields, None, content))
            continue
        for quarter in reversed(quarter_folders(content_dir, folder)):
            label = ADMIN["collection_quarter"].format(title=TITLES[kind], quarter=quarter)
            name = f"{folder}-{quarter.lower()}"
            path = f"{folder}/{quarter}"
            out.append(_collection(kind, name, label, path, fields, quarter, content))
    return out


def build_config(
    content_dir: Path,
    backend: dict[str, Any] | None = None,
    proxy_url: str = PROXY_URL,
    content: str = "content",
) -> dict[str, Any]:
    """The whole configuration; without `backend`, the committed file's (no backend).

    With a backend, `local_backend` points at the local proxy; Decap uses it only on a
    page served from 127.0.0.1 (`wenming admin serve`), never on the county's own host.
    """
    config: dict[str, Any] = {}
    if backend is not None:
        config["backend"] = backend
        config["local_backend"] = {"url": proxy_url, "allowed_hosts": ["127.0.0.1"]}
    config.update(
        locale="zh_Hans",
        # Records use no images: the media library is ours and refuses (wenming-cms.js),
        # its button hidden; the folder Decap insists on is outside anything published.
        media_folder=MEDIA_FOLDER,
        public_folder="/uploads",
        media_library={"name": MEDIA_LIBRARY},
        publish_mode="simple",
        slug={"encoding": "ascii", "clean_accents": True, "sanitize_replacement": "-"},
        collections=collections(content_dir, content),
    )
    return config


def dump(config: dict[str, Any]) -> str:
    """The configuration as YAML, deterministic, Chinese as written."""
    text = yaml.safe_dump(config, allow_unicode=True, sort_keys=False, width=100)
    return HEADER + text


# The git hosts the README documents (Decap 3.16 ships each); `proxy` is local mode's.
BACKENDS = ("github", "gitlab", "gitea", "forgejo")
_REPO = re.compile(r"[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+")
_GROUPED_REPO = re.compile(r"[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)+")  # GitLab's subgroups
_ADDRESSES = ("base_url", "api_root")  # must be https addresses; auth_endpoint may be a path


def backend_problems(backend: dict[str, Any]) -> list[str]:
    """What is wrong with mkdocs.yml's `admin_backend`, one sentence each (empty: none)."""
    name = backend.get("name")
    if name not in BACKENDS:
        return [ADMIN["backend_name"].format(name=name, names="、".join(BACKENDS))]
    problems = []
    repo = backend.get("repo")
    shape = _GROUPED_REPO if name == "gitlab" else _REPO
    if not isinstance(repo, str) or not shape.fullmatch(repo):
        problems.append(ADMIN["backend_repo"].format(repo=repo))
    for key, value in backend.items():
        text = value if isinstance(value, str) else ""
        address = key in _ADDRESSES or "://" in text  # any other key holding an address too
        if address and not text.startswith("https://"):
            problems.append(ADMIN["backend_https"].format(key=key, value=value))
    return problems


def local_backend(proxy_url: str = PROXY_URL) -> dict[str, Any]:
    """The backend of local mode: Decap's own proxy (decap-server) on 127.0.0.1."""
    return {"name": "proxy", "proxy_url": proxy_url, "branch": "main"}


def content_folder(root: Path, content_dir: Path) -> str:
    """`content_dir`'s path in the repository at `root`, where the editor reads and writes;
    AdminError when it is missing, outside the repository or holds no record folder."""
    shown = content_dir.as_posix()
    if not content_dir.is_dir():
        raise AdminError(ADMIN["no_content"].format(folder=shown))
    try:
        inside = content_dir.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        raise AdminError(ADMIN["content_outside"].format(folder=shown)) from None
    if inside == "." or not any((content_dir / f).is_dir() for f in _KIND_FOLDER.values()):
        raise AdminError(ADMIN["content_empty"].format(folder=shown))
    return inside


def write_config(root: Path, content_dir: Path) -> tuple[Path, bool]:
    """Rewrite `admin/config.yml` under `root`; return it and whether it changed."""
    path = root / CONFIG_FILE
    text = dump(build_config(content_dir, content=content_folder(root, content_dir)))
    old = path.read_text(encoding="utf-8") if path.is_file() else None
    if old == text:
        return path, False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path, True


def is_current(root: Path, content_dir: Path) -> bool:
    """Whether the committed `admin/config.yml` is what the models and vocabularies give."""
    path = root / CONFIG_FILE
    if not path.is_file():
        return False
    expected = build_config(content_dir, content=content_folder(root, content_dir))
    return path.read_text(encoding="utf-8") == dump(expected)
