"""Admin files: the form editor's page and everything it loads, all served by the site itself.

`admin/index.html` loads Decap CMS (`decap-cms.js` and the chunks it loads later, copied
from `node_modules/decap-cms/dist/`, which `npm ci` installs from package-lock.json),
js-yaml, our script (`admin/wenming-cms.js` beside this module) and the pinyin table for
proposing ids; then Decap reads `config.yml`. Nothing comes from another host. The plugin
writes these files only when `admin: true` is set in mkdocs.yml; `wenming admin serve`
writes them into a temporary folder for local mode.
"""

from __future__ import annotations

import json
from functools import lru_cache
from html import escape
from pathlib import Path
from typing import Any

from ..report.messages import ADMIN
from .cmsconfig import PROXY_URL, build_config, dump, local_backend
from .scaffold import GENERIC_WORDS, ID_LENGTH

HERE = Path(__file__).parent / "admin"
DECAP = Path("node_modules") / "decap-cms" / "dist"
JS_YAML = Path("node_modules") / "js-yaml" / "dist" / "js-yaml.min.js"
PAGE = """<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>{title}</title>
<script>window.CMS_MANUAL_INIT = true;</script>
<link href="config.yml" type="text/yaml" rel="cms-config-url">
</head>
<body>
<noscript>{noscript}</noscript>
<script src="decap-cms.js"></script>
<script src="js-yaml.min.js"></script>
<script src="wenming-cms.js"></script>
</body>
</html>
"""


class AdminError(Exception):
    """The editor's files cannot be put together (node_modules not installed)."""


def vendored(root: Path) -> dict[str, Path]:
    """The CMS's own files under `root` (the folder of mkdocs.yml), by their name in admin/."""
    dist = root / DECAP
    main = dist / "decap-cms.js"
    if not main.is_file():
        raise AdminError(ADMIN["vendor_missing"].format(path=(DECAP / "decap-cms.js").as_posix()))
    if not (root / JS_YAML).is_file():
        raise AdminError(ADMIN["vendor_missing"].format(path=JS_YAML.as_posix()))
    files = {p.name: p for p in sorted(dist.iterdir()) if _needed(p.name)}
    files["js-yaml.min.js"] = root / JS_YAML
    return files


def _needed(name: str) -> bool:
    """decap-cms.js and the chunks and WebAssembly it loads, not source maps or cms.js twins."""
    return name.endswith((".decap-cms.js", ".wasm")) or name == "decap-cms.js"


@lru_cache(maxsize=1)
def pinyin_table() -> str:
    """Each pinyin syllable → the characters `wenming new` reads so, as JSON (67 KB)."""
    from pypinyin import lazy_pinyin  # as in scaffold.propose_id: only the editor needs it

    syllables: dict[str, list[str]] = {}
    for code in range(0x4E00, 0x9FA6):
        char = chr(code)
        reading = lazy_pinyin(char)[0]
        if reading != char:
            syllables.setdefault(reading, []).append(char)
    table = {
        "syllables": {k: "".join(v) for k, v in sorted(syllables.items())},
        "generic": GENERIC_WORDS.pattern,
        "max": ID_LENGTH,
    }
    return json.dumps(table, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def admin_files(
    root: Path, content_dir: Path, backend: dict[str, Any] | None, proxy_url: str = PROXY_URL
) -> dict[str, bytes]:
    """Every file of `admin/`, by its path in the site; `backend` None means local mode only."""
    page = PAGE.format(title=escape(ADMIN["page_title"]), noscript=escape(ADMIN["noscript"]))
    config = build_config(content_dir, backend or local_backend(proxy_url), proxy_url)
    out = {
        "admin/index.html": page.encode(),
        "admin/config.yml": dump(config).encode(),
        "admin/wenming-cms.js": (HERE / "wenming-cms.js").read_bytes(),
        "admin/pinyin.json": pinyin_table().encode(),
    }
    for name, path in vendored(root).items():
        out[f"admin/{name}"] = path.read_bytes()
    return out
