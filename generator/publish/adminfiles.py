"""Admin files: the form editor's page and everything it loads, all served by the site itself.

`admin/index.html` loads Decap CMS (`decap-cms.js` and the chunks it loads later, copied
from `node_modules/decap-cms/dist/`, which `npm ci` installs from package-lock.json),
js-yaml, our scripts (`admin/wenming-preview.js` and `admin/wenming-cms.js` beside this
module) and the pinyin table for proposing ids; then Decap reads `config.yml`. The
preview uses the site's own stylesheets (`styles`, paths in the site) and the site's
cards for honours and activities, told to the script in a JSON block of the page. Nothing comes from another host. The plugin
writes these files only when `admin: true` is set in mkdocs.yml; `wenming admin serve`
writes them into a temporary folder for local mode.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from html import escape
from pathlib import Path
from typing import Any

from ..report.messages import ADMIN
from .cmsconfig import PROXY_URL, AdminError, build_config, content_folder, dump, local_backend
from .scaffold import GENERIC_WORDS, ID_LENGTH
from .schema import read_vocabularies

HERE = Path(__file__).parent / "admin"
OWN_STYLES = "assets/wenming.css"
SCRIPTS = ("wenming-preview.js", "wenming-cms.js")
# Which collections get the site's card as their preview, by their folder under content/.
PREVIEWED = {"honors": "honor", "activities": "activity"}
# What wenming-cms.js says (ADMIN["js_<key>"]), given to it in the page's JSON block.
SCRIPT_MESSAGES = ("id_taken", "id_fixed", "named_fixed", "no_media")
DECAP = Path("node_modules") / "decap-cms" / "dist"
JS_YAML = Path("node_modules") / "js-yaml" / "dist" / "js-yaml.min.js"
# Decap lays the editor out 800 px wide (min-width), half of 发布 off a phone's screen:
# narrower than that, its containers may shrink and the toolbar wraps. Decap's styled
# components carry their names in their class (css-…-EditorContainer), which is what
# these rules match.
PHONE = """
@media (max-width: 799px) {
  [class*="-EditorContainer"], [class*="-ToolbarContainer"], [class*="-Editor "],
  [class*="-AppMainContainer"], [class*="-AppHeaderContent"] { min-width: 0 !important; }
  [class*="-ToolbarContainer"] { flex-wrap: wrap; height: auto !important; }
  [class*="-ToolbarSectionMain"] { flex-wrap: wrap; }
}
"""
PAGE = """<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>{title}</title>
<script>window.CMS_MANUAL_INIT = true;</script>
<link href="config.yml" type="text/yaml" rel="cms-config-url">
<style>{phone}</style>
</head>
<body>
<noscript>{noscript}</noscript>
<script src="decap-cms.js"></script>
<script src="js-yaml.min.js"></script>
<script id="wenming-preview" type="application/json">{preview}</script>
<script src="wenming-preview.js"></script>
<script src="wenming-cms.js"></script>
</body>
</html>
"""


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


def site_styles(paths: Iterable[str]) -> list[str]:
    """Of a site's files, the stylesheets the preview links, in the pages' order: Material's
    main CSS (its name carries a hash) and the theme's wenming.css."""
    found = sorted(paths)
    main = [p for p in found if re.fullmatch(r"assets/stylesheets/main\.\w+\.min\.css", p)]
    return [*main, *(p for p in found if p == OWN_STYLES)]


def preview_settings(config: dict[str, Any], content_dir: Path, styles: Sequence[str]) -> str:
    """The preview script's settings, as JSON safe inside the page's <script> block."""
    vocab = read_vocabularies(content_dir)
    minor = [c.name for c in vocab.honor_categories if c.minor] if vocab else []
    templates = {}
    collections = config["collections"]
    for collection in collections:
        kind = PREVIEWED.get(collection["folder"].split("/")[-2:][0])  # …/honors/2026-Q4
        if kind is not None:
            templates[collection["name"]] = kind
    named = {
        c["name"]: c.get("slug", "{{fields.id}}").removeprefix("{{fields.").removesuffix("}}")
        for c in collections
    }
    settings = {
        "styles": [f"../{s}" for s in styles],
        "templates": templates,
        "minor": minor,
        "named": named,
        "messages": {key: ADMIN[f"js_{key}"] for key in SCRIPT_MESSAGES},
    }
    # `<` as \u003c: no `</script>` or `<!--` can end or bend the block
    return json.dumps(settings, ensure_ascii=False, sort_keys=True).replace("<", "\\u003c")


def admin_files(
    root: Path,
    content_dir: Path,
    backend: dict[str, Any] | None,
    proxy_url: str = PROXY_URL,
    styles: Sequence[str] = (),
) -> dict[str, bytes]:
    """Every file of `admin/`, by its path in the site; `backend` None means local mode only.

    `styles` are the site's stylesheets by their path in the site (`assets/wenming.css`),
    which the preview pane links."""
    content = content_folder(root, content_dir)
    config = build_config(content_dir, backend or local_backend(proxy_url), proxy_url, content)
    page = PAGE.format(
        phone=PHONE,
        title=escape(ADMIN["page_title"]),
        noscript=escape(ADMIN["noscript"]),
        preview=preview_settings(config, content_dir, styles),
    )
    out = {
        "admin/index.html": page.encode(),
        "admin/config.yml": dump(config).encode(),
        "admin/pinyin.json": pinyin_table().encode(),
    }
    for name in SCRIPTS:
        out[f"admin/{name}"] = (HERE / name).read_bytes()
    for name, path in vendored(root).items():
        out[f"admin/{name}"] = path.read_bytes()
    return out
